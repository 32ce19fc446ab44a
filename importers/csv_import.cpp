#include "importers/csv_import.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <map>
#include <set>

#include "graph/text.hpp"
#include "graph/vocabulary.hpp"
#include "importers/csv_reader.hpp"
#include "importers/field_reader.hpp"
#include "importers/file_text.hpp"
#include "importers/ids.hpp"

namespace allegraph {
namespace {

const std::vector<std::string_view>& csv_columns() {
    static const std::vector<std::string_view> v = {
        "date",           "type",          "actor",          "subject",          "status",
        "summary",        "source_title",  "source_publisher", "source_published", "source_url",
        "quote",          "due",           "nature",         "id"};
    return v;
}

// "their header=our column,..." as folded header → our column.
Result<std::map<std::string, std::string>> parse_column_map(const std::string& spec) {
    std::map<std::string, std::string> map;
    std::size_t from = 0;
    while (from < spec.size()) {
        std::size_t comma = spec.find(',', from);
        std::string pair = spec.substr(from, comma == std::string::npos ? std::string::npos : comma - from);
        std::size_t equals = pair.rfind('=');
        std::string ours = equals == std::string::npos ? "" : pair.substr(equals + 1);
        if (equals == std::string::npos || !in_vocabulary(csv_columns(), ours))
            return Error{"--map: " + in_quotes(pair) + " is not HEADER=COLUMN with COLUMN one of: " +
                         join_vocabulary(csv_columns())};
        map[fold_key(pair.substr(0, equals))] = ours;
        if (comma == std::string::npos) break;
        from = comma + 1;
    }
    return map;
}

std::pair<std::string, std::string> roles_for(const std::string& type) {
    if (type == "allegation") return {"accuser", "accused"};
    if (type == "investigation") return {"investigator", "subject"};
    if (type == "report") return {"publisher", "subject"};
    return {"actor", "subject"};
}

class CsvImporter {
public:
    CsvImporter(GraphWriter& writer, const std::string& path, const ImportOptions& options, ImportReport& report)
        : writer_(writer), path_(path), options_(options), report_(report) {}

    Result<void> run(std::istream& in);

private:
    Result<void> header(const CsvRecord& record, const std::map<std::string, std::string>& map);
    Result<void> row(const CsvRecord& record);
    Result<void> check_fields(const CsvRecord& record) const;
    Result<std::string> entity_for(const CsvRecord& record, const char* column, const std::string& kind,
                                   const std::vector<Citation>& citations);
    const CsvField* field(const CsvRecord& record, const char* column) const;
    std::string value(const CsvRecord& record, const char* column) const;
    Error located(const CsvRecord& record, const char* column, const std::string& message) const;

    GraphWriter& writer_;
    const std::string& path_;
    const ImportOptions& options_;
    ImportReport& report_;
    std::map<std::string, std::size_t> columns_;  // our column → field index
    std::size_t width_ = 0;
    std::size_t row_number_ = 0;
    std::set<std::string> sources_seen_;
};

const CsvField* CsvImporter::field(const CsvRecord& record, const char* column) const {
    auto at = columns_.find(column);
    return at == columns_.end() ? nullptr : &record.fields[at->second];
}

std::string CsvImporter::value(const CsvRecord& record, const char* column) const {
    const CsvField* f = field(record, column);
    return f ? f->value : "";
}

Error CsvImporter::located(const CsvRecord& record, const char* column, const std::string& message) const {
    const CsvField* f = field(record, column);
    std::size_t line = f ? f->line : record.line, col = f ? f->column : 1;
    return Error{path_ + ":" + std::to_string(line) + ":" + std::to_string(col) + ": row " +
                 std::to_string(row_number_) + ": column " + column + ": " + message};
}

Result<void> CsvImporter::header(const CsvRecord& record, const std::map<std::string, std::string>& map) {
    width_ = record.fields.size();
    for (std::size_t i = 0; i < record.fields.size(); ++i) {
        std::string key = fold_key(record.fields[i].value);
        auto mapped = map.find(key);
        std::string ours = mapped != map.end() ? mapped->second : key;
        if (!in_vocabulary(csv_columns(), ours)) {
            report_.warnings.push_back(path_ + ":" + std::to_string(record.line) + ": column " +
                                       in_quotes(record.fields[i].value) + " is not used (map it with --map)");
            continue;
        }
        if (!columns_.emplace(ours, i).second)
            return Error{path_ + ":" + std::to_string(record.fields[i].line) + ":" +
                         std::to_string(record.fields[i].column) + ": header: column " + ours + " appears twice"};
    }
    std::vector<std::string> missing;
    for (const char* needed : {"date", "type"})
        if (!columns_.count(needed)) missing.push_back(needed);
    if (!columns_.count("actor") && !columns_.count("subject")) missing.push_back("actor or subject");
    if (!options_.allow_uncited) {
        if (!columns_.count("quote")) missing.push_back("quote");
        if (!columns_.count("source_title") && !columns_.count("source_publisher"))
            missing.push_back("source_title or source_publisher");
    }
    if (missing.empty()) return {};
    std::string list;
    for (const auto& m : missing) list += (list.empty() ? "" : ", ") + m;
    return Error{path_ + ":" + std::to_string(record.line) + ":1: header: missing column(s): " + list +
                 " (rename them, or map them with --map 'Their header=" + missing.front() + "')"};
}

Result<std::string> CsvImporter::entity_for(const CsvRecord& record, const char* column, const std::string& kind,
                                            const std::vector<Citation>& citations) {
    std::string name = value(record, column);
    if (writer_.visible_entity_key(name)) return name;  // an entity id
    auto named = writer_.entities_named(name);
    if (named.size() == 1) return named.front().id;
    if (named.size() > 1) {
        std::string list;
        for (const auto& entity : named) list += (list.empty() ? "" : ", ") + entity.id;
        return located(record, column, in_quotes(name) + " names several entities (" + list + "); write the id instead");
    }
    Entity entity;
    entity.id = free_entity_id(writer_, kind == "organization" ? "org" : "person", name);
    entity.kind = kind;
    entity.category = kind == "organization" ? "other" : "";
    entity.name = name;
    entity.needs_review = true;
    entity.is_public = kind != "person";  // a person named in a row may be a survivor: private until reviewed
    entity.citations = citations;
    if (auto written = writer_.put_entity(entity); !written) return located(record, column, written.error().message);
    ++report_.entities;
    return entity.id;
}

// The rules every importer applies to ids, names and free text (importers/field_reader.hpp).
Result<void> CsvImporter::check_fields(const CsvRecord& record) const {
    static const std::pair<const char*, std::string (*)(std::string_view)> kRules[] = {
        {"id", id_problem},           {"actor", name_problem},          {"subject", name_problem},
        {"source_title", name_problem}, {"source_publisher", name_problem}, {"source_url", name_problem},
        {"summary", text_problem},    {"quote", text_problem}};
    for (const auto& [column, problem_of] : kRules)
        if (auto problem = problem_of(value(record, column)); !problem.empty()) return located(record, column, problem);
    return {};
}

Result<void> CsvImporter::row(const CsvRecord& record) {
    ++row_number_;
    if (record.fields.size() != width_)
        return Error{path_ + ":" + std::to_string(record.line) + ":1: row " + std::to_string(row_number_) + ": has " +
                     std::to_string(record.fields.size()) + " fields; the header has " + std::to_string(width_)};
    if (auto checked = check_fields(record); !checked) return checked;
    Event event;
    event.type = value(record, "type");
    if (!in_vocabulary(event_types(), event.type))
        return located(record, "type", "unknown event type " + in_quotes(event.type) + " (expected one of: " +
                                           join_vocabulary(event_types()) + ")");
    auto date = parse_date(value(record, "date"));
    if (!date) return located(record, "date", date.error().message);
    event.date = date.value();
    event.status = value(record, "status");
    if (!event.status.empty() && !in_vocabulary(statuses(), event.status))
        return located(record, "status", "unknown status " + in_quotes(event.status) + " (expected one of: " +
                                             join_vocabulary(statuses()) + ")");
    if (std::string due = value(record, "due"); !due.empty()) {
        auto parsed = parse_date(due);
        if (!parsed) return located(record, "due", parsed.error().message);
        event.due = parsed.value();
    }
    event.nature = value(record, "nature");
    if (!event.nature.empty() && !in_vocabulary(allegation_natures(), event.nature))
        return located(record, "nature", "unknown nature " + in_quotes(event.nature) + " (expected one of: " +
                                             join_vocabulary(allegation_natures()) + ")");
    event.summary = value(record, "summary");

    Source source;
    source.title = value(record, "source_title");
    source.publisher = value(record, "source_publisher");
    source.url = value(record, "source_url");
    if (std::string published = value(record, "source_published"); !published.empty()) {
        auto parsed = parse_date(published);
        if (!parsed) return located(record, "source_published", parsed.error().message);
        source.published = parsed.value();
    }
    std::string quote = value(record, "quote");
    bool cited = quote.find_first_not_of(" \t\r\n") != std::string::npos;
    if (cited && source.title.empty() && source.publisher.empty())
        return located(record, "source_title", "a quote needs its source: give source_title or source_publisher");
    if (!cited && !options_.allow_uncited)
        return located(record, "quote", "every row needs a verbatim quote from its source (or --allow-uncited)");
    if (cited) {
        source.id = "src:" + slug(source.publisher + " " + source.title).substr(0, 60) + "-" +
                    sha256_hex(source.publisher + "\n" + source.title + "\n" + source.url).substr(0, 8);
        if (auto written = writer_.put_source(source); !written) return located(record, "source_title", written.error().message);
        if (sources_seen_.insert(source.id).second) ++report_.sources;
        event.citations.push_back({source.id, quote, std::nullopt, std::nullopt});
    }

    auto [actor_role, subject_role] = roles_for(event.type);
    for (auto [column, kind, role] : {std::tuple{"actor", "organization", actor_role},
                                      std::tuple{"subject", "person", subject_role}}) {
        if (value(record, column).empty()) continue;
        auto id = entity_for(record, column, kind, event.citations);
        if (!id) return id.error();
        event.participants.push_back({id.value(), role});
    }
    if (event.participants.empty()) return located(record, "actor", "a row needs an actor or a subject");

    event.id = value(record, "id");
    if (event.id.empty())
        event.id = "event:" + event.type + "-" +
                   sha256_hex(event.type + "\n" + event.date.text + "\n" + event.participants.front().entity + "\n" +
                              event.participants.back().entity + "\n" + quote)
                       .substr(0, 12);
    if (auto written = writer_.put_event(event); !written) {
        const std::string& message = written.error().message;
        return located(record, "quote", message.substr(message.find(": ") + 2));
    }
    ++report_.events;
    return {};
}

Result<void> CsvImporter::run(std::istream& in) {
    auto map = parse_column_map(options_.column_map);
    if (!map) return map.error();
    CsvReader reader(in);
    CsvRecord record;
    bool have_header = false;
    while (true) {
        auto more = reader.next(record);
        if (!more) return Error{path_ + ":" + more.error().message};
        if (!more.value()) break;
        auto done = have_header ? row(record) : header(record, map.value());
        if (!done) return done;
        have_header = true;
    }
    if (in.bad()) return Error{path_ + ": read error"};
    if (!have_header) return Error{path_ + ":1:1: empty file: expected a header row"};
    return {};
}

}  // namespace

Result<void> import_csv(GraphWriter& writer, const std::string& path, const ImportOptions& options,
                        ImportReport& report) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{path + ": cannot open: " + std::strerror(errno)};
    CsvImporter importer(writer, path, options, report);
    return importer.run(in);
}

}  // namespace allegraph
