#include "importers/column_mapping.hpp"

#include "graph/text.hpp"
#include "graph/vocabulary.hpp"
#include "importers/file_text.hpp"

namespace allegraph {
namespace {

Error usage(std::string message) { return Error{std::move(message), ErrorCode::usage}; }

std::string trimmed(const std::string& text) {
    std::size_t first = text.find_first_not_of(" \t\r");
    if (first == std::string::npos) return "";
    return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

// "HEADER=COLUMN": their header and our column.
Result<void> add_column(ColumnMapping& mapping, const std::string& pair, const std::string& where,
                        const std::vector<std::string_view>& ours) {
    std::size_t equals = pair.rfind('=');
    std::string column = equals == std::string::npos ? "" : trimmed(pair.substr(equals + 1));
    auto word = vocabulary_word(ours, column);
    if (equals == std::string::npos || trimmed(pair.substr(0, equals)).empty() || !word)
        return usage(where + in_quotes(pair) + " is not HEADER=COLUMN with COLUMN one of: " + join_vocabulary(ours));
    mapping.columns[fold_key(trimmed(pair.substr(0, equals)))] = std::string(*word);
    mapping.written[fold_key(trimmed(pair.substr(0, equals)))] = std::string(trimmed(pair.substr(0, equals)));
    return {};
}

// "COLUMN:THEIRS=OURS": a value of one column.
Result<void> add_value(ColumnMapping& mapping, const std::string& spec, const std::string& where) {
    std::size_t colon = spec.find(':');
    std::size_t equals = spec.rfind('=');
    if (colon == std::string::npos || equals == std::string::npos || equals < colon || trimmed(spec.substr(0, colon)).empty() ||
        trimmed(spec.substr(colon + 1, equals - colon - 1)).empty())
        return usage(where + in_quotes(spec) + " is not COLUMN:THEIR VALUE=OUR VALUE (e.g. 'Action:Fired=firing')");
    mapping.written[fold_key(trimmed(spec.substr(0, colon)))] = std::string(trimmed(spec.substr(0, colon)));
    mapping.values[fold_key(trimmed(spec.substr(0, colon)))][fold_key(trimmed(spec.substr(colon + 1, equals - colon - 1)))] =
        trimmed(spec.substr(equals + 1));
    return {};
}

}  // namespace

std::optional<std::string> ColumnMapping::value_for(const std::string& ours, const std::string& theirs,
                                                    const std::string& value) const {
    const std::string key = fold_key(value);
    for (const auto& column : {fold_key(theirs), ours}) {
        auto in_column = values.find(column);
        if (in_column == values.end()) continue;
        auto found = in_column->second.find(key);
        if (found != in_column->second.end()) return found->second;
    }
    return std::nullopt;
}

Result<ColumnMapping> read_column_mapping(const std::string& column_map, const std::vector<std::string>& value_maps,
                                          const std::string& map_file, const std::vector<std::string_view>& ours) {
    ColumnMapping mapping;
    std::size_t from = 0;
    while (from < column_map.size()) {
        std::size_t comma = column_map.find(',', from);
        std::string pair = column_map.substr(from, comma == std::string::npos ? std::string::npos : comma - from);
        if (auto added = add_column(mapping, pair, "--map: ", ours); !added) return added.error();
        if (comma == std::string::npos) break;
        from = comma + 1;
    }
    for (const auto& spec : value_maps)
        if (auto added = add_value(mapping, spec, "--map-value: "); !added) return added.error();
    if (map_file.empty()) return mapping;
    auto text = read_file(map_file);
    if (!text) return usage("--map-file: " + text.error().message);
    if (!is_valid_utf8(*text)) return usage(map_file + ": not valid UTF-8");
    std::size_t line_number = 0;
    for (std::size_t at = 0; at <= text->size();) {
        std::size_t end = text->find('\n', at);
        std::string line = trimmed(text->substr(at, end == std::string::npos ? std::string::npos : end - at));
        ++line_number;
        at = end == std::string::npos ? text->size() + 1 : end + 1;
        if (line.empty() || line[0] == '#') continue;
        std::string where = map_file + ":" + std::to_string(line_number) + ": ";
        std::size_t colon = line.find(':'), equals = line.rfind('=');
        auto added = colon != std::string::npos && equals != std::string::npos && colon < equals
                         ? add_value(mapping, line, where)
                         : add_column(mapping, line, where, ours);
        if (!added) return added.error();
    }
    return mapping;
}

}  // namespace allegraph
