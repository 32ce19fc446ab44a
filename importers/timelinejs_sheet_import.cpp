#include "importers/timelinejs_sheet_import.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>

#include "importers/article_candidates.hpp"
#include "importers/article_layout.hpp"
#include "importers/csv_reader.hpp"
#include "importers/field_reader.hpp"
#include "importers/file_text.hpp"
#include "importers/html_text.hpp"
#include "importers/mentions.hpp"
#include "importers/proposed_entities.hpp"

namespace allegraph {
namespace {

// The template's columns (Knight Lab's sheet, and "Tag", the first template's name for Group).
constexpr std::string_view kColumns[] = {"Year",       "Month",         "Day",           "Time",
                                         "End Year",   "End Month",     "End Day",       "End Time",
                                         "Display Date", "Headline",    "Text",          "Media",
                                         "Media Credit", "Media Caption", "Media Thumbnail", "Alt Text",
                                         "Type",       "Group",         "Background",    "Tag"};

// One row of the sheet, as read.
struct SheetRow {
    CsvRecord record;
    std::size_t number = 0;  // 1-based, after the header
    Date date;
    std::string type;
    std::size_t begin = 0, end = 0;  // its headline and text in the source text
};

class SheetImporter {
public:
    SheetImporter(GraphWriter& writer, const std::string& path, const ImportOptions& options,
                  const Vocabulary& vocabulary, ImportReport& report)
        : writer_(writer), path_(path), options_(options), vocabulary_(vocabulary), report_(report) {}

    Result<void> run(std::istream& in);

private:
    Result<void> header(const CsvRecord& record);
    Result<void> row(CsvRecord record, std::size_t number);
    Result<Date> row_date(const SheetRow& row) const;
    Result<std::string> date_side(const SheetRow& row, const char* year, const char* month, const char* day) const;
    Result<std::string> store_source();
    Result<void> extract(const SheetRow& row, const std::string& source);
    const CsvField* field(const CsvRecord& record, std::string_view column) const;
    std::string value(const CsvRecord& record, std::string_view column) const;
    Error located(const SheetRow& row, std::string_view column, const std::string& message) const;
    void not_imported(const SheetRow& row, const std::string& why);

    GraphWriter& writer_;
    const std::string& path_;
    const ImportOptions& options_;
    const Vocabulary& vocabulary_;
    ImportReport& report_;
    std::map<std::string, std::size_t, std::less<>> columns_;
    std::size_t width_ = 0;
    std::vector<SheetRow> rows_;
    bool have_title_ = false;
    std::string title_;  // the title row's headline
    std::string text_;   // the source text: every row's headline and text
};

const CsvField* SheetImporter::field(const CsvRecord& record, std::string_view column) const {
    auto at = columns_.find(column);
    return at == columns_.end() ? nullptr : &record.fields[at->second];
}

std::string SheetImporter::value(const CsvRecord& record, std::string_view column) const {
    const CsvField* f = field(record, column);
    if (!f) return "";
    std::size_t first = f->value.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return "";
    return f->value.substr(first, f->value.find_last_not_of(" \t\r\n") - first + 1);
}

Error SheetImporter::located(const SheetRow& row, std::string_view column, const std::string& message) const {
    const CsvField* f = field(row.record, column);
    return located_error(Location{path_, f ? f->line : row.record.line, f ? f->column : 1,
                                  "row " + std::to_string(row.number), true},
                         std::string(column), message);
}

void SheetImporter::not_imported(const SheetRow& row, const std::string& why) {
    report_.warnings.push_back(path_ + ":" + std::to_string(row.record.line) + ": row " + std::to_string(row.number) +
                               ": " + why + "; not imported");
}

Result<void> SheetImporter::header(const CsvRecord& record) {
    width_ = record.fields.size();
    for (std::size_t i = 0; i < record.fields.size(); ++i) {
        const CsvField& f = record.fields[i];
        std::string name = f.value;
        while (!name.empty() && name.back() == ' ') name.pop_back();
        bool known = std::find(std::begin(kColumns), std::end(kColumns), name) != std::end(kColumns);
        if (!known) {
            report_.warnings.push_back(path_ + ":" + std::to_string(f.line) + ":" + std::to_string(f.column) +
                                       ": column \"" + name + "\" is not a TimelineJS column; not read");
            continue;
        }
        if (!columns_.emplace(name, i).second)
            return located_error(Location{path_, f.line, f.column, "header"}, "", "column " + name + " appears twice");
    }
    for (const char* needed : {"Year", "Headline", "Text"})
        if (!columns_.count(needed))
            return Error{path_ + ":" + std::to_string(record.line) + ":1: header: no column " + needed +
                         " (a TimelineJS sheet has Year, Month, Day, …, Display Date, Headline, Text, …)"};
    return {};
}

// "2017", "2017-10" or "2017-10-14" from a row's year, month and day columns ("" when the year is empty).
Result<std::string> SheetImporter::date_side(const SheetRow& row, const char* year, const char* month,
                                             const char* day) const {
    std::string y = value(row.record, year), m = value(row.record, month), d = value(row.record, day);
    auto digits = [](const std::string& s, std::size_t most) {
        return !s.empty() && s.size() <= most && s.find_first_not_of("0123456789") == std::string::npos;
    };
    if (y.empty()) {
        if (!m.empty()) return located(row, month, "a month needs its year");
        if (!d.empty()) return located(row, day, "a day needs its year");
        return std::string();
    }
    if (y.size() != 4 || !digits(y, 4)) return located(row, year, "expected a year of four digits, not \"" + y + "\"");
    if (m.empty() && !d.empty()) return located(row, day, "a day needs its month");
    std::string text = y;
    if (!m.empty()) {
        if (!digits(m, 2) || std::stoi(m) < 1 || std::stoi(m) > 12)
            return located(row, month, "expected a month 1-12, not \"" + m + "\"");
        text += (m.size() == 1 ? "-0" : "-") + m;
    }
    if (!d.empty()) {
        if (!digits(d, 2)) return located(row, day, "expected a day 1-31, not \"" + d + "\"");
        text += (d.size() == 1 ? "-0" : "-") + d;
        if (!parse_date(text)) return located(row, day, "no day " + d + " in " + text.substr(0, 7));
    }
    return text;
}

Result<Date> SheetImporter::row_date(const SheetRow& row) const {
    auto start = date_side(row, "Year", "Month", "Day");
    if (!start) return start.error();
    if (start->empty()) return located(row, "Year", "a slide needs its year (TimelineJS refuses a row without one)");
    auto end = date_side(row, "End Year", "End Month", "End Day");
    if (!end) return end.error();
    std::string text = end->empty() || *end == *start ? *start : *start + "/" + *end;
    auto date = parse_date(text);
    if (!date) return located(row, end->empty() ? "Year" : "End Year", date.error().message);
    return date.value();
}

Result<void> SheetImporter::row(CsvRecord record, std::size_t number) {
    SheetRow row;
    row.record = std::move(record);
    row.number = number;
    if (row.record.fields.size() != width_)
        return located_error(Location{path_, row.record.line, 1, "row " + std::to_string(number)}, "",
                             "has " + std::to_string(row.record.fields.size()) + " fields; the header has " +
                                 std::to_string(width_));
    bool blank = true;
    for (const auto& f : row.record.fields) blank = blank && f.value.find_first_not_of(" \t\r\n") == std::string::npos;
    if (blank) return {};  // TimelineJS skips an empty row too
    for (std::string_view column : {"Headline", "Text"})
        if (auto problem = text_problem(value(row.record, column)); !problem.empty())
            return located(row, column, problem);
    row.type = value(row.record, "Type");
    std::string headline = html_text(value(row.record, "Headline"));
    if (row.type == "title") {
        if (have_title_) not_imported(row, "a second title row (TimelineJS shows only the first as the title)");
        else title_ = headline;
        have_title_ = true;
        return {};
    }
    auto date = row_date(row);
    if (!date) return date.error();
    row.date = date.value();
    std::string body = html_text(value(row.record, "Text"));
    if (!text_.empty()) text_ += "\n\n";
    row.begin = text_.size();
    text_ += headline;
    if (!headline.empty() && !body.empty()) text_ += "\n\n";
    text_ += body;
    row.end = text_.size();
    rows_.push_back(std::move(row));
    return {};
}

// The stored source of the sheet's text: the one already holding it, else a new one.
Result<std::string> SheetImporter::store_source() {
    std::string sha256 = sha256_hex(text_);
    if (auto stored = writer_.source_with_text(sha256)) return *stored;
    Source source;
    source.id = options_.source_id.empty() ? "src:sheet-" + sha256.substr(0, 16) : options_.source_id;
    source.title = !options_.title.empty() ? options_.title
                   : !title_.empty()       ? title_
                                           : std::filesystem::path(path_).filename().string();
    source.publisher = options_.publisher;
    source.url = options_.url;
    if (!options_.published.empty()) {
        auto published = parse_date(options_.published);
        if (!published) return Error{path_ + ": --published: " + published.error().message};
        source.published = published.value();
    }
    source.text = text_;
    source.text_sha256 = sha256;
    if (auto written = writer_.put_source(source); !written) return placed_error(written.error(), Location{path_});
    ++report_.sources;
    return source.id;
}

Result<void> SheetImporter::extract(const SheetRow& row, const std::string& source) {
    if (row.type == "era") {
        not_imported(row, "an era (a span of time, not an event)");
        return {};
    }
    if (row.begin == row.end) {
        not_imported(row, "no headline or text to read an event from");
        return {};
    }
    std::string_view row_text = std::string_view(text_).substr(row.begin, row.end - row.begin);
    std::vector<SentenceTokens> sentences = article_sentences(row_text);
    ArticleEntities entities(writer_, row_text);
    entities.analyse(sentences);
    EntityWriter entity_ids(writer_, entities, source, report_, options_);
    Date last_day = date_from_days(row.date.hi, row.date.hi);
    std::size_t found = 0, kept = 0;
    for (const auto& candidate : read_candidates(sentences, entities, last_day, vocabulary_)) {
        Candidate c = candidate.event;
        c.trigger_begin += row.begin;  // ids are by place in the whole sheet
        auto quote_of = [&](std::size_t i) {
            return std::string(row_text.substr(sentences[i].begin, sentences[i].end - sentences[i].begin));
        };
        std::string first_quote = quote_of(candidate.sentences.front());
        std::string id = candidate_id(source, c);
        if (writer_.event_key(id) || writer_.rejected_candidate(source, first_quote, c.type)) {
            ++report_.kept;  // reviewed, edited or rejected: never reverted or proposed again
            ++kept;
            continue;
        }
        auto proposed = entity_ids.proposed_event(c, first_quote);
        if (!proposed) return located(row, "Text", proposed.error().message);
        Event& event = proposed.value();
        if (event.participants.empty()) continue;
        event.id = id;
        event.date = c.negated ? date_from_days(kOpenStart, row.date.hi) : row.date;  // the row dates what it tells
        for (std::size_t i : candidate.sentences) event.citations.push_back({source, quote_of(i), std::nullopt, std::nullopt});
        if (auto written = writer_.put_event(event); !written) return located(row, "Text", written.error().message);
        ++report_.events;
        ++found;
    }
    if (found + kept == 0)
        not_imported(row, "the article rules found no event with a known participant in its headline or text (add it "
                          "by hand, as a native record or a desk CSV row)");
    return {};
}

Result<void> SheetImporter::run(std::istream& in) {
    CsvReader reader(in);
    CsvRecord record;
    bool have_header = false;
    std::size_t number = 0;
    while (true) {
        auto more = reader.next(record);
        if (!more) return in_file(more.error(), path_);
        if (!more.value()) break;
        auto done = have_header ? row(std::move(record), ++number) : header(record);
        if (!done) return done;
        have_header = true;
    }
    if (in.bad()) return located_error(Location{path_}, "", "read error");
    if (!have_header) return located_error(Location{path_, 1, 1}, "", "empty file: expected the TimelineJS header row");
    if (rows_.empty()) return located_error(Location{path_}, "", "no slide rows under the header");
    auto source = store_source();
    if (!source) return source.error();
    for (const auto& row : rows_)
        if (auto done = extract(row, source.value()); !done) return done;
    return {};
}

}  // namespace

Result<void> import_timelinejs_sheet(GraphWriter& writer, const std::string& path, const ImportOptions& options,
                                     const Vocabulary& vocabulary, ImportReport& report) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return located_error(Location{path}, "", std::string("cannot open: ") + std::strerror(errno));
    SheetImporter importer(writer, path, options, vocabulary, report);
    return importer.run(in);
}

}  // namespace allegraph
