// The names of the fact kinds (graph/fact_image.hpp); the images themselves are the engine's
// (graph/sql/fact_images.cpp).
#include "graph/fact_image.hpp"

#include <array>

namespace allegraph {

std::string_view fact_kind_name(FactKind kind) {
    static constexpr std::array<std::string_view, 5> kNames = {"source", "entity", "event", "relation", "vocabulary"};
    return kNames[static_cast<std::size_t>(kind)];
}

std::optional<FactKind> fact_kind_named(std::string_view name) {
    for (FactKind kind : {FactKind::source, FactKind::entity, FactKind::event, FactKind::relation, FactKind::vocabulary})
        if (fact_kind_name(kind) == name) return kind;
    return std::nullopt;
}

}  // namespace allegraph
