// Palette: the shape and colour of a node by what it is, shared by the DOT and
// yEd exports so pictures of the same case look alike. Colours are from
// ColorBrewer's Set3/Set1, readable with black labels.
#pragma once

#include <string_view>

namespace allegraph {

// A fill colour "#RRGGBB" for an entity kind, or for an event by its category.
std::string_view fill_colour(std::string_view kind, std::string_view event_category);

// A Graphviz shape name; yEd uses the same names where it has them.
std::string_view dot_shape(std::string_view kind);
std::string_view yed_shape(std::string_view kind);

}  // namespace allegraph
