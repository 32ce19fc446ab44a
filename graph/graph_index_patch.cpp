// Patches of the adjacency index (graph/graph_index_patch.hpp): combining them, applying one to an
// index, and their stored form (varints, keys as deltas, like the index's own).
#include "graph/graph_index_patch.hpp"

#include <algorithm>
#include <iterator>

#include "graph/index_codec.hpp"

namespace allegraph {
namespace {

using index_codec::Decoder;
using index_codec::Encoder;

constexpr std::uint32_t kGone = std::numeric_limits<std::uint32_t>::max();
constexpr std::uint8_t kGoneFlag = 0x80;

std::int64_t patch_key(const GraphIndexPatch::Entity& e) { return e.node.key; }
std::int64_t patch_key(const GraphIndexPatch::Event& e) { return e.node.key; }
std::int64_t patch_key(const GraphIndexPatch::Relation& r) { return r.key; }

// The entries of one kind in `patches`, earliest first, by key: of several entries of one key, the last. A sort
// of them all at once, not a merge a list, since a store may hold thousands of small patches.
template <class Entry, class ListOf>
std::vector<Entry> latest_by_key(std::vector<GraphIndexPatch>& patches, ListOf list_of) {
    std::vector<Entry> all;
    for (auto& patch : patches) std::move(list_of(patch).begin(), list_of(patch).end(), std::back_inserter(all));
    std::stable_sort(all.begin(), all.end(), [](const Entry& a, const Entry& b) { return patch_key(a) < patch_key(b); });
    std::vector<Entry> out;
    for (auto& entry : all) {
        if (!out.empty() && patch_key(out.back()) == patch_key(entry)) out.back() = std::move(entry);
        else out.push_back(std::move(entry));
    }
    return out;
}

bool holds_key(const std::vector<std::int64_t>& sorted, std::int64_t key) {
    return std::binary_search(sorted.begin(), sorted.end(), key);
}

// The position of `key` in `nodes` (sorted by key), or kGone.
template <class Node>
std::uint32_t position_of(const std::vector<Node>& nodes, std::int64_t key) {
    auto at = std::lower_bound(nodes.begin(), nodes.end(), key, [](const Node& n, std::int64_t k) { return n.key < k; });
    return at != nodes.end() && at->key == key ? static_cast<std::uint32_t>(at - nodes.begin()) : kGone;
}

// The patch's entry of `key`, which it holds.
template <class Entry>
const Entry& entry_of(const std::vector<Entry>& entries, std::int64_t key) {
    return *std::lower_bound(entries.begin(), entries.end(), key,
                             [](const Entry& e, std::int64_t k) { return patch_key(e) < k; });
}

// The keys a patch's entries are for, and the nodes of those not gone.
template <class Entry, class Node>
std::vector<std::int64_t> split(const std::vector<Entry>& entries, std::vector<Node>& fresh) {
    std::vector<std::int64_t> keys;
    keys.reserve(entries.size());
    for (const auto& e : entries) {
        keys.push_back(patch_key(e));
        if (!e.gone) fresh.push_back(e.node);
    }
    return keys;
}

// `old` without the nodes of the `dirty` keys, with `fresh` (those keys' nodes now, by key) in their
// places; `moved` gets each old node's position in the result, kGone for a key no longer there.
template <class Node>
std::vector<Node> merged_nodes(const std::vector<Node>& old, const std::vector<std::int64_t>& dirty,
                               const std::vector<Node>& fresh, std::vector<std::uint32_t>& moved) {
    std::vector<Node> out;
    out.reserve(old.size() + fresh.size());
    auto next = fresh.begin();
    for (const auto& node : old) {
        while (next != fresh.end() && next->key < node.key) out.push_back(*next++);
        if (!holds_key(dirty, node.key)) out.push_back(node);
    }
    out.insert(out.end(), next, fresh.end());
    moved.assign(old.size(), kGone);
    std::size_t j = 0;
    for (std::size_t i = 0; i < old.size(); ++i) {
        while (j < out.size() && out[j].key < old[i].key) ++j;
        if (j < out.size() && out[j].key == old[i].key) moved[i] = static_cast<std::uint32_t>(j);
    }
    return out;
}

// Where each of `count` groups starts in `edges` (sorted by group), and where the last ends.
template <class Edge, class GroupOf>
std::vector<std::size_t> group_starts(const std::vector<Edge>& edges, std::size_t count, GroupOf group_of) {
    std::vector<std::size_t> starts(count + 1, edges.size());
    for (std::size_t i = edges.size(); i-- > 0;) starts[group_of(edges[i])] = i;
    for (std::size_t g = count; g-- > 0;) starts[g] = std::min(starts[g], starts[g + 1]);
    return starts;
}

// The old position of each new node that was kept, or kGone for one patched.
std::vector<std::uint32_t> kept_from(const std::vector<std::uint32_t>& moved, std::size_t count) {
    std::vector<std::uint32_t> from(count, kGone);
    for (std::uint32_t i = 0; i < moved.size(); ++i)
        if (moved[i] != kGone) from[moved[i]] = i;
    return from;
}

// The old edges of each kept event, moved to the event's new position and through `remap` for what
// they point at; a patched event's edges from `patched`. Nullopt when an edge points at something gone.
template <class Edge, class Node, class GroupOf, class Remap, class Patched>
std::optional<std::vector<Edge>> rebuilt_edges(const std::vector<Edge>& old, std::size_t old_events,
                                               const std::vector<Node>& events, const std::vector<std::uint32_t>& event_from,
                                               const std::vector<std::int64_t>& dirty, GroupOf group_of, Remap remap,
                                               Patched patched) {
    auto starts = group_starts(old, old_events, group_of);
    std::vector<Edge> out;
    out.reserve(old.size());
    for (std::uint32_t e = 0; e < events.size(); ++e) {
        if (holds_key(dirty, events[e].key)) {
            if (!patched(events[e].key, e, out)) return std::nullopt;
            continue;
        }
        for (std::size_t i = starts[event_from[e]]; i < starts[event_from[e] + 1]; ++i) {
            Edge edge = old[i];
            if (!remap(edge, e)) return std::nullopt;
            out.push_back(edge);
        }
    }
    return out;
}

// Writes the key of each of `entries` as a delta from the previous one's, then what `rest` writes.
template <class Entry, class Rest>
void encode_entries(Encoder& e, const std::vector<Entry>& entries, Rest rest) {
    e.varint(entries.size());
    std::int64_t previous = 0;
    for (const auto& entry : entries) {
        e.signed_varint(patch_key(entry) - previous);
        previous = patch_key(entry);
        rest(entry);
    }
}

// Reads what encode_entries wrote into `entries`, each key placed by `set_key`; false when the keys do not rise.
template <class Entry, class SetKey, class Rest>
bool decode_entries(Decoder& d, std::vector<Entry>& entries, SetKey set_key, Rest rest) {
    entries.resize(d.count());
    std::int64_t key = 0;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const std::int64_t delta = d.signed_varint();
        if (i > 0 && delta <= 0) return false;
        set_key(entries[i], key += delta);
        if (!rest(entries[i])) return false;
    }
    return d.ok();
}

}  // namespace

GraphIndexPatch combine_patches(std::vector<GraphIndexPatch> in_order) {
    GraphIndexPatch out;
    out.entities = latest_by_key<GraphIndexPatch::Entity>(in_order, [](GraphIndexPatch& p) -> auto& { return p.entities; });
    out.events = latest_by_key<GraphIndexPatch::Event>(in_order, [](GraphIndexPatch& p) -> auto& { return p.events; });
    out.relations = latest_by_key<GraphIndexPatch::Relation>(in_order, [](GraphIndexPatch& p) -> auto& { return p.relations; });
    return out;
}

std::optional<GraphIndex> apply_patch(const GraphIndex& old, const GraphIndexPatch& patch) {
    GraphIndex index;
    std::vector<std::uint32_t> entity_moved, event_moved, relation_moved;
    std::vector<GraphIndex::EntityNode> fresh_entities;
    std::vector<GraphIndex::EventNode> fresh_events;
    const auto entity_keys = split(patch.entities, fresh_entities);
    const auto event_keys = split(patch.events, fresh_events);
    index.entities = merged_nodes(old.entities, entity_keys, fresh_entities, entity_moved);
    index.events = merged_nodes(old.events, event_keys, fresh_events, event_moved);
    // An old position moved to its new one; false when what was there is gone.
    auto moved = [](const std::vector<std::uint32_t>& to, std::uint32_t& at) { return (at = to[at]) != kGone; };
    const auto event_from = kept_from(event_moved, index.events.size());

    auto roles = rebuilt_edges(
        old.roles, old.events.size(), index.events, event_from, event_keys,
        [](const GraphIndex::RoleEdge& r) { return r.event; },
        [&](GraphIndex::RoleEdge& r, std::uint32_t e) {
            r.event = e;
            return moved(entity_moved, r.entity);
        },
        [&](std::int64_t key, std::uint32_t e, std::vector<GraphIndex::RoleEdge>& out) {
            for (const auto& role : entry_of(patch.events, key).roles) {
                const std::uint32_t entity = position_of(index.entities, role.entity);
                if (entity == kGone) return false;
                out.push_back({entity, e, role.role});
            }
            return true;
        });
    auto links = rebuilt_edges(
        old.links, old.events.size(), index.events, event_from, event_keys,
        [](const GraphIndex::LinkEdge& l) { return l.from; },
        [&](GraphIndex::LinkEdge& l, std::uint32_t e) {
            l.from = e;
            return moved(event_moved, l.to);
        },
        [&](std::int64_t key, std::uint32_t e, std::vector<GraphIndex::LinkEdge>& out) {
            for (const auto& link : entry_of(patch.events, key).links) {
                const std::uint32_t target = position_of(index.events, link.target);
                if (target == kGone) return false;
                out.push_back({e, target, link.type});
            }
            return true;
        });
    if (!roles || !links) return std::nullopt;
    index.roles = std::move(*roles);
    index.links = std::move(*links);

    std::vector<std::int64_t> relation_keys;
    std::vector<GraphIndex::RelationEdge> kept = old.relations, fresh;
    for (const auto& r : patch.relations) {
        relation_keys.push_back(r.key);
        if (r.gone) continue;
        const std::uint32_t from = position_of(index.entities, r.from), to = position_of(index.entities, r.to);
        if (from == kGone || to == kGone) return std::nullopt;
        fresh.push_back({r.key, from, to, r.type, r.first_published, r.unsupported});
    }
    for (auto& r : kept)
        if (!holds_key(relation_keys, r.key) && (!moved(entity_moved, r.from) || !moved(entity_moved, r.to))) return std::nullopt;
    index.relations = merged_nodes(kept, relation_keys, fresh, relation_moved);
    return index;
}

std::string encode_graph_index_patch(const GraphIndexPatch& patch) {
    Encoder e;
    e.raw(kGraphIndexPatchMagic, 4);
    encode_entries(e, patch.entities, [&](const GraphIndexPatch::Entity& n) {
        e.u8(n.gone ? kGoneFlag : static_cast<std::uint8_t>((n.node.is_public ? 1 : 0) | (n.node.is_hub ? 2 : 0)));
    });
    encode_entries(e, patch.events, [&](const GraphIndexPatch::Event& n) {
        if (n.gone) return e.u8(kGoneFlag);
        e.u8(static_cast<std::uint8_t>(static_cast<std::uint8_t>(n.node.review) | (n.node.unsupported ? 4 : 0)));
        e.varint(n.node.type);
        e.signed_varint(n.node.first_published);
        e.varint(n.roles.size());
        for (const auto& r : n.roles) {
            e.signed_varint(r.entity);
            e.varint(r.role);
        }
        e.varint(n.links.size());
        for (const auto& l : n.links) {
            e.signed_varint(l.target);
            e.varint(l.type);
        }
    });
    encode_entries(e, patch.relations, [&](const GraphIndexPatch::Relation& r) {
        if (r.gone) return e.u8(kGoneFlag);
        e.u8(r.unsupported ? 1 : 0);
        e.signed_varint(r.from);
        e.signed_varint(r.to);
        e.varint(r.type);
        e.signed_varint(r.first_published);
    });
    return e.take();
}

std::optional<GraphIndexPatch> decode_graph_index_patch(const void* data, std::size_t size) {
    Decoder d(data, size);
    GraphIndexPatch patch;
    if (!d.magic(kGraphIndexPatchMagic)) return std::nullopt;
    const bool entities = decode_entries(
        d, patch.entities, [](GraphIndexPatch::Entity& n, std::int64_t key) { n.node.key = key; },
        [&](GraphIndexPatch::Entity& n) {
            const std::uint8_t flags = d.u8();
            n.gone = flags & kGoneFlag;
            n.node.is_public = flags & 1;
            n.node.is_hub = flags & 2;
            return true;
        });
    const bool events = entities && decode_entries(
        d, patch.events, [](GraphIndexPatch::Event& n, std::int64_t key) { n.node.key = key; },
        [&](GraphIndexPatch::Event& n) {
            const std::uint8_t flags = d.u8();
            if ((n.gone = flags & kGoneFlag)) return true;
            if ((flags & 3) > 2) return false;
            n.node.review = static_cast<ReviewState>(flags & 3);
            n.node.unsupported = flags & 4;
            n.node.type = d.id();
            n.node.first_published = d.day();
            n.roles.resize(d.count());
            for (auto& r : n.roles) r = {d.signed_varint(), d.id()};
            n.links.resize(d.count());
            for (auto& l : n.links) l = {d.signed_varint(), d.id()};
            return true;
        });
    const bool relations = events && decode_entries(
        d, patch.relations, [](GraphIndexPatch::Relation& r, std::int64_t key) { r.key = key; },
        [&](GraphIndexPatch::Relation& r) {
            const std::uint8_t flags = d.u8();
            if ((r.gone = flags & kGoneFlag)) return true;
            r.unsupported = flags & 1;
            r.from = d.signed_varint();
            r.to = d.signed_varint();
            r.type = d.id();
            r.first_published = d.day();
            return true;
        });
    if (!relations || !d.ok() || !d.at_end()) return std::nullopt;
    return patch;
}

}  // namespace allegraph
