#include "exporters/palette.hpp"

#include "graph/vocabulary.hpp"

namespace allegraph {

namespace {

// Event nodes are not an entity kind: their shape is the palette's own.
constexpr std::string_view kEventDotShape = "box", kEventYedShape = "roundrectangle";
constexpr std::string_view kOtherEventFill = "#D9D9D9", kOtherFill = "#FFED6F", kOtherShape = "ellipse";

std::string_view or_else(const std::string* value, std::string_view fallback) {
    return value && !value->empty() ? std::string_view(*value) : fallback;
}

}  // namespace

std::string_view fill_colour(std::string_view kind, std::string_view event_category) {
    const Vocabulary& v = builtin_vocabulary();
    if (kind == "event") {
        const VocabularyEntry* category = v.event_category(event_category);
        return or_else(category ? &category->colour : nullptr, kOtherEventFill);
    }
    const VocabularyEntry* entry = v.entity_kind(kind);
    return or_else(entry ? &entry->colour : nullptr, kOtherFill);
}

std::string_view dot_shape(std::string_view kind) {
    if (kind == "event") return kEventDotShape;
    const VocabularyEntry* entry = builtin_vocabulary().entity_kind(kind);
    return or_else(entry ? &entry->dot_shape : nullptr, kOtherShape);
}

std::string_view yed_shape(std::string_view kind) {
    if (kind == "event") return kEventYedShape;
    const VocabularyEntry* entry = builtin_vocabulary().entity_kind(kind);
    return or_else(entry ? &entry->yed_shape : nullptr, kOtherShape);
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
