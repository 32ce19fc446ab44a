// Native records: the selected part of the store read back as model records
// (graph/model.hpp), in a fixed order, for the native JSON export — so that a
// database exported, imported into an empty one and exported again gives the
// same bytes. Private entities are redacted unless the privacy allows them, and so are
// source metadata and texts; quotes are then cut from their source's text as shown
// (queries/shown_quotes.hpp), so that a redacted export imports back too.
#pragma once

#include <functional>

#include "graph/model.hpp"
#include "graph/store.hpp"
#include "queries/privacy.hpp"
#include "queries/shown_quotes.hpp"

namespace allegraph {

// Each visits, in id order, the records of the current export selection (graph/export_reads.hpp);
// sources first, so that `quotes` knows their texts as shown before the citations are cut from them.
void for_each_source(Store& store, const Privacy& privacy, ShownQuotes& quotes,
                     const std::function<void(const Source&)>& visit);
void for_each_entity(Store& store, const Privacy& privacy, ShownQuotes& quotes,
                     const std::function<void(const Entity&)>& visit);
void for_each_event(Store& store, const Privacy& privacy, ShownQuotes& quotes,
                    const std::function<void(const Event&)>& visit);
void for_each_relation(Store& store, const Privacy& privacy, ShownQuotes& quotes,
                       const std::function<void(const Relation&)>& visit);

}  // namespace allegraph
