// GraphIndexPatch: the adjacency index's entries (graph/graph_index.hpp) of some entities, events and
// relations as the rows now hold them, by key rather than by place, and for each key not there any
// more, that it is gone. A small write stores one beside the index instead of rewriting the index
// whole (a rewrite costs in proportion to the store, a patch to the write); readers apply the stored
// patches, in the order they were written, to the stored index, and a writer folds them into it once
// they hold an eighth of its nodes (graph/sql/graph_index_rows.cpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "graph/graph_index.hpp"

namespace allegraph {

// The first bytes of a patch's stored form: "AGP" and the format version; a reader of another
// version, or of anything malformed, recomputes the index from the rows.
inline constexpr char kGraphIndexPatchMagic[4] = {'A', 'G', 'P', '1'};

struct GraphIndexPatch {
    struct Entity {
        GraphIndex::EntityNode node;  // its key, and when not gone its flags
        bool gone = false;
    };
    struct Role {
        std::int64_t entity = 0;  // the entity's key
        std::uint16_t role = 0;
    };
    struct Link {
        std::int64_t target = 0;  // the target event's key
        std::uint16_t type = 0;
    };
    struct Event {
        GraphIndex::EventNode node;
        bool gone = false;
        std::vector<Role> roles;  // by entity, then role, as the index orders them
        std::vector<Link> links;  // by target, then type
    };
    struct Relation {
        std::int64_t key = 0;
        bool gone = false;
        std::int64_t from = 0, to = 0;  // the entities' keys
        std::uint16_t type = 0;
        std::int32_t first_published = kNeverPublished;
        bool unsupported = false;
    };

    std::vector<Entity> entities;     // by key, one entry a key
    std::vector<Event> events;        // by key, one entry a key
    std::vector<Relation> relations;  // by key, one entry a key

    // How many keys the patch holds entries for.
    std::size_t keys() const { return entities.size() + events.size() + relations.size(); }
};

// `in_order`, earliest first, in one patch: where several hold a key, the last one's entry.
GraphIndexPatch combine_patches(std::vector<GraphIndexPatch> in_order);

// `index` with `patch` applied: each patched node in its place (a new key where its key sorts), a gone
// one dropped with its edges, and every edge of the others moved to its ends' new places. Nullopt when
// an edge points at a key that is in neither (the rows contradict the index: the caller recomputes).
std::optional<GraphIndex> apply_patch(const GraphIndex& index, const GraphIndexPatch& patch);

// The patch in its stored form, and back; decode fails (nullopt) on anything malformed, keys out of order included.
std::string encode_graph_index_patch(const GraphIndexPatch& patch);
std::optional<GraphIndexPatch> decode_graph_index_patch(const void* data, std::size_t size);

}  // namespace allegraph
