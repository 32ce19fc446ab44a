#include "queries/responses.hpp"

#include <algorithm>

#include "queries/timeline.hpp"

namespace allegraph {
namespace {

template <std::size_t N>
std::vector<const ParticipantRow*> in_roles(const EventRow& event, const char* const (&roles)[N]) {
    std::vector<const ParticipantRow*> out;
    for (const auto& p : event.participants)
        if (std::any_of(std::begin(roles), std::end(roles), [&](const char* r) { return p.role == r; })) out.push_back(&p);
    return out;
}

bool names(const std::vector<const ParticipantRow*>& parties, std::int64_t key) {
    return std::any_of(parties.begin(), parties.end(), [&](const ParticipantRow* p) { return p->entity.key == key; });
}

}  // namespace

std::vector<ResponseRow> responses(Store& store, std::optional<std::int64_t> entity, const QueryScope& scope,
                                   const Privacy& privacy) {
    TimelineFilter filter;
    filter.entity = entity;
    filter.categories = {"response"};
    std::vector<ResponseRow> out;
    for (auto& event : timeline(store, filter, scope, privacy)) {
        auto acting = in_roles(event, kActingRoles);
        auto concerned = in_roles(event, kConcernedRoles);
        bool own_act = entity && names(acting, *entity);
        if (entity && !own_act && !names(concerned, *entity)) continue;
        std::vector<std::optional<EntityRef>> subjects;
        for (const auto* s : concerned)
            if (s->role == "subject" && (!entity || own_act || s->entity.key == *entity)) subjects.push_back(s->entity);
        for (const auto* s : concerned)  // "its royal patronages": an object only when there is no subject
            if (s->role == "object" && subjects.empty() && entity && s->entity.key == *entity) subjects.push_back(s->entity);
        if (subjects.empty()) subjects.push_back(std::nullopt);
        std::vector<const ParticipantRow*> parties = acting;
        if (parties.empty()) parties.push_back(nullptr);
        for (const auto* party : parties)
            for (const auto& subject : subjects) {
                ResponseRow row;
                if (party) {
                    row.actor = party->entity;
                    row.actor_role = party->role;
                }
                row.subject = subject;
                row.event = event;
                out.push_back(std::move(row));
            }
    }
    return out;
}

}  // namespace allegraph
