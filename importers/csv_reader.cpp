#include "importers/csv_reader.hpp"

#include <string_view>
#include <utility>

#include "graph/text.hpp"

namespace allegraph {
namespace {

constexpr std::size_t kBufferBytes = std::size_t{64} << 10;
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

Error error_at(std::size_t line, std::size_t column, std::string_view what) {
    return located_error(Location{"", line, column}, "", std::string(what));
}

bool ends_field(int c) { return c == ',' || c == '\r' || c == '\n'; }

}  // namespace

CsvReader::CsvReader(std::istream& in, std::size_t max_field_bytes)
    : in_(in), max_field_bytes_(max_field_bytes), buffer_(kBufferBytes) {
    refill();
    if (std::string_view(buffer_.data(), end_).starts_with(kByteOrderMark)) pos_ = kByteOrderMark.size();
}

Result<bool> CsvReader::next(CsvRecord& record) {
    record.fields.clear();
    while (skip_line_break()) {  // blank lines, and the LF of a CRLF that ended the last record
    }
    if (peek() == kEnd) return false;
    record.line = line_;
    for (;;) {
        CsvField field{{}, line_, column_};
        Result<void> read = peek() == '"' ? read_quoted(field) : read_unquoted(field);
        if (!read) return read.error();
        if (!is_valid_utf8(field.value)) return error_at(field.line, field.column, "invalid UTF-8 in field");
        record.fields.push_back(std::move(field));
        if (peek() != ',') break;
        advance();
    }
    if (peek() != kEnd && !skip_line_break())
        return error_at(line_, column_, "expected a comma or line break after the closing quote");
    return true;
}

// The byte at the read position, or kEnd once the input is exhausted.
int CsvReader::peek() {
    if (pos_ == end_) refill();
    return pos_ == end_ ? kEnd : static_cast<unsigned char>(buffer_[pos_]);
}

// Consumes the byte just peeked, keeping line_ and column_ on the next one.
void CsvReader::advance() {
    unsigned char c = static_cast<unsigned char>(buffer_[pos_++]);
    if (c == '\r' || (c == '\n' && !after_cr_)) {
        ++line_;
        column_ = 1;
    } else if (c != '\n' && (c & 0xC0) != 0x80) {
        ++column_;
    }
    after_cr_ = c == '\r';
}

// Consumes a CR or LF at the read position; false if there is none. The LF of a
// CRLF is left for the next call, which skips it as part of the same line break.
bool CsvReader::skip_line_break() {
    int c = peek();
    if (c != '\r' && c != '\n') return false;
    advance();
    return true;
}

void CsvReader::refill() {
    in_.read(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    pos_ = 0;
    end_ = static_cast<std::size_t>(in_.gcount());
}

// Reads from the opening quote through the closing one.
Result<void> CsvReader::read_quoted(CsvField& field) {
    advance();
    for (;;) {
        int c = peek();
        if (c == kEnd) return error_at(field.line, field.column, "unterminated quoted field");
        if (c == '"') {
            advance();
            if (peek() != '"') return {};
        }
        Result<void> taken = take(field, c);
        if (!taken) return taken;
    }
}

// Reads up to the next comma, line break or end of input.
Result<void> CsvReader::read_unquoted(CsvField& field) {
    for (int c = peek(); c != kEnd && !ends_field(c); c = peek()) {
        if (c == '"') return error_at(line_, column_, "quote inside an unquoted field");
        Result<void> taken = take(field, c);
        if (!taken) return taken;
    }
    return {};
}

// Appends byte `c` (the one at the read position) to the field and consumes it.
Result<void> CsvReader::take(CsvField& field, int c) {
    if (c == '\0') return error_at(line_, column_, "NUL byte in field");
    if (field.value.size() == max_field_bytes_)
        return error_at(field.line, field.column, "field longer than " + std::to_string(max_field_bytes_) + " bytes");
    field.value.push_back(static_cast<char>(c));
    advance();
    return {};
}

}  // namespace allegraph
