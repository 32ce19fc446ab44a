// Palette: the shape and colour of a node by what it is, and the marks an editor must
// see, shared by the DOT and yEd exports so pictures of the same case look alike.
// Colours (ColorBrewer's Set3/Set1, readable with black labels) and entity shapes are the
// vocabulary document's (data/vocabulary.json: event_categories and entity_kinds).
#pragma once

#include <string>
#include <string_view>

namespace allegraph {

// A fill colour "#RRGGBB" for an entity kind, or for an event by its category.
std::string_view fill_colour(std::string_view kind, std::string_view event_category);

// A Graphviz shape name; yEd uses the same names where it has them.
std::string_view dot_shape(std::string_view kind);
std::string_view yed_shape(std::string_view kind);

// The border that marks a node or edge: "dashed" for an unreviewed candidate, "dotted" for a
// fact every source of which was retracted, "" for neither.
std::string_view border_mark(bool unreviewed, bool unsupported);

// The fill of a private person shown without a name.
inline constexpr std::string_view kRedactedFill = "#DDDDDD";

// A label broken into lines of about `width` characters at spaces, for boxes of a picture.
std::string wrap_label(std::string_view text, std::size_t width);

}  // namespace allegraph
