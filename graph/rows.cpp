// What the rows (graph/rows.hpp) say by the vocabulary: which links are answers, and the order of participants.
#include "graph/rows.hpp"

#include <algorithm>
#include <tuple>
#include <utility>

namespace allegraph {

bool is_answer(const LinkRow& link) {
    return link.incoming && link.type == "responds_to" && link.event_definition && !link.event_definition->answer.empty();
}

void sort_participants(std::vector<ParticipantRow>& participants, const Vocabulary& vocabulary) {
    std::stable_sort(participants.begin(), participants.end(), [&](const ParticipantRow& a, const ParticipantRow& b) {
        // The id last: redacted persons share one name, and the store returns rows in no set order.
        return std::tuple(vocabulary.role_rank(a.role), std::string_view(a.entity.name), std::string_view(a.entity.id)) <
               std::tuple(vocabulary.role_rank(b.role), std::string_view(b.entity.name), std::string_view(b.entity.id));
    });
}

}  // namespace allegraph
