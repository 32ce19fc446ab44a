// The rows queries return: events with their participants, citations and links,
// entity references and relations. Rows are already redacted for privacy
// according to the QueryScope they were read with, so no formatter can leak.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "graph/date.hpp"
#include "graph/vocabulary.hpp"

namespace allegraph {

// An entity as shown: id and name are placeholders when the entity is private and redacted.
struct EntityRef {
    std::int64_t key = 0;
    std::string id;
    std::string name;
    std::string kind;
    bool redacted = false;
};

struct CitationRow {
    std::string source;  // source text id
    std::string title;
    std::string publisher;
    std::string url;
    std::optional<Date> published;
    std::string quote;
    std::optional<std::int64_t> start, end;
    std::string syndicated_from;  // the source it republishes, if any
    bool retracted = false;       // only ever true with --include-unsupported
};

struct ParticipantRow {
    EntityRef entity;
    std::string role;
};

// A link between two events, seen from one of them.
struct LinkRow {
    std::string type;
    std::string event;        // the other event's id
    bool incoming = false;    // true when the other event links to this one
    std::string event_type;   // the other event's type ("denial" answering an allegation)
    std::shared_ptr<const EventTypeDefinition> event_definition;  // its definition (null for an unknown type)
    std::string summary;      // the other event's summary, redacted; empty when withheld (see EventRow)
    Date date;                // the other event's date
    std::int64_t key = 0;     // the other event's key
    std::vector<CitationRow> citations;  // filled for the answers (denials, apologies) to this event
};

struct EventRow {
    std::int64_t key = 0;
    std::string id;
    std::string type;
    std::string category;
    std::shared_ptr<const EventTypeDefinition> definition;  // the type's, from the store's vocabulary
    Date date;
    std::string status;
    std::optional<Date> due;
    bool negated = false;
    std::string nature;
    std::string summary;
    // --as-of D: a summary written from a source published after D (or on an unknown day) is not
    // shown; its words may say what was not yet known, or "last week" of a later week
    bool summary_withheld = false;
    bool unreviewed = false;
    bool unsupported = false;  // every source cited for it was retracted (shown only with --include-unsupported)
    std::vector<ParticipantRow> participants;
    std::vector<CitationRow> citations;
    std::vector<LinkRow> links;
};

// Whether `link` is an answer to its event on record: a denial or apology (any type with an
// `answer` word in the vocabulary) that responds to it.
bool is_answer(const LinkRow& link);

// Sorts an event's participants as outputs name them: by role (the vocabulary's roles order), then name.
void sort_participants(std::vector<ParticipantRow>& participants, const Vocabulary& vocabulary);

struct RelationRow {
    std::string type;
    EntityRef other;
    bool outgoing = true;  // false when `other` is the relation's "from" (symmetric types read both ways)
    std::optional<Date> date;
    std::optional<EntityRef> context;
    std::vector<CitationRow> citations;
};

}  // namespace allegraph
