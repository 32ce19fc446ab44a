#include "graph/result.hpp"

namespace allegraph {

Error located_error(Location where, std::string field, std::string detail, ErrorCode code) {
    std::string message = where.file;
    // Appended piece by piece: GCC 12's -O3 warns falsely (-Wrestrict) about "text" + std::string&&.
    auto append = [&message](std::string_view separator, const std::string& text) {
        if (!message.empty()) message += separator;
        message += text;
    };
    if (where.line) {
        append(":", std::to_string(where.line));
        if (where.column) append(":", std::to_string(where.column));
    }
    auto part = [&append](const std::string& text) { append(": ", text); };
    if (!where.record.empty()) part(where.record);
    if (!field.empty()) part((where.tabular ? "column " : "") + field);
    part(detail);
    return Error{std::move(message), code, std::move(field), std::move(detail), std::move(where)};
}

Error placed_error(const Error& error, Location where) {
    return located_error(std::move(where), error.field, error.detail.empty() ? error.message : error.detail, error.code);
}

Error in_file(const Error& error, const std::string& file) {
    Location where = error.where;
    where.file = file;
    return placed_error(error, std::move(where));
}

}  // namespace allegraph
