// Redaction: what the engine's reads need of privacy (queries/privacy.hpp) to build rows that are
// already redacted — how an entity may be shown and what free text may say. The graph library
// reads through this interface so that it never depends on the query layer that implements it.
#pragma once

#include <cstdint>
#include <string>

#include "graph/rows.hpp"

namespace allegraph {

class Redaction {
public:
    // The entity as it may be shown: a placeholder id and name when it is private and hidden.
    virtual EntityRef entity(std::int64_t key, const std::string& id, const std::string& name, const std::string& kind,
                             bool is_public) const = 0;

    // `text` with every hidden name in it replaced by "[redacted]".
    virtual std::string scrub(const std::string& text) const = 0;

protected:
    ~Redaction() = default;
};

}  // namespace allegraph
