// Privacy: how private persons (`public: false`) are shown. Unless the scope
// includes private entities, a private entity's id and name become placeholders
// and every name or alias of a private entity inside free text (quotes,
// summaries) becomes "[redacted]" — except where those words belong to a longer
// public name: a private "Motion Picture Arts" leaves "the Academy of Motion
// Picture Arts and Sciences" whole. Queries pass every row through it.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/public_names.hpp"
#include "queries/name_matcher.hpp"
#include "queries/rows.hpp"

namespace allegraph {

class Privacy {
public:
    // Loads the names and aliases of private entities (none when `include_private`).
    Privacy(SQLite::Database& db, bool include_private);

    // The entity as it may be shown.
    EntityRef entity(std::int64_t key, const std::string& id, const std::string& name, const std::string& kind,
                     bool is_public) const;

    // `text` with every occurrence of a private name or alias replaced by "[redacted]"
    // (case-insensitive), unless it lies inside an occurrence of a longer public name or
    // alias. Overlapping occurrences become one "[redacted]".
    std::string scrub(const std::string& text) const;

    bool include_private() const { return include_private_; }

    // The names and aliases of private entities, lowered; empty when they may be shown.
    const std::vector<std::string>& private_names() const { return names_; }

private:
    // Whether the private name at [start, end) of `lowered` (a text, lowered) lies inside an
    // occurrence of a longer public name or alias.
    bool inside_public_name(const std::string& lowered, std::size_t start, std::size_t end) const;

    // The public names and aliases, lowered, holding the words of `phrase`: asked of the store
    // once per phrase, and only for texts that hold a private name.
    const std::vector<std::string>& public_names_holding(const std::string& phrase) const;

    SQLite::Database& db_;
    bool include_private_;
    std::vector<std::string> names_;
    NameMatcher private_names_;  // matches names_
    mutable std::unique_ptr<PublicNames> public_names_;  // prepared on first need
    mutable std::unordered_map<std::string, std::vector<std::string>> public_names_by_phrase_;
};

}  // namespace allegraph
