#include "queries/name_matcher.hpp"

#include <algorithm>
#include <deque>

namespace allegraph {
namespace {

constexpr std::uint32_t kDenseDepth = 2;

}  // namespace

NameMatcher::NameMatcher(const std::vector<std::string>& names) {
    std::vector<std::string_view> sorted(names.begin(), names.end());
    std::erase_if(sorted, [](std::string_view name) { return name.empty(); });
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    build_trie(std::move(sorted));
    link_failures();
}

void NameMatcher::build_trie(std::vector<std::string_view> names) {
    // In sorted order a name shares no longer a prefix with any earlier name than with the one just
    // before it, so the nodes it adds hang below that name's path: inserting needs no child lookup.
    struct Edge {
        std::int32_t parent;
        unsigned char byte;
        std::int32_t child;
    };
    std::vector<Edge> edges;
    nodes_.assign(1, Node{});
    std::vector<std::int32_t> path{0};  // the previous name's nodes, by depth
    std::string_view previous;
    for (std::string_view name : names) {
        const auto common = static_cast<std::size_t>(
            std::mismatch(name.begin(), name.end(), previous.begin(), previous.end()).first - name.begin());
        path.resize(common + 1);
        for (std::size_t depth = common; depth < name.size(); ++depth) {
            const auto node = static_cast<std::int32_t>(nodes_.size());
            nodes_.emplace_back().depth = static_cast<std::uint32_t>(depth + 1);
            edges.push_back({path.back(), static_cast<unsigned char>(name[depth]), node});
            path.push_back(node);
        }
        nodes_[static_cast<std::size_t>(path.back())].length = static_cast<std::uint32_t>(name.size());
        previous = name;
    }
    // Children grouped by parent (a counting sort, stable: each parent's children came in byte order).
    child_start_.assign(nodes_.size() + 1, 0);
    for (const Edge& edge : edges) ++child_start_[static_cast<std::size_t>(edge.parent) + 1];
    for (std::size_t node = 0; node < nodes_.size(); ++node) child_start_[node + 1] += child_start_[node];
    child_bytes_.resize(edges.size());
    child_nodes_.resize(edges.size());
    std::vector<std::uint32_t> next(child_start_.begin(), child_start_.end() - 1);
    for (const Edge& edge : edges) {
        const std::uint32_t at = next[static_cast<std::size_t>(edge.parent)]++;
        child_bytes_[at] = edge.byte;
        child_nodes_[at] = edge.child;
    }
}

void NameMatcher::link_failures() {
    for (std::size_t node = 0; node < nodes_.size(); ++node) {
        if (nodes_[node].depth > kDenseDepth) continue;
        nodes_[node].dense = static_cast<std::int32_t>(dense_.size() / 256);
        dense_.resize(dense_.size() + 256, -1);
        for (std::uint32_t at = child_start_[node]; at < child_start_[node + 1]; ++at)
            dense_[static_cast<std::size_t>(nodes_[node].dense) * 256 + child_bytes_[at]] = child_nodes_[at];
    }
    // Breadth first, so every fail link points at a node already finished.
    std::deque<std::int32_t> queue;
    for (std::uint32_t at = child_start_[0]; at < child_start_[1]; ++at) queue.push_back(child_nodes_[at]);
    while (!queue.empty()) {
        const std::int32_t node = queue.front();
        queue.pop_front();
        Node& n = nodes_[static_cast<std::size_t>(node)];
        n.output = n.length ? node : nodes_[static_cast<std::size_t>(n.fail)].output;
        const auto from = static_cast<std::size_t>(node);
        for (std::uint32_t at = child_start_[from]; at < child_start_[from + 1]; ++at) {
            const std::int32_t c = child_nodes_[at];
            nodes_[static_cast<std::size_t>(c)].fail = node == 0 ? 0 : step(n.fail, child_bytes_[at]);
            queue.push_back(c);
        }
    }
}

std::int32_t NameMatcher::child(std::int32_t node, unsigned char byte) const {
    const auto at = static_cast<std::size_t>(node);
    if (std::int32_t row = nodes_[at].dense; row >= 0) return dense_[static_cast<std::size_t>(row) * 256 + byte];
    const auto first = child_bytes_.begin() + child_start_[at], last = child_bytes_.begin() + child_start_[at + 1];
    const auto found = std::lower_bound(first, last, byte);
    return found != last && *found == byte ? child_nodes_[static_cast<std::size_t>(found - child_bytes_.begin())] : -1;
}

std::int32_t NameMatcher::step(std::int32_t node, unsigned char byte) const {
    for (;;) {
        if (std::int32_t next = child(node, byte); next >= 0) return next;
        if (node == 0) return 0;
        node = nodes_[static_cast<std::size_t>(node)].fail;
    }
}

std::vector<std::pair<std::size_t, std::size_t>> NameMatcher::find_every(std::string_view text) const {
    std::vector<std::pair<std::size_t, std::size_t>> found;
    std::int32_t node = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        node = step(node, static_cast<unsigned char>(text[i]));
        for (std::int32_t out = nodes_[static_cast<std::size_t>(node)].output; out > 0;
             out = nodes_[static_cast<std::size_t>(nodes_[static_cast<std::size_t>(out)].fail)].output) {
            std::size_t length = nodes_[static_cast<std::size_t>(out)].length;
            found.emplace_back(i + 1 - length, i + 1);
        }
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : a.second > b.second;
    });
    return found;
}

std::vector<std::pair<std::size_t, std::size_t>> NameMatcher::find_all(std::string_view text) const {
    std::vector<std::pair<std::size_t, std::size_t>> chosen;
    for (const auto& span : find_every(text))
        if (chosen.empty() || span.first >= chosen.back().second) chosen.push_back(span);
    return chosen;
}

}  // namespace allegraph
