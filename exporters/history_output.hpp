// The change history (queries/history.hpp) for people and for scripts.
#pragma once

#include <ostream>
#include <vector>

#include "queries/history.hpp"

namespace allegraph {

// One block per change: "#ID  AT  COMMAND", files, reason, then counts or each fact's field changes.
void write_history_text(std::ostream& out, const std::vector<ChangeEntry>& changes);

// {"changes":[{"id","at","command","files":[{"path","sha256"}],"reason","added","changed","removed",
//              "facts":[{"kind","id","action","fields":[{"field","before","after"}]}]}]}
void write_history_json(std::ostream& out, const std::vector<ChangeEntry>& changes);

}  // namespace allegraph
