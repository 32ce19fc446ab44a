#include "queries/timeline.hpp"

namespace allegraph {

std::vector<EventRow> timeline(Store& store, const TimelineFilter& filter, const QueryScope& scope,
                               const Privacy& privacy) {
    return load_events(store, timeline_event_keys(store, filter, scope), scope, privacy);
}

}  // namespace allegraph
