// The adjacency index's stored form (graph/graph_index.hpp): varints, keys as deltas. Building it
// from the store's rows, and storing it, is the engine's (graph/sql/graph_index_rows.cpp).
#include "graph/graph_index.hpp"

#include <algorithm>

#include "graph/index_codec.hpp"

namespace allegraph {
namespace {

using index_codec::Decoder;
using index_codec::Encoder;

// The count of `rows`, then each row: its key as a delta from the previous row's (a byte
// or two for the dense, sorted keys), then what `rest` writes.
template <class Row, class Rest>
void encode_keyed(Encoder& e, const std::vector<Row>& rows, Rest rest) {
    e.varint(rows.size());
    std::int64_t previous = 0;
    for (const auto& row : rows) {
        e.signed_varint(row.key - previous);
        previous = row.key;
        rest(row);
    }
}

}  // namespace

std::string encode_graph_index(const GraphIndex& index) {
    Encoder e;
    e.raw(kGraphIndexMagic, 4);
    encode_keyed(e, index.entities, [&](const GraphIndex::EntityNode& n) {
        e.u8(static_cast<std::uint8_t>((n.is_public ? 1 : 0) | (n.is_hub ? 2 : 0)));
    });
    encode_keyed(e, index.events, [&](const GraphIndex::EventNode& n) {
        e.varint(n.type);
        e.u8(static_cast<std::uint8_t>(static_cast<std::uint8_t>(n.review) | (n.unsupported ? 4 : 0)));
        e.signed_varint(n.first_published);
    });
    e.varint(index.roles.size());
    std::uint32_t previous_event = 0;
    for (const auto& r : index.roles) {
        e.varint(r.event - previous_event);
        previous_event = r.event;
        e.varint(r.entity);
        e.varint(r.role);
    }
    encode_keyed(e, index.relations, [&](const GraphIndex::RelationEdge& r) {
        e.varint(r.from);
        e.varint(r.to);
        e.varint(static_cast<std::uint64_t>(r.type) << 1 | (r.unsupported ? 1 : 0));
        e.signed_varint(r.first_published);
    });
    e.varint(index.links.size());
    for (const auto& l : index.links) {
        e.varint(l.from);
        e.varint(l.to);
        e.varint(l.type);
    }
    return e.take();
}

std::optional<GraphIndex> decode_graph_index(const void* data, std::size_t size) {
    Decoder d(data, size);
    GraphIndex index;
    if (!d.magic(kGraphIndexMagic)) return std::nullopt;
    index.entities.resize(d.count());
    std::int64_t key = 0;
    for (auto& n : index.entities) {
        n.key = key += d.signed_varint();
        std::uint8_t flags = d.u8();
        n.is_public = flags & 1;
        n.is_hub = flags & 2;
    }
    index.events.resize(d.count());
    key = 0;
    for (auto& n : index.events) {
        n.key = key += d.signed_varint();
        n.type = d.id();
        std::uint8_t review = d.u8();
        n.unsupported = review & 4;
        review &= 3;
        if (review > 2) return std::nullopt;
        n.review = static_cast<ReviewState>(review);
        n.first_published = d.day();
    }
    auto entity_count = index.entities.size(), event_count = index.events.size();
    index.roles.resize(d.count());
    std::uint64_t event = 0;
    for (auto& r : index.roles) {
        event += d.varint();
        std::uint64_t entity = d.varint();
        if (event >= event_count || entity >= entity_count) return std::nullopt;
        r = {static_cast<std::uint32_t>(entity), static_cast<std::uint32_t>(event), d.id()};
    }
    index.relations.resize(d.count());
    key = 0;
    for (auto& r : index.relations) {
        r.key = key += d.signed_varint();
        std::uint64_t from = d.varint(), to = d.varint();
        if (from >= entity_count || to >= entity_count) return std::nullopt;
        r.from = static_cast<std::uint32_t>(from);
        r.to = static_cast<std::uint32_t>(to);
        std::uint64_t type = d.varint();
        r.type = d.id(type >> 1);
        r.unsupported = type & 1;
        r.first_published = d.day();
    }
    index.links.resize(d.count());
    for (auto& l : index.links) {
        std::uint64_t from = d.varint(), to = d.varint();
        if (from >= event_count || to >= event_count) return std::nullopt;
        l = {static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(to), d.id()};
    }
    if (!d.ok() || !d.at_end()) return std::nullopt;
    return index;
}

}  // namespace allegraph
