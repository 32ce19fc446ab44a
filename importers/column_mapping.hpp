// ColumnMapping: a desk's own spreadsheet read in our terms without editing it — which of its
// columns is which of ours (--map 'Org=actor,Action=type') and which of its words mean which of ours
// (--map-value 'Action:Fired=firing', repeatable), given on the command line or as a mapping file
// (--map-file) of the same lines, one per line, with # comments:
//     Org=actor
//     Action:Suspended / Leave=suspension
// Headers, columns and values compare folded (case, accents and spacing aside).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "graph/result.hpp"

namespace allegraph {

struct ColumnMapping {
    std::map<std::string, std::string> columns;  // their header, folded -> our column
    // A column (their header or ours), folded -> their value, folded -> our value.
    std::map<std::string, std::map<std::string, std::string>> values;
    std::map<std::string, std::string> written;  // a folded column name -> as the mapping wrote it

    // Our value for `value` in the column `ours` (their header `theirs`), or nullopt when unmapped.
    std::optional<std::string> value_for(const std::string& ours, const std::string& theirs, const std::string& value) const;
};

// Reads the three sources of a mapping; errors (usage errors: ErrorCode::usage) name the option or
// the file and line. `our_columns` are the columns a mapping may name.
Result<ColumnMapping> read_column_mapping(const std::string& column_map, const std::vector<std::string>& value_maps,
                                          const std::string& map_file, const std::vector<std::string_view>& our_columns);

}  // namespace allegraph
