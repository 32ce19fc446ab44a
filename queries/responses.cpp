#include "queries/responses.hpp"

#include "queries/timeline.hpp"

namespace allegraph {
namespace {

std::vector<const ParticipantRow*> with_role(const EventRow& event, std::string_view role, bool organizations_only) {
    std::vector<const ParticipantRow*> out;
    for (const auto& p : event.participants)
        if (p.role == role && (!organizations_only || p.entity.kind == "organization")) out.push_back(&p);
    return out;
}

}  // namespace

std::vector<ResponseRow> responses(SQLite::Database& db, std::optional<std::int64_t> subject, const QueryScope& scope,
                                   const Privacy& privacy) {
    TimelineFilter filter;
    filter.entity = subject;
    filter.categories = {"response"};
    std::vector<ResponseRow> out;
    for (auto& event : timeline(db, filter, scope, privacy)) {
        auto subjects = with_role(event, "subject", false);
        for (const auto* organization : with_role(event, "actor", true)) {
            if (subjects.empty()) {
                out.push_back({organization->entity, std::nullopt, event});
                continue;
            }
            for (const auto* s : subjects)
                if (!subject || s->entity.key == *subject) out.push_back({organization->entity, s->entity, event});
        }
    }
    return out;
}

}  // namespace allegraph
