// Dedupe reads: the store as duplicate detection (queries/dedupe.hpp) compares it — who meets whom
// in events and relations, the events with their participants and citing outlets, and the sources'
// titles, publishers and addresses. Plain stored values: dedupe redacts what it shows.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "graph/same_fact.hpp"
#include "graph/store.hpp"

namespace allegraph {

// Each (event, entity) that takes part in it, of the events not rejected.
std::vector<std::pair<std::int64_t, std::int64_t>> participations(Store& store);

// Each relation's two ends, (from, to).
std::vector<std::pair<std::int64_t, std::int64_t>> relation_ends(Store& store);

// An event as dedupe compares it: its statement (participants left empty) and its stored date and summary.
struct DedupeEvent {
    EventStatement statement;
    std::string date, summary;
};

// The reviewed events, and the unreviewed candidates too when `with_unreviewed`.
std::vector<DedupeEvent> dedupe_events(Store& store, bool with_unreviewed);

// One entity's part in an event, with what privacy needs to show the entity.
struct Participation {
    std::int64_t event = 0, entity = 0;
    std::string role, entity_id, entity_name, entity_kind;
    bool entity_public = true;
};

// Visits every participation of every event.
void for_each_participation(Store& store, const std::function<void(const Participation&)>& visit);

// Each (event, outlet) where an outlet (a source's publisher, else its title) cites the event, each once.
std::vector<std::pair<std::int64_t, std::string>> event_outlets(Store& store);

// A source as dedupe compares it.
struct SourceIdentity {
    std::int64_t key = 0;
    std::string id, title, publisher, url, published;  // published: "" when unknown
};

// Every source.
std::vector<SourceIdentity> source_identities(Store& store);

}  // namespace allegraph
