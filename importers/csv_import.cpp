#include "importers/csv_import.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <set>

#include "graph/text.hpp"
#include "graph/vocabulary_store.hpp"
#include "importers/column_mapping.hpp"
#include "importers/csv_reader.hpp"
#include "importers/field_reader.hpp"
#include "importers/file_text.hpp"
#include "importers/ids.hpp"
#include "importers/name_linker.hpp"

namespace allegraph {
namespace {

// A run reports this many bad rows at most, then stops reading: enough to fix a sheet in one go.
constexpr std::size_t kMaxRowErrors = 20;

const std::vector<std::string_view>& csv_columns() {
    static const std::vector<std::string_view> v = {
        "date",           "type",          "actor",          "subject",          "status",
        "summary",        "source_title",  "source_publisher", "source_published", "source_url",
        "quote",          "due",           "nature",         "id",               "new_names"};
    return v;
}

class CsvImporter {
public:
    CsvImporter(GraphWriter& writer, const std::string& path, const ImportOptions& options, ImportReport& report)
        : writer_(writer), path_(path), options_(options), report_(report), linker_(writer, options) {}

    Result<void> run(std::istream& in);

private:
    Result<void> header(const CsvRecord& record);
    Result<void> check_mapping(const CsvRecord& record) const;
    Result<void> row(const CsvRecord& record);
    Result<void> check_fields(const CsvRecord& record) const;
    Result<std::string> entity_for(const CsvRecord& record, const char* column, const std::string& kind,
                                   const std::vector<Citation>& citations);
    bool declared_new(const CsvRecord& record, const std::string& name) const;
    Result<bool> attach_to_record(const CsvRecord& record, const Event& event);
    const CsvField* field(const CsvRecord& record, const char* column) const;
    // The cell of our `column`, through the value mapping (--map-value).
    std::string value(const CsvRecord& record, const char* column) const;
    Result<std::string> word(const CsvRecord& record, const char* column, const char* what,
                             const std::vector<std::string_view>& vocabulary);
    Error located(const CsvRecord& record, const char* column, const std::string& message) const;

    GraphWriter& writer_;
    const std::string& path_;
    const ImportOptions& options_;
    ImportReport& report_;
    NameLinker linker_;
    ColumnMapping mapping_;
    std::map<std::string, std::size_t> columns_;   // our column -> field index
    std::map<std::string, std::string> headers_;   // our column -> their header, as written
    std::vector<std::string> file_columns_;        // the header as written
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
    if (!f) return "";
    auto header = headers_.find(column);
    if (auto mapped = mapping_.value_for(column, header == headers_.end() ? "" : header->second, f->value)) return *mapped;
    return f->value;
}

// The column a writer's error about a row's event concerns: a participant's own column (actor,
// subject), else the quote, which every other field of the event's citation comes with.
const char* column_for(const Error& error, const Event& event) {
    const std::string prefix = "participants[";
    if (error.field.rfind(prefix, 0) == 0) {
        std::size_t i = std::strtoul(error.field.c_str() + prefix.size(), nullptr, 10);
        if (i < event.participants.size()) return event.participants[i].role.c_str();
    }
    return "quote";
}

Error CsvImporter::located(const CsvRecord& record, const char* column, const std::string& message) const {
    const CsvField* f = field(record, column);
    return located_error(Location{path_, f ? f->line : record.line, f ? f->column : 1,
                                  "row " + std::to_string(row_number_), true},
                         column, message);
}

Result<void> CsvImporter::header(const CsvRecord& record) {
    width_ = record.fields.size();
    for (std::size_t i = 0; i < record.fields.size(); ++i) {
        const std::string& written = record.fields[i].value;
        file_columns_.push_back(written);
        std::string key = fold_key(written);
        auto mapped = mapping_.columns.find(key);
        std::string ours = mapped != mapping_.columns.end() ? mapped->second : key;
        if (!in_vocabulary(csv_columns(), ours)) {
            report_.warnings.push_back(path_ + ":" + std::to_string(record.line) + ": column " + in_quotes(written) +
                                       " is not used (map it with --map)");
            continue;
        }
        if (!columns_.emplace(ours, i).second)
            return located_error(Location{path_, record.fields[i].line, record.fields[i].column, "header"}, "",
                                 "column " + ours + " appears twice");
        headers_[ours] = written;
    }
    if (auto checked = check_mapping(record); !checked) return checked;
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
    return located_error(Location{path_, record.line, 1, "header"}, "",
                         "missing column(s): " + list + " (rename them, or map them with --map 'Their header=" +
                             missing.front() + "')");
}

// Every column a mapping names must be in the file: a typo in --map would otherwise drop a column
// from every row without a word.
Result<void> CsvImporter::check_mapping(const CsvRecord& record) const {
    std::set<std::string> theirs;
    for (const auto& f : record.fields) theirs.insert(fold_key(f.value));
    std::string columns;
    for (const auto& c : file_columns_) columns += (columns.empty() ? "" : ", ") + c;
    auto refuse = [&](const std::string& option, const std::string& name) {
        auto written = mapping_.written.find(name);
        return Error{path_ + ": " + option + ": the file has no column " +
                         in_quotes(written == mapping_.written.end() ? name : written->second) + " (its columns: " + columns + ")",
                     ErrorCode::usage};
    };
    for (const auto& [header, ours] : mapping_.columns)
        if (!theirs.count(header)) return refuse("--map", header);
    for (const auto& [column, values] : mapping_.values)
        if (!theirs.count(column) && !columns_.count(column)) return refuse("--map-value", column);
    return {};
}

Result<std::string> CsvImporter::word(const CsvRecord& record, const char* column, const char* what,
                                      const std::vector<std::string_view>& vocabulary) {
    std::string given = value(record, column);
    if (given.empty()) return given;
    if (auto found = vocabulary_word(vocabulary, given)) return std::string(*found);
    auto header = headers_.find(column);
    std::string theirs = header == headers_.end() ? column : header->second;
    return located(record, column, unknown_word_message(what, vocabulary, given) + " (or map it: --map-value '" +
                                       theirs + ":" + given + "=...')");
}

bool CsvImporter::declared_new(const CsvRecord& record, const std::string& name) const {
    std::string cell = value(record, "new_names");
    std::string key = fold_key(cell);
    if (key == "yes" || key == "true" || key == "new" || key == "x") return true;
    std::size_t from = 0;
    while (from <= cell.size()) {
        std::size_t semicolon = cell.find(';', from);
        std::string item = cell.substr(from, semicolon == std::string::npos ? std::string::npos : semicolon - from);
        if (loose_name_key(item) == loose_name_key(name) && !loose_name_key(item).empty()) return true;
        if (semicolon == std::string::npos) break;
        from = semicolon + 1;
    }
    return false;
}

Result<std::string> CsvImporter::entity_for(const CsvRecord& record, const char* column, const std::string& kind,
                                            const std::vector<Citation>& citations) {
    std::string name = value(record, column);
    auto found = linker_.find(name, declared_new(record, name),
                              ", the file's new_names column, or map the name: --map-value '" + headers_[column] + ":" +
                                  name + "=ID'");
    if (!found) return located(record, column, found.error().message);
    if (*found) return **found;
    Entity entity;
    entity.id = free_entity_id(writer_, kind == "organization" ? "org" : "person", name);
    entity.kind = kind;
    entity.category = kind == "organization" ? "other" : "";
    entity.name = name;
    entity.needs_review = true;
    entity.is_public = kind != "person";  // a person named in a row may be a survivor: private until reviewed
    entity.citations = citations;
    if (auto written = writer_.put_entity(entity); !written) return located(record, column, written.error().message);
    linker_.created(entity);
    ++report_.entities;
    report_.created.push_back({entity.id, entity.name, entity.kind, entity.is_public,
                               std::string("a name in column ") + column + " that is on record nowhere"});
    return entity.id;
}

// The rules every importer applies to ids, names and free text (importers/field_reader.hpp).
Result<void> CsvImporter::check_fields(const CsvRecord& record) const {
    static const std::pair<const char*, std::string (*)(std::string_view)> kRules[] = {
        {"id", id_problem},           {"actor", name_problem},          {"subject", name_problem},
        {"source_title", name_problem}, {"source_publisher", name_problem}, {"source_url", name_problem},
        {"summary", text_problem},    {"quote", text_problem},          {"new_names", name_problem}};
    for (const auto& [column, problem_of] : kRules)
        if (auto problem = problem_of(value(record, column)); !problem.empty()) return located(record, column, problem);
    return {};
}

// A row that states a fact on record (graph/same_fact.hpp) gives that event its citation instead
// of becoming a second event. Only reviewed events: a desk's row is no unreviewed candidate.
Result<bool> CsvImporter::attach_to_record(const CsvRecord& record, const Event& event) {
    if (!value(record, "id").empty() || event.citations.empty()) return false;  // a row with an id is that event
    EventStatement statement;
    statement.type = event.type;
    statement.status = event.status;
    statement.date_lo = event.date.lo;
    statement.date_hi = event.date.hi;
    for (const auto& p : event.participants)
        if (auto key = writer_.entity_key(p.entity)) statement.participants.emplace_back(*key, p.role);
        else if (auto kept = writer_.redirect_key(p.entity)) statement.participants.emplace_back(*kept, p.role);
    auto same = writer_.same_fact(statement, false);
    if (!same) return false;
    if (auto added = writer_.add_event_citations(same->id, event.citations); !added)
        return located(record, "quote", added.error().field.empty() ? added.error().message : added.error().detail);
    report_.attached.push_back({same->id, path_ + ":" + std::to_string(record.line) + " (row " +
                                              std::to_string(row_number_) + ")"});
    return true;
}

Result<void> CsvImporter::row(const CsvRecord& record) {
    if (record.fields.size() != width_)
        return located_error(Location{path_, record.line, 1, "row " + std::to_string(row_number_)}, "",
                             "has " + std::to_string(record.fields.size()) + " fields; the header has " +
                                 std::to_string(width_));
    if (auto checked = check_fields(record); !checked) return checked;
    Event event;
    const Vocabulary& vocabulary = store_vocabulary(writer_.store());
    auto type = word(record, "type", "event type", vocabulary.event_types());
    if (!type) return type.error();
    event.type = type.value();
    if (event.type.empty()) return located(record, "type", "every row needs an event type");
    auto date = parse_date_input(value(record, "date"), options_.date_order);
    if (!date) return located(record, "date", date.error().message);
    event.date = date.value();
    auto status = word(record, "status", "status", statuses());
    if (!status) return status.error();
    event.status = status.value();
    if (std::string due = value(record, "due"); !due.empty()) {
        auto parsed = parse_date_input(due, options_.date_order);
        if (!parsed) return located(record, "due", parsed.error().message);
        event.due = parsed.value();
    }
    auto nature = word(record, "nature", "nature", allegation_natures());
    if (!nature) return nature.error();
    event.nature = nature.value();
    event.summary = value(record, "summary");

    Source source;
    source.title = value(record, "source_title");
    source.publisher = value(record, "source_publisher");
    source.url = value(record, "source_url");
    if (std::string published = value(record, "source_published"); !published.empty()) {
        auto parsed = parse_date_input(published, options_.date_order);
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

    const auto definition = vocabulary.event_type(event.type);
    const std::string& actor_role = definition->actor_role;
    const std::string& subject_role = definition->subject_role;
    for (auto [column, kind, role] : {std::tuple{"actor", "organization", actor_role},
                                      std::tuple{"subject", "person", subject_role}}) {
        if (value(record, column).empty()) continue;
        auto id = entity_for(record, column, kind, event.citations);
        if (!id) return id.error();
        event.participants.push_back({id.value(), role});
    }
    if (event.participants.empty()) return located(record, "actor", "a row needs an actor or a subject");

    auto attached = attach_to_record(record, event);
    if (!attached) return attached.error();
    if (attached.value()) return {};
    event.id = value(record, "id");
    if (event.id.empty())
        event.id = "event:" + event.type + "-" +
                   sha256_hex(event.type + "\n" + event.date.text + "\n" + event.participants.front().entity + "\n" +
                              event.participants.back().entity + "\n" + quote)
                       .substr(0, 12);
    if (auto written = writer_.put_event(event); !written) {
        const Error& error = written.error();
        return located(record, column_for(error, event), error.field.empty() ? error.message : error.detail);
    }
    ++report_.events;
    return {};
}

Result<void> CsvImporter::run(std::istream& in) {
    auto mapping = read_column_mapping(options_.column_map, options_.value_maps, options_.map_file, csv_columns());
    if (!mapping) return mapping.error();
    mapping_ = std::move(mapping).value();
    CsvReader reader(in);
    CsvRecord record;
    bool have_header = false;
    std::vector<Error> errors;
    while (errors.size() < kMaxRowErrors) {
        auto more = reader.next(record);
        if (!more) {
            errors.push_back(in_file(more.error(), path_));
            break;
        }
        if (!more.value()) break;
        if (!have_header) {
            if (auto done = header(record); !done) return done;
            have_header = true;
            continue;
        }
        ++row_number_;
        if (auto done = row(record); !done) errors.push_back(done.error());
    }
    if (in.bad()) return located_error(Location{path_}, "", "read error");
    if (!have_header && errors.empty()) return located_error(Location{path_, 1, 1}, "", "empty file: expected a header row");
    if (errors.size() == 1) return errors.front();
    if (errors.empty()) return {};
    std::string detail = std::to_string(errors.size()) + " rows refused" +
                         (errors.size() == kMaxRowErrors ? " (reading stopped there)" : "") + "; nothing was imported:";
    for (const auto& e : errors) detail += "\n  " + e.message;
    Error all = located_error(Location{path_}, "", std::move(detail));
    all.parts = std::move(errors);
    return all;
}

}  // namespace

Result<void> import_csv(GraphWriter& writer, const std::string& path, const ImportOptions& options,
                        ImportReport& report) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return located_error(Location{path}, "", std::string("cannot open: ") + std::strerror(errno));
    CsvImporter importer(writer, path, options, report);
    return importer.run(in);
}

}  // namespace allegraph
