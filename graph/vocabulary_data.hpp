// The vocabulary document, data/vocabulary.json, compiled in: cmake/vocabulary_data.cmake checks it
// and generates the definitions at build time. graph/vocabulary.hpp is the interface the rest of the
// code uses; only graph/vocabulary.cpp reads these tables.
#pragma once

#include <span>
#include <string_view>

namespace allegraph::vocabulary_data {

struct EventType {
    std::string_view type;
    std::string_view category;
};

struct RelationType {
    std::string_view type;
    bool symmetric;
};

// Each list in the document's order.
extern const std::span<const std::string_view> entity_kinds;
extern const std::span<const std::string_view> organization_categories;
extern const std::span<const std::string_view> event_categories;
extern const std::span<const std::string_view> roles;
extern const std::span<const std::string_view> statuses;
extern const std::span<const std::string_view> link_types;
extern const std::span<const std::string_view> allegation_natures;
extern const std::span<const EventType> event_types;
extern const std::span<const RelationType> relation_types;

}  // namespace allegraph::vocabulary_data
