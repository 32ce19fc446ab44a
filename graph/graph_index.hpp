// GraphIndex: the store's adjacency — which entity takes part in which event, in what
// role, which entities are related and which events linked — in compact arrays, with
// just the per-node facts a walk filters on (review state, first publication, hub,
// privacy). Building it from SQL rows costs seconds on a large store, so writers keep
// a copy in the store itself (one BLOB row, written in their transaction), and path
// and neighbourhood questions read that instead. Triggers record the key of every
// entity, event and relation whose entry a change may have altered, by allegraph or
// any other client (table graph_index_dirty; 'all' for a source deleted or a change to
// its date or retraction), and the writer's refresh re-reads just those keys and stores
// their entries as a patch beside the copy (graph/graph_index_patch.hpp), folding the
// patches into the copy once they are an eighth of it, or computes the copy anew when
// many keys changed. A copy with keys recorded since is never read: readers then compute
// the index from the rows.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "graph/store.hpp"

namespace allegraph {

// The first bytes of the index's stored form: "AGX" and the format version (3: types and roles are
// the vocabulary's stable ids, not places in its lists); a reader of another version recomputes from the rows.
inline constexpr char kGraphIndexMagic[4] = {'A', 'G', 'X', '3'};

// The id of a type or role the store's vocabulary does not know (the vocabulary's ids start at 1),
// or of one whose id is past 16 bits.
inline constexpr std::uint16_t kUnknownVocabularyId = 0;

// An event or relation no source with a known publication date cites.
inline constexpr std::int32_t kNeverPublished = std::numeric_limits<std::int32_t>::max();

enum class ReviewState : std::uint8_t { reviewed = 0, unreviewed = 1, rejected = 2 };

struct GraphIndex {
    struct EntityNode {
        std::int64_t key = 0;
        bool is_public = true;
        bool is_hub = false;  // a platform, news medium or campaign (queries/graph_steps.hpp)
    };
    struct EventNode {
        std::int64_t key = 0;
        std::uint16_t type = 0;  // the event type's stable id (Vocabulary::event_type)
        ReviewState review = ReviewState::reviewed;
        std::int32_t first_published = kNeverPublished;  // earliest published_hi of a citing source
        bool unsupported = false;                         // every citing source retracted
    };
    struct RoleEdge {
        std::uint32_t entity = 0;  // index into entities
        std::uint32_t event = 0;   // index into events
        std::uint16_t role = 0;    // the role's stable id (Vocabulary::role_word)
    };
    struct RelationEdge {
        std::int64_t key = 0;
        std::uint32_t from = 0, to = 0;  // indexes into entities
        std::uint16_t type = 0;          // the relation type's stable id
        std::int32_t first_published = kNeverPublished;
        bool unsupported = false;
    };
    struct LinkEdge {
        std::uint32_t from = 0, to = 0;  // indexes into events
        std::uint16_t type = 0;          // the link type's stable id
    };

    std::vector<EntityNode> entities;     // by key
    std::vector<EventNode> events;        // by key
    std::vector<RoleEdge> roles;          // by event, then entity, then role
    std::vector<RelationEdge> relations;  // by key
    std::vector<LinkEdge> links;          // by event, then target, then type
};

// The index computed from the store's rows.
GraphIndex compute_graph_index(Store& store);

// The stored index with its patches applied, or nullopt when there is none, a change was recorded since
// the last refresh, or it is unreadable.
std::optional<GraphIndex> read_graph_index(Store& store);

// The stored index if there is one, else the one computed from the rows.
GraphIndex load_graph_index(Store& store);

// What refresh_graph_index did: nothing (the stored index was current), stored the changed keys'
// entries as a patch, stored them with the earlier patches folded into the index, or computed the
// whole index from the rows.
enum class IndexRefresh { kept, patched, folded, computed };

// Brings the stored index up to date with the rows, and forgets the changes recorded. Writers
// call it in their transaction, after their last change.
IndexRefresh refresh_graph_index(Store& store);

// The index in its stored form, and back; decode fails (nullopt) on anything malformed.
std::string encode_graph_index(const GraphIndex& index);
std::optional<GraphIndex> decode_graph_index(const void* data, std::size_t size);

}  // namespace allegraph
