// Privacy: how private persons (`public: false`) are shown. Unless the scope
// includes private entities, a private entity's id and name become placeholders
// and every name or alias of a private entity inside free text (quotes,
// summaries) becomes "[redacted]" — except where those words belong to a longer
// public name: a private "Motion Picture Arts" leaves "the Academy of Motion
// Picture Arts and Sciences" whole. Queries pass every row through it.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

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
    // The public names and aliases, lowered, that contain a private one and are longer: read
    // from the store the first time a text holds a private name.
    const NameMatcher& longer_public_names() const;

    SQLite::Database& db_;
    bool include_private_;
    std::vector<std::string> names_;
    NameMatcher private_names_;  // matches names_
    mutable std::optional<NameMatcher> longer_public_names_;
};

}  // namespace allegraph
