#include "queries/who.hpp"

#include <algorithm>

#include "queries/timeline.hpp"

namespace allegraph {

std::vector<WhoRow> who(Store& store, const std::string& role, std::int64_t about, const QueryScope& scope,
                        const Privacy& privacy) {
    TimelineFilter filter;
    filter.entity = about;
    std::vector<WhoRow> out;
    for (const auto& event : timeline(store, filter, scope, privacy)) {
        for (const auto& p : event.participants) {
            if (p.role != role || p.entity.key == about) continue;
            auto row = std::find_if(out.begin(), out.end(), [&](const WhoRow& r) { return r.entity.key == p.entity.key; });
            if (row == out.end()) row = out.insert(out.end(), WhoRow{p.entity, {}});
            if (row->events.empty() || row->events.back().key != event.key) row->events.push_back(event);
        }
    }
    return out;
}

}  // namespace allegraph
