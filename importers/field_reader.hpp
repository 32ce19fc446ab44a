// FieldReader: reads typed fields out of one JSON object of an import file and
// keeps the first thing wrong with them (where, which field, what), so a record
// converter reads every field plainly and checks failed() once at the end.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/date.hpp"
#include "importers/date_input.hpp"
#include "importers/json_tree.hpp"

namespace allegraph {

// What is wrong with a record: the byte offset of the bad value, the field path, and why.
struct FieldError {
    std::size_t offset = 0;
    std::string field;
    std::string message;
};

// Length limits: ids and names are short; free text may be long but not unbounded.
inline constexpr std::size_t kMaxIdBytes = 256;
inline constexpr std::size_t kMaxNameBytes = 4096;
inline constexpr std::size_t kMaxTextBytes = 1 << 20;

enum class Need { optional, required };

// Why `value` cannot be an id, a name or free text, or empty when it can. Every importer
// applies these same rules, whatever the format of its file.
std::string id_problem(std::string_view value);
std::string name_problem(std::string_view value);
std::string text_problem(std::string_view value);

class FieldReader {
public:
    // Reads fields of `object`; `path` prefixes field names in errors ("participants[2]").
    FieldReader(const JsonNode& object, std::string path = "");

    // An id: non-empty, no white space or control characters, at most kMaxIdBytes.
    std::string id(std::string_view key, Need need);
    // A short single-line text (names, titles): no control characters.
    std::string name(std::string_view key, Need need);
    // Free text (summaries, quotes, notes): line breaks and tabs allowed.
    std::string text(std::string_view key, Need need);
    // A word of `vocabulary`, in any case ("Expulsion" is expulsion); a miss names the nearest words.
    std::string word(std::string_view key, Need need, const std::vector<std::string_view>& vocabulary);
    // A date: EDTF, a date with a month name, or a numeric day-month date in the order set below
    // (importers/date_input.hpp); kept as its EDTF text.
    std::optional<Date> date(std::string_view key, Need need);
    // The order of numeric day-month dates (--date-format); unknown refuses them.
    void set_date_order(DayMonthOrder order) { date_order_ = order; }
    bool boolean(std::string_view key, bool fallback);
    std::optional<std::size_t> count(std::string_view key);
    // An array of names.
    std::vector<std::string> names(std::string_view key);
    // The objects of an array field, for nested readers; `need` requires at least one.
    std::vector<const JsonNode*> objects(std::string_view key, Need need);

    // Records an error on `key` unless one is already held.
    void fail(std::string_view key, std::string message, const JsonNode* at = nullptr);
    // Adopts the first error of a nested reader.
    void absorb(const FieldReader& nested);

    bool failed() const { return error_.has_value(); }
    const FieldError& error() const { return *error_; }
    const std::string& path() const { return path_; }
    const JsonNode& object() const { return object_; }

private:
    const JsonNode* string_field(std::string_view key, Need need, std::size_t limit);
    bool check_string(std::string_view key, const JsonNode& node, Need need, std::size_t limit);
    std::string field_name(std::string_view key) const;

    const JsonNode& object_;
    std::string path_;
    std::optional<FieldError> error_;
    DayMonthOrder date_order_ = DayMonthOrder::unknown;
};

}  // namespace allegraph
