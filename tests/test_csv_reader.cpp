#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

#include "importers/csv_reader.hpp"

using namespace allegraph;
using namespace std::string_literals;

namespace {

using Rows = std::vector<std::vector<std::string>>;

// The records read from `text` up to the end or the first error, and that error's message.
struct Parsed {
    std::vector<CsvRecord> records;
    std::string error;
};

Parsed read_all(std::istream& in, std::size_t limit = kMaxCsvFieldBytes) {
    CsvReader reader(in, limit);
    Parsed parsed;
    CsvRecord record;
    for (;;) {
        Result<bool> more = reader.next(record);
        if (!more) {
            parsed.error = more.error().message;
            return parsed;
        }
        if (!*more) return parsed;
        parsed.records.push_back(record);
    }
}

Parsed read_all(const std::string& text, std::size_t limit = kMaxCsvFieldBytes) {
    std::istringstream in(text);
    return read_all(in, limit);
}

Rows rows(const Parsed& parsed) {
    Rows out;
    for (const CsvRecord& record : parsed.records) {
        out.emplace_back();
        for (const CsvField& field : record.fields) out.back().push_back(field.value);
    }
    return out;
}

std::vector<std::size_t> lines(const Parsed& parsed) {
    std::vector<std::size_t> out;
    for (const CsvRecord& record : parsed.records) out.push_back(record.line);
    return out;
}

// The field values of `text`, which must read without error.
Rows read_rows(const std::string& text, std::size_t limit = kMaxCsvFieldBytes) {
    Parsed parsed = read_all(text, limit);
    REQUIRE_MESSAGE(parsed.error.empty(), parsed.error);
    return rows(parsed);
}

// The error reading `text` must end with.
std::string read_error(const std::string& text, std::size_t limit = kMaxCsvFieldBytes) {
    Parsed parsed = read_all(text, limit);
    REQUIRE_FALSE(parsed.error.empty());
    return parsed.error;
}

// `prefix` then `fill` bytes up to `total` bytes, made as they are read; counts the bytes handed out.
class GeneratedInput : public std::streambuf {
public:
    GeneratedInput(std::string prefix, char fill, std::size_t total)
        : prefix_(std::move(prefix)), fill_(fill), total_(total), chunk_(4096) {}
    std::size_t served() const { return served_; }

protected:
    int_type underflow() override {
        if (served_ == total_) return traits_type::eof();
        std::size_t n = std::min(chunk_.size(), total_ - served_);
        for (std::size_t i = 0; i < n; ++i, ++served_)
            chunk_[i] = served_ < prefix_.size() ? prefix_[served_] : fill_;
        setg(chunk_.data(), chunk_.data(), chunk_.data() + n);
        return traits_type::to_int_type(chunk_[0]);
    }

private:
    std::string prefix_;
    char fill_;
    std::size_t total_;
    std::size_t served_ = 0;
    std::vector<char> chunk_;
};

}  // namespace

TEST_CASE("RFC 4180 rule 1: each record ends with CRLF") {
    Parsed parsed = read_all("aaa,bbb,ccc\r\nzzz,yyy,xxx\r\n");
    CHECK(parsed.error == "");
    CHECK(rows(parsed) == Rows{{"aaa", "bbb", "ccc"}, {"zzz", "yyy", "xxx"}});
    CHECK(lines(parsed) == std::vector<std::size_t>{1, 2});
}

TEST_CASE("RFC 4180 rule 2: the last record may have no line break") {
    CHECK(read_rows("aaa,bbb,ccc\r\nzzz,yyy,xxx") == Rows{{"aaa", "bbb", "ccc"}, {"zzz", "yyy", "xxx"}});
    CHECK(read_rows("a") == Rows{{"a"}});
}

TEST_CASE("RFC 4180 rule 3: a header line is read as an ordinary record") {
    CHECK(read_rows("name,born\r\nAda,1815\r\n") == Rows{{"name", "born"}, {"Ada", "1815"}});
}

TEST_CASE("RFC 4180 rule 4: commas separate fields, spaces belong to them, no comma after the last") {
    CHECK(read_rows(" a , b ,c") == Rows{{" a ", " b ", "c"}});
    CHECK(read_rows("a,b,c\n").at(0).size() == 3);
}

TEST_CASE("RFC 4180 rule 5: fields may be quoted; an unquoted field may not hold a quote") {
    CHECK(read_rows("\"aaa\",\"bbb\",ccc\r\n") == Rows{{"aaa", "bbb", "ccc"}});
    CHECK(read_error("aaa,b\"bb,ccc") == "1:6: quote inside an unquoted field");
}

TEST_CASE("RFC 4180 rule 6: quoted fields hold line breaks, quotes and commas") {
    Parsed parsed = read_all("\"aaa\",\"b\r\nbb\",\"c,cc\"\r\nzzz,yyy,xxx\r\n");
    CHECK(rows(parsed) == Rows{{"aaa", "b\r\nbb", "c,cc"}, {"zzz", "yyy", "xxx"}});
    CHECK(lines(parsed) == std::vector<std::size_t>{1, 3});
    const CsvField& third = parsed.records.at(0).fields.at(2);
    CHECK(third.line == 2);
    CHECK(third.column == 5);
}

TEST_CASE("RFC 4180 rule 7: a quote inside a quoted field is doubled") {
    CHECK(read_rows("\"aaa\",\"b\"\"bb\",\"ccc\"") == Rows{{"aaa", "b\"bb", "ccc"}});
    CHECK(read_rows("\"\"\"\"") == Rows{{"\""}});
    CHECK(read_rows("\"\",x") == Rows{{"", "x"}});
    CHECK(read_error("\"a\"\"") == "1:1: unterminated quoted field");
}

TEST_CASE("fields know their line and column") {
    Parsed parsed = read_all("a,bb,,\"d\"\nx");
    const std::vector<CsvField>& fields = parsed.records.at(0).fields;
    REQUIRE(fields.size() == 4);
    CHECK(fields[1].column == 3);
    CHECK(fields[2].column == 6);
    CHECK(fields[3].column == 7);
    CHECK(parsed.records.at(1).fields.at(0).line == 2);
    CHECK(parsed.records.at(1).fields.at(0).column == 1);
}

TEST_CASE("empty fields are kept, a trailing comma included") {
    CHECK(read_rows("a,,b") == Rows{{"a", "", "b"}});
    CHECK(read_rows("a,\r\nb") == Rows{{"a", ""}, {"b"}});
    CHECK(read_rows(",") == Rows{{"", ""}});
    CHECK(read_rows("a\n\"\"\nb") == Rows{{"a"}, {""}, {"b"}});
}

TEST_CASE("blank lines are skipped and still counted") {
    Parsed parsed = read_all("\n\r\na\n\n\rb\r\n\r\n");
    CHECK(rows(parsed) == Rows{{"a"}, {"b"}});
    CHECK(lines(parsed) == std::vector<std::size_t>{3, 6});
    CHECK(read_all("").records.empty());
    CHECK(read_all("\r\n\n\r").records.empty());
}

TEST_CASE("CRLF, LF and lone CR end records, mixed in one file") {
    Parsed parsed = read_all("a\r\nb\nc\rd\n\re\r");
    CHECK(rows(parsed) == Rows{{"a"}, {"b"}, {"c"}, {"d"}, {"e"}});
    CHECK(lines(parsed) == std::vector<std::size_t>{1, 2, 3, 4, 6});
}

TEST_CASE("line breaks inside quotes move the following fields and records down") {
    Parsed parsed = read_all("\"1\n2\",\"3\r4\",\"5\r\n6\"\nnext,\"x\"\r\nlast");
    CHECK(rows(parsed) == Rows{{"1\n2", "3\r4", "5\r\n6"}, {"next", "x"}, {"last"}});
    CHECK(lines(parsed) == std::vector<std::size_t>{1, 5, 6});
    const std::vector<CsvField>& fields = parsed.records.at(0).fields;
    CHECK(fields.at(1).line == 2);
    CHECK(fields.at(1).column == 4);
    CHECK(fields.at(2).line == 3);
    CHECK(fields.at(2).column == 4);
    CHECK(parsed.records.at(1).fields.at(1).column == 6);
}

TEST_CASE("a byte order mark at the start is skipped and takes no column") {
    Parsed parsed = read_all("\xEF\xBB\xBFid,name\r\n1,x");
    CHECK(rows(parsed) == Rows{{"id", "name"}, {"1", "x"}});
    CHECK(parsed.records.at(0).fields.at(0).column == 1);
    CHECK(parsed.records.at(0).fields.at(1).column == 4);
    CHECK(read_rows("a\n\xEF\xBB\xBF" "b") == Rows{{"a"}, {"\xEF\xBB\xBF" "b"}});
    CHECK(read_all("\xEF\xBB\xBF").records.empty());
    CHECK(read_error("\xEF\xBB" "a") == "1:1: invalid UTF-8 in field");
}

TEST_CASE("non-Latin text is kept and columns count code points") {
    Parsed parsed = read_all("Владимир,Путин\n東京,\"大阪, 日本\"\n🙂,عربي");
    CHECK(rows(parsed) == Rows{{"Владимир", "Путин"}, {"東京", "大阪, 日本"}, {"🙂", "عربي"}});
    CHECK(parsed.records.at(0).fields.at(1).column == 10);
    CHECK(parsed.records.at(1).fields.at(1).column == 4);
    CHECK(parsed.records.at(2).fields.at(1).column == 3);
    CHECK(read_error("Ελλάδα,ab\"c") == "1:10: quote inside an unquoted field");
}

TEST_CASE("an unterminated quoted field is located at its opening quote") {
    CHECK(read_error("a,b\n\"open,\nmore") == "2:1: unterminated quoted field");
    CHECK(read_error("日本,\"x") == "1:4: unterminated quoted field");
    CHECK(read_error("\"") == "1:1: unterminated quoted field");
}

TEST_CASE("a quote inside an unquoted field is located") {
    CHECK(read_error("ab\"c") == "1:3: quote inside an unquoted field");
    CHECK(read_error("x\r\n\"ok\",a\"") == "2:7: quote inside an unquoted field");
}

TEST_CASE("only a comma or a line break may follow a closing quote") {
    CHECK(read_error("\"ab\"c") == "1:5: expected a comma or line break after the closing quote");
    CHECK(read_error("\"ab\" ,x") == "1:5: expected a comma or line break after the closing quote");
    CHECK(read_error("\"a\nb\"x") == "2:3: expected a comma or line break after the closing quote");
}

TEST_CASE("invalid UTF-8 is located at the field") {
    CHECK(read_error("ok,\xC3\x28") == "1:4: invalid UTF-8 in field");
    CHECK(read_error("\xC0\xAF") == "1:1: invalid UTF-8 in field");
    CHECK(read_error("a,\x80") == "1:3: invalid UTF-8 in field");
    CHECK(read_error("\xED\xA0\x80") == "1:1: invalid UTF-8 in field");
    CHECK(read_error("x\n\"line\n\xFF\"") == "2:1: invalid UTF-8 in field");
}

TEST_CASE("a NUL byte is located") {
    CHECK(read_error("ab\0c"s) == "1:3: NUL byte in field");
    CHECK(read_error("\"a\nb\0\""s) == "2:2: NUL byte in field");
}

TEST_CASE("records before an error are still returned") {
    Parsed parsed = read_all("ok\nab\"c\nnever");
    CHECK(rows(parsed) == Rows{{"ok"}});
    CHECK(parsed.error == "2:3: quote inside an unquoted field");
}

TEST_CASE("a record is refilled, not appended to, and the end stays the end") {
    std::istringstream in("a,b,c\nd");
    CsvReader reader(in);
    CsvRecord record;
    REQUIRE(reader.next(record).value());
    REQUIRE(reader.next(record).value());
    CHECK(record.fields.size() == 1);
    CHECK(record.line == 2);
    Result<bool> end = reader.next(record);
    REQUIRE(end.ok());
    CHECK_FALSE(end.value());
    CHECK(record.fields.empty());
    CHECK_FALSE(reader.next(record).value());
}

TEST_CASE("the field length limit counts bytes of the value") {
    CHECK(read_rows("abcd,x", 4) == Rows{{"abcd", "x"}});
    CHECK(read_error("abcde", 4) == "1:1: field longer than 4 bytes");
    CHECK(read_error("x,\"ab\ncde\"", 4) == "1:3: field longer than 4 bytes");
    CHECK(read_rows("\"\"\"\"\"\"\"\"\"\"", 4) == Rows{{"\"\"\"\""}});
    CHECK(read_rows("éé", 4) == Rows{{"éé"}});
    CHECK(read_error("ééé", 4) == "1:1: field longer than 4 bytes");
    CHECK(read_rows(std::string(kMaxCsvFieldBytes, 'x')).at(0).at(0).size() == kMaxCsvFieldBytes);
    CHECK(read_error(std::string(kMaxCsvFieldBytes + 1, 'x')) == "1:1: field longer than 1048576 bytes");
}

TEST_CASE("a hostile 50 MB field fails without the reader taking it all in") {
    const std::size_t total = std::size_t{50} << 20;
    for (const std::string& prefix : {""s, "id,\""s}) {
        GeneratedInput source(prefix, 'x', total);
        std::istream in(&source);
        Parsed parsed = read_all(in);
        CHECK(parsed.error == (prefix.empty() ? "1:1: " : "1:4: ") + "field longer than 1048576 bytes"s);
        CHECK(source.served() < 2 * kMaxCsvFieldBytes);
    }
}

TEST_CASE("line breaks and quotes split across reads are joined") {
    // The first record ends near a 64 KiB read boundary, with its CR just before or after it.
    for (std::size_t length = 65530; length <= 65540; ++length) {
        Parsed plain = read_all(std::string(length, 'x') + "\r\n\"q\r\nq\"\r\nz");
        CHECK(rows(plain) == Rows{{std::string(length, 'x')}, {"q\r\nq"}, {"z"}});
        CHECK(lines(plain) == std::vector<std::size_t>{1, 2, 4});
        std::size_t quotes = length - length % 2;
        std::string field(quotes + 2, '"');  // the quotes, inside a quoted field
        Parsed quoted = read_all(field + "\r\nz");
        CHECK(rows(quoted) == Rows{{std::string(quotes / 2, '"')}, {"z"}});
        CHECK(lines(quoted) == std::vector<std::size_t>{1, 2});
    }
}
