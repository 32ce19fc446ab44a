// Native reads: the records of the current export selection (graph/export_reads.hpp) as they are
// stored, unredacted, in the fixed order the native JSON export writes them (queries/native_records.hpp
// redacts them), and a source's stored text.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "graph/date.hpp"
#include "graph/model.hpp"
#include "graph/store.hpp"

namespace allegraph {

// An entity named by a record: what privacy needs to show it.
struct StoredEntityRef {
    std::int64_t key = 0;
    std::string id, kind;
    bool is_public = true;
};

struct StoredSource {
    std::string id, title, publisher, author, url;
    std::optional<Date> published;
    std::string note;
    std::optional<std::string> body;
    std::optional<std::string> syndicated_from, retracted;
    std::string retraction_reason;
};

struct StoredEntity {
    StoredEntityRef ref;
    std::string name, category, description, size;
    bool needs_review = false;
    std::vector<std::string> aliases;  // alphabetically
    std::vector<Citation> citations;   // by source id, start, quote
};

struct StoredEvent {
    std::string id, type;
    Date date;
    std::string status;
    std::optional<Date> due;
    bool negated = false;
    std::string nature, summary;
    bool unreviewed = false;
    std::vector<std::pair<StoredEntityRef, std::string>> participants;  // with their roles, by entity id, role
    std::vector<EventLink> links;  // to selected events, by type, event id
    std::vector<Citation> citations;
};

struct StoredRelation {
    StoredEntityRef from, to;
    std::string type;
    std::optional<Date> date;
    std::optional<StoredEntityRef> context;  // when it names one in the selection
    std::vector<Citation> citations;
};

// Every source, originals before the sources that republish them, then by id.
void for_each_stored_source(Store& store, const std::function<void(const StoredSource&)>& visit);

// The selected entities, by id.
void for_each_stored_entity(Store& store, const std::function<void(const StoredEntity&)>& visit);

// The selected events, by id.
void for_each_stored_event(Store& store, const std::function<void(const StoredEvent&)>& visit);

// The relations between selected entities (supported ones, unless the selection's scope includes
// unsupported facts), by from id, type, to id.
void for_each_stored_relation(Store& store, const std::function<void(const StoredRelation&)>& visit);

// The stored text of source `source_id`, if it has one.
std::optional<std::string> source_body(Store& store, const std::string& source_id);

}  // namespace allegraph
