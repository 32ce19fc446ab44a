// What the rows (graph/rows.hpp) say by the vocabulary: which links are answers, and the order of participants.
#include "graph/rows.hpp"

#include <algorithm>
#include <utility>

namespace allegraph {

bool is_answer(const LinkRow& link) {
    return link.incoming && link.type == "responds_to" && link.event_definition && !link.event_definition->answer.empty();
}

void sort_participants(std::vector<ParticipantRow>& participants, const Vocabulary& vocabulary) {
    std::stable_sort(participants.begin(), participants.end(), [&](const ParticipantRow& a, const ParticipantRow& b) {
        return std::pair(vocabulary.role_rank(a.role), std::string_view(a.entity.name)) <
               std::pair(vocabulary.role_rank(b.role), std::string_view(b.entity.name));
    });
}

}  // namespace allegraph
