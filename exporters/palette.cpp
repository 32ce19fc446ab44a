#include "exporters/palette.hpp"

namespace allegraph {

std::string_view fill_colour(std::string_view kind, std::string_view event_category) {
    if (kind == "event") {
        if (event_category == "allegation") return "#FB8072";
        if (event_category == "response") return "#80B1D3";
        if (event_category == "legal") return "#BEBADA";
        if (event_category == "media") return "#FDB462";
        if (event_category == "campaign") return "#B3DE69";
        return "#D9D9D9";
    }
    if (kind == "person") return "#FFFFB3";
    if (kind == "organization") return "#8DD3C7";
    if (kind == "work") return "#FCCDE5";
    if (kind == "campaign") return "#CCEBC5";
    return "#FFED6F";
}

std::string_view dot_shape(std::string_view kind) {
    if (kind == "event") return "box";
    if (kind == "organization") return "hexagon";
    if (kind == "work") return "note";
    if (kind == "campaign") return "octagon";
    if (kind == "group") return "box3d";
    return "ellipse";
}

std::string_view yed_shape(std::string_view kind) {
    if (kind == "event") return "roundrectangle";
    if (kind == "organization") return "hexagon";
    if (kind == "work") return "rectangle";
    if (kind == "campaign") return "octagon";
    if (kind == "group") return "ellipse";
    return "ellipse";
}

std::string_view border_mark(bool unreviewed, bool unsupported) {
    if (unreviewed) return "dashed";
    if (unsupported) return "dotted";
    return "";
}

std::string wrap_label(std::string_view text, std::size_t width) {
    std::string out;
    std::size_t line = 0;
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t space = text.find(' ', at);
        std::string_view word = text.substr(at, space == std::string_view::npos ? std::string_view::npos : space - at);
        if (line > 0 && line + 1 + word.size() > width) {
            out += '\n';
            line = 0;
        } else if (line > 0) {
            out += ' ';
            ++line;
        }
        out.append(word);
        line += word.size();
        if (space == std::string_view::npos) break;
        at = space + 1;
    }
    return out;
}

}  // namespace allegraph
