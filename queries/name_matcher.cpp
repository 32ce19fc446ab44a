#include "queries/name_matcher.hpp"

#include <algorithm>
#include <deque>

namespace allegraph {
namespace {

constexpr std::uint32_t kDenseDepth = 2;

std::uint64_t edge_key(std::int32_t node, unsigned char byte) {
    return (static_cast<std::uint64_t>(node) << 8) | byte;
}

}  // namespace

NameMatcher::NameMatcher(const std::vector<std::string>& names) : nodes_(1) {
    std::size_t bytes = 0;
    for (const auto& name : names) bytes += name.size();
    edges_.reserve(bytes);
    nodes_.reserve(bytes + 1);
    std::vector<std::vector<std::pair<unsigned char, std::int32_t>>> children(1);
    children.reserve(bytes + 1);
    for (const auto& name : names) {
        if (name.empty()) continue;
        std::int32_t node = 0;
        for (unsigned char byte : name) {
            std::int32_t next = child(node, byte);
            if (next < 0) {
                next = static_cast<std::int32_t>(nodes_.size());
                nodes_.emplace_back();
                nodes_.back().depth = nodes_[static_cast<std::size_t>(node)].depth + 1;
                children.emplace_back();
                edges_.emplace(edge_key(node, byte), next);
                children[static_cast<std::size_t>(node)].emplace_back(byte, next);
            }
            node = next;
        }
        nodes_[static_cast<std::size_t>(node)].length = static_cast<std::uint32_t>(name.size());
    }
    for (std::size_t node = 0; node < nodes_.size(); ++node) {
        if (nodes_[node].depth > kDenseDepth) continue;
        nodes_[node].dense = static_cast<std::int32_t>(dense_.size() / 256);
        dense_.resize(dense_.size() + 256, -1);
        for (auto [byte, c] : children[node]) dense_[static_cast<std::size_t>(nodes_[node].dense) * 256 + byte] = c;
    }
    // Breadth first, so every fail link points at a node already finished.
    std::deque<std::int32_t> queue;
    for (auto [byte, c] : children[0]) queue.push_back(c);
    nodes_[0].output = -1;
    while (!queue.empty()) {
        std::int32_t node = queue.front();
        queue.pop_front();
        Node& n = nodes_[static_cast<std::size_t>(node)];
        n.output = n.length ? node : nodes_[static_cast<std::size_t>(n.fail)].output;
        for (auto [byte, c] : children[static_cast<std::size_t>(node)]) {
            nodes_[static_cast<std::size_t>(c)].fail = node == 0 ? 0 : step(n.fail, byte);
            queue.push_back(c);
        }
    }
}

std::int32_t NameMatcher::child(std::int32_t node, unsigned char byte) const {
    if (std::int32_t row = nodes_[static_cast<std::size_t>(node)].dense; row >= 0)
        return dense_[static_cast<std::size_t>(row) * 256 + byte];
    auto found = edges_.find(edge_key(node, byte));
    return found == edges_.end() ? -1 : found->second;
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
