// QueryScope: the switches every query and export honours — which facts are in
// view (unreviewed candidates, unsupported facts, private persons by name) and the reporting date
// (--as-of: only what sources published by then).
#pragma once

#include <optional>

#include "graph/date.hpp"

namespace allegraph {

struct QueryScope {
    bool include_private = false;
    bool include_unreviewed = false;
    bool include_unsupported = false;  // facts whose every source is retracted, and retracted sources' citations
    std::optional<Date> as_of;  // a source counts when it was surely published by as_of->hi
};

}  // namespace allegraph
