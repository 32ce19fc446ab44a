// Merge moves: what the merges (graph/merge.hpp, graph/merge_records.hpp) read of two records of
// one entity, event or source, and the moves that make them one. Which records may be merged, and
// which facts the history must remember before each move, are the merges' own rules.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "graph/fact_image.hpp"
#include "graph/store.hpp"

namespace allegraph {

// An entity as a merge finds it, by its own id or by an id merged into it.
struct MergedEntity {
    std::int64_t key = 0;
    std::string id, kind, name;
    bool is_public = false, needs_review = false;
};
std::optional<MergedEntity> entity_for_merge(Store& store, const std::string& id);

// An event or a source as a merge finds it, by its own id or by an id merged into it.
struct MergedRecord {
    std::int64_t key = 0;
    std::string id;
    std::string type, text_sha;  // an event's type; a source's text digest, or ""
    bool negated = false;        // an event's
};
std::optional<MergedRecord> event_for_merge(Store& store, const std::string& id);
std::optional<MergedRecord> source_for_merge(Store& store, const std::string& id);

// Makes `id` name the fact `keep` of `kind` (an entity, event or source) from now on.
void add_redirect(Store& store, FactKind kind, const std::string& id, std::int64_t keep);

// Points the ids merged into `gone` (of `kind`: an entity, event or source) at `keep`.
void move_redirects(Store& store, FactKind kind, std::int64_t keep, std::int64_t gone);

// The events entity `key` takes part in.
std::vector<std::int64_t> entity_events(Store& store, std::int64_t key);

// Hands `gone`'s participations to `keep`; those `keep` has already are dropped.
void move_participations(Store& store, std::int64_t keep, std::int64_t gone);

// The relations with entity `key` at either end, and also as their context when `with_context`.
std::vector<std::int64_t> entity_relations(Store& store, std::int64_t key, bool with_context);

// Makes `keep` the context of the relations `gone` was the context of.
void move_relation_context(Store& store, std::int64_t keep, std::int64_t gone);

// Relation `key`'s ends and type.
struct RelationEnds {
    std::int64_t from = 0, to = 0;
    std::string type;
};
RelationEnds relation_ends(Store& store, std::int64_t key);

// The text id of entity `key`.
std::string entity_text_id(Store& store, std::int64_t key);

// Another relation than `key` from `from` of `type` to `to`, if there is one.
std::optional<std::int64_t> other_relation(Store& store, std::int64_t from, const std::string& type, std::int64_t to,
                                           std::int64_t key);

// Points relation `key` from `from` to `to`.
void set_relation_ends(Store& store, std::int64_t key, std::int64_t from, std::int64_t to);

// Adds `gone`'s aliases to `keep`'s, and `gone`'s name when it differs from `keep`'s.
void move_aliases(Store& store, std::int64_t keep, std::int64_t gone);

// The events with a link to event `key`.
std::vector<std::int64_t> events_linking_to(Store& store, std::int64_t key);

// Gives event `keep` the participants of event `gone` it does not have yet.
void copy_participants(Store& store, std::int64_t keep, std::int64_t gone);

// Gives event `keep` the links of event `gone`, both ways, it does not have yet; none to itself.
void copy_links(Store& store, std::int64_t keep, std::int64_t gone);

// The facts of `kind` (an entity, event or relation) that cite source `key`.
std::vector<std::int64_t> facts_citing(Store& store, FactKind kind, std::int64_t key);

// The sources that republish source `key`.
std::vector<std::int64_t> sources_syndicating(Store& store, std::int64_t key);

// Moves the citations of source `gone` to `keep` (dropping those a fact would hold twice) and makes
// what republished `gone` republish `keep`; `keep` no longer republishes `gone`.
void move_source_references(Store& store, std::int64_t keep, std::int64_t gone);

}  // namespace allegraph
