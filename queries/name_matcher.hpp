// NameMatcher: finds every occurrence of any of many names in a text in one pass
// (Aho-Corasick over bytes). Privacy scrubs each quote and summary of every private
// name; an archive holds thousands of private persons, and searching for each name
// in turn made a hub's timeline take minutes. Hand-written: Debian packages no C++
// multi-pattern matcher, and ICU's regex over a 6,000-way alternation is far slower.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace allegraph {

class NameMatcher {
public:
    // Builds the matcher for `names`, matched byte for byte (lower both sides for a
    // case-insensitive match). Empty names are ignored.
    explicit NameMatcher(const std::vector<std::string>& names);

    // The spans [start, end) where names occur in `text`, leftmost first, the longest
    // name at each start, never overlapping.
    std::vector<std::pair<std::size_t, std::size_t>> find_all(std::string_view text) const;

    // Every occurrence [start, end) of every name in `text`, overlapping ones included,
    // sorted by start, then longest first.
    std::vector<std::pair<std::size_t, std::size_t>> find_every(std::string_view text) const;

    bool empty() const { return nodes_.size() == 1; }

private:
    struct Node {
        std::int32_t fail = 0;
        std::int32_t output = -1;     // the nearest node on the fail chain (itself included) ending a name
        std::uint32_t length = 0;     // the length of the name ending here, 0 if none
        std::int32_t dense = -1;      // its row in dense_, for the shallow nodes a scan visits most
        std::uint32_t depth = 0;
    };
    void build_trie(std::vector<std::string_view> names);
    void link_failures();
    std::int32_t child(std::int32_t node, unsigned char byte) const;
    std::int32_t step(std::int32_t node, unsigned char byte) const;

    std::vector<Node> nodes_;
    std::vector<std::uint32_t> child_start_;  // node n's children are [child_start_[n], child_start_[n + 1]) of:
    std::vector<unsigned char> child_bytes_;  // every node's children's bytes, by node, then byte
    std::vector<std::int32_t> child_nodes_;
    std::vector<std::int32_t> dense_;         // 256 children (-1: none) per shallow node
};

}  // namespace allegraph
