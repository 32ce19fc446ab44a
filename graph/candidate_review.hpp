// Candidate review: the editor's corrections to an unreviewed candidate event (DESIGN §5) before it
// is accepted — its own fields (candidate_edit.cpp) and its participants
// (candidate_participants.cpp) — and the attachment of a candidate that repeats an event on record
// to that event (candidate_attach.cpp). Values are checked against the vocabulary; each fact is
// shown to the ChangeRecorder before it changes, so `history` lists every field. The caller owns
// the transaction and the log entry: on an error it rolls back, and nothing is written.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "graph/history.hpp"
#include "graph/result.hpp"
#include "graph/store.hpp"

namespace allegraph {

// One change to a candidate's participants. Entities are store keys, resolved by the caller.
struct ParticipantChange {
    enum class Action { add, remove, set_role, replace };
    Action action = Action::add;
    std::int64_t entity = 0;  // the participant named (add: the entity added)
    std::string label;        // how the editor named it, for messages
    std::string role;         // add, set_role: the role; remove: the one role dropped, or "" for every role
    std::int64_t other = 0;   // replace: the entity that takes over `entity`'s roles
};

// New values for a candidate; unset fields stay as they are.
struct CandidateEdit {
    std::optional<std::string> type;
    std::optional<std::string> date;    // EDTF
    std::optional<std::string> status;  // started, pending, completed, or "" for none
    std::optional<std::string> due;     // EDTF, or "" to clear it
    std::optional<std::string> nature;  // rape, assault, harassment, misconduct (allegations), or "" for none
    std::optional<bool> negated;
    std::vector<ParticipantChange> participants;  // applied in this order
};

// The key of the unreviewed candidate event `id`, or an error saying what `id` is instead.
Result<std::int64_t> unreviewed_candidate(Store& store, const std::string& id);

// Applies `edit` to the unreviewed candidate `id`, which stays unreviewed. An allegation's nature
// goes when its type changes to another (unless a nature is given, which is then refused).
Result<void> edit_candidate(Store& store, ChangeRecorder& recorder, const std::string& id,
                            const CandidateEdit& edit);

// Applies `changes` to the participants of the event with key `event` (text id `id`, for messages);
// refuses invalid roles, changes to entities that do not take part, and an event left with none.
Result<void> change_participants(Store& store, std::int64_t event, const std::string& id,
                                 const std::vector<ParticipantChange>& changes);

// Adds the citations of the unreviewed candidate `candidate` to the reviewed event `event` it
// repeats, and retires the candidate: its review state becomes `rejected`, so that neither review
// nor a re-import of its article proposes it again.
Result<void> attach_candidate(Store& store, ChangeRecorder& recorder, const std::string& candidate,
                              const std::string& event);

}  // namespace allegraph
