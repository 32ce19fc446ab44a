// The records of the data model (DESIGN §2) as plain values: what importers
// validate and write, and what queries read back. Ids are the stable text ids
// (`person:harvey-weinstein`); the store maps them to integer surrogate keys.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "graph/date.hpp"

namespace allegraph {

// A document that facts cite: an article, a statement, a court filing.
struct Source {
    std::string id;
    std::string title;
    std::string publisher;
    std::string author;
    std::string url;
    std::optional<Date> published;
    std::string note;
    std::optional<std::string> text;  // full text when at hand
    std::string text_sha256;          // hex digest of `text`
    std::string syndicated_from;      // the id of the source this one republishes (a wire story), if any
    std::string retracted;            // when it was retracted (graph/corrections.hpp), if it was
    std::string retraction_reason;
};

// Support for a fact: a verbatim quote from a source, with its code point offsets when known.
struct Citation {
    std::string source;
    std::string quote;
    std::optional<std::size_t> start;
    std::optional<std::size_t> end;
};

// A person, organization, work, campaign or group.
struct Entity {
    std::string id;
    std::string kind;
    std::string category;  // organizations only
    std::string name;
    std::vector<std::string> aliases;
    std::string description;
    std::string size;  // groups only, as worded by the source
    bool is_public = true;
    bool public_stated = true;  // false: the record left `public` out, so a stored private entity stays private
    bool needs_review = false;  // created by an import from a bare name; an editor should check it
    std::vector<Citation> citations;
};

// An entity's part in an event.
struct Participant {
    std::string entity;
    std::string role;
};

// A typed link from one event to another (responds_to, part_of, follows_up).
struct EventLink {
    std::string type;
    std::string event;
};

// An n-ary, dated fact: an allegation, a response, a legal step, a publication.
struct Event {
    std::string id;
    std::string type;
    Date date;
    std::string status;
    std::optional<Date> due;
    bool negated = false;
    std::string nature;
    std::string summary;
    bool unreviewed = false;
    std::vector<Participant> participants;
    std::vector<EventLink> links;
    std::vector<Citation> citations;
};

// An entity-to-entity relation, optionally dated and set in a context (a work).
struct Relation {
    std::string from;
    std::string type;
    std::string to;
    std::optional<Date> date;
    std::string context;
    std::vector<Citation> citations;
};

}  // namespace allegraph
