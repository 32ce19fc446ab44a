// CsvReader: a streaming RFC 4180 reader that hands out one record at a time,
// each field with the line and column where it starts, so that importers can
// report `line:column` for a wrong value. Besides RFC 4180 it accepts LF and lone
// CR line breaks, a UTF-8 byte order mark at the start and skips blank lines; it
// refuses invalid UTF-8, NUL bytes and fields longer than a limit. It does not
// check that records have the same number of fields: that is the importer's job.
// Written here: Debian's libfccp-dev fixes the column count at compile time and throws; libcsv-dev has no positions.
#pragma once

#include <cstddef>
#include <istream>
#include <string>
#include <vector>

#include "graph/result.hpp"

namespace allegraph {

inline constexpr std::size_t kMaxCsvFieldBytes = std::size_t{1} << 20;

struct CsvField {
    std::string value;   // unquoted, with "" turned into "; line breaks inside quotes kept as they are
    std::size_t line;    // 1-based line of the field's first character, or of its opening quote
    std::size_t column;  // 1-based column, in code points, of the same character
};

struct CsvRecord {
    std::vector<CsvField> fields;
    std::size_t line;  // the line the record starts on
};

class CsvReader {
public:
    // Reads from `in`; a field longer than `max_field_bytes` bytes is an error.
    // A read failure of `in` ends the input early: check in.bad() after next() returns false.
    explicit CsvReader(std::istream& in, std::size_t max_field_bytes = kMaxCsvFieldBytes);

    // Reads the next record into `record`: true if one was read, false at the end of input,
    // or an error "LINE:COLUMN: what is wrong". Do not call next() again after an error.
    Result<bool> next(CsvRecord& record);

private:
    static constexpr int kEnd = -1;

    int peek();
    void advance();
    bool skip_line_break();
    void refill();
    Result<void> read_quoted(CsvField& field);
    Result<void> read_unquoted(CsvField& field);
    Result<void> take(CsvField& field, int c);

    std::istream& in_;
    std::size_t max_field_bytes_;
    std::vector<char> buffer_;
    std::size_t pos_ = 0;  // next byte of buffer_ to read
    std::size_t end_ = 0;  // bytes of buffer_ filled
    std::size_t line_ = 1;
    std::size_t column_ = 1;  // in code points, of the byte at pos_
    bool after_cr_ = false;   // the last byte consumed was a CR, so an LF now ends no new line
};

}  // namespace allegraph
