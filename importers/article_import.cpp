#include "importers/article_import.hpp"

#include <filesystem>
#include <map>

#include "graph/text.hpp"
#include "importers/article_layout.hpp"
#include "importers/candidate_merge.hpp"
#include "importers/date_phrases.hpp"
#include "importers/event_rules.hpp"
#include "importers/field_reader.hpp"
#include "importers/file_text.hpp"
#include "importers/ids.hpp"
#include "importers/mentions.hpp"
#include "importers/name_linker.hpp"

namespace allegraph {
namespace {

// The metadata given on the command line, completed from a sidecar FILE.json when there is one.
Result<ImportOptions> metadata(const std::string& path, ImportOptions options) {
    std::string sidecar = std::filesystem::path(path).replace_extension(".json").string();
    std::error_code error;  // a name too long to exist is simply not there
    if (!std::filesystem::exists(sidecar, error)) sidecar = path + ".json";
    if (std::filesystem::exists(sidecar, error)) {
        auto text = read_file(sidecar);
        if (!text) return text.error();
        auto where = [&](std::size_t offset) {
            auto at = position_of(*text, offset);
            return sidecar + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": ";
        };
        JsonNode root;
        JsonSyntaxError syntax;
        if (!parse_json(*text, root, syntax)) return Error{where(syntax.offset) + syntax.message};
        if (root.type != JsonNode::Type::object)
            return Error{where(root.offset) + "expected a JSON object of article metadata"};
        std::string path_in_sidecar;
        if (const JsonNode* bad = find_invalid_utf8(root, path_in_sidecar))
            return Error{where(bad->offset) + path_in_sidecar + ": invalid UTF-8"};
        FieldReader fields(root);
        auto fill = [&](std::string& target, const char* key) {
            if (target.empty()) target = fields.name(key, Need::optional);
        };
        if (options.source_id.empty()) options.source_id = fields.id("id", Need::optional);
        fill(options.title, "title");
        fill(options.publisher, "publisher");
        fill(options.published, "published");
        fill(options.url, "url");
        if (fields.failed())
            return Error{where(fields.error().offset) + fields.error().field + ": " + fields.error().message};
    }
    return options;
}

Result<std::string> read_article(const std::string& path) {
    auto text = read_file(path);
    if (!text) return text.error();
    if (!is_valid_utf8(*text)) return Error{path + ": not valid UTF-8"};
    if (auto nul = text->find('\0'); nul != std::string::npos) {
        auto at = position_of(*text, nul);
        return Error{path + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": a NUL byte in the text"};
    }
    return text;
}

Result<Date> publication_date(const std::string& path, const ImportOptions& options, const std::string& text) {
    std::string given = options.published;
    if (given.empty())  // an archive's " date YYYY-MM-DD " prefix is the day the page was archived as published
        if (auto archived = archive_date(text)) given = *archived;
    if (given.empty())
        return Error{path + ": an article needs its publication date (--published DATE, or \"published\" in its "
                            "sidecar FILE.json) to resolve \"on Monday\" or \"last week\""};
    auto published = parse_date_input(given, options.date_order);
    if (!published) return Error{path + ": --published: " + published.error().message};
    if (published->open_start() || published->open_end())
        return Error{path + ": --published: a publication date needs both ends"};
    return published.value();
}

std::string id_prefix(const std::string& kind) {
    if (kind == "organization") return "org";
    return kind;
}

// Writes the proposals an article's events name, and gives each article entity its stored id.
class EntityWriter {
public:
    EntityWriter(GraphWriter& writer, const ArticleEntities& entities, const std::string& source, ImportReport& report,
                 const ImportOptions& options)
        : writer_(writer), entities_(entities), source_(source), report_(report), linker_(writer, options) {}

    // The stored id of article entity `index` (created if it is a proposal), or "" when it
    // cannot be told apart from stored entities.
    Result<std::string> id_of(int index, const std::string& quote) {
        if (auto done = ids_.find(index); done != ids_.end()) return done->second;
        const ArticleEntity& e = entities_.at(index);
        auto id = e.id.empty() ? proposal(e, quote) : Result<std::string>(e.id);
        if (id) ids_[index] = id.value();
        return id;
    }

private:
    Result<std::string> proposal(const ArticleEntity& e, const std::string& quote) {
        if (e.descriptive) {  // "lower court", "eight women": the same only within one article
            for (const auto& named : writer_.entities_named(e.name))
                if (writer_.entity_cites_source(named.id, source_)) return named.id;
        } else {
            auto named = writer_.entities_named(e.name);
            if (named.size() == 1) return named[0].id;
            if (named.size() > 1) return std::string();
            auto longer = writer_.entities_containing(e.name);  // never a fragment of a longer stored name
            if (longer.size() == 1) return longer[0].id;
            if (longer.size() > 1) return std::string();
            // The same name once punctuation and "&" are set aside links; a name near one on record
            // (a typo, an acronym, a title) is refused with the candidates unless --new-name says it is new.
            auto linked = linker_.find(e.name);
            if (!linked) return linked.error();
            if (*linked) return **linked;
        }
        Entity entity;
        entity.kind = e.kind;
        entity.category = e.kind == "organization" ? (e.category.empty() ? "other" : e.category) : "";
        entity.id = free_entity_id(writer_, id_prefix(e.kind), e.name);
        entity.name = e.name;
        for (const auto& form : e.forms)
            if (fold_key(form) != fold_key(e.name)) entity.aliases.push_back(form);
        entity.size = e.kind == "group" ? e.size : "";
        entity.description = "Proposed by the article importer: " + e.reason + ".";
        entity.needs_review = true;
        entity.is_public = e.kind != "person";  // a person named in passing may be a survivor: private until reviewed
        entity.citations = {{source_, quote, std::nullopt, std::nullopt}};
        if (auto written = writer_.put_entity(entity); !written) return written.error();
        ++report_.entities;
        report_.created.push_back({entity.id, entity.name, entity.kind, entity.is_public, e.reason});
        linker_.created(entity);
        return entity.id;
    }

    GraphWriter& writer_;
    const ArticleEntities& entities_;
    const std::string& source_;
    ImportReport& report_;
    NameLinker linker_;
    std::map<int, std::string> ids_;
};

std::string candidate_id(const std::string& source, const Candidate& c) {
    return "event:candidate-" + sha256_hex(source + "\n" + std::to_string(c.trigger_begin) + "\n" + c.type).substr(0, 16);
}

// The stored source of the text: the one already holding it, else a new one.
Result<std::string> store_source(GraphWriter& writer, const std::string& path, const ImportOptions& options,
                                 const std::string& text, const Date& published, ImportReport& report) {
    std::string sha256 = sha256_hex(text);
    if (auto stored = writer.source_with_text(sha256)) {
        if (!options.source_id.empty() && options.source_id != *stored)
            report.warnings.push_back(path + ": this text is already stored as " + *stored + "; --source-id " +
                                      options.source_id + " is not used");
        return *stored;
    }
    Source source;
    source.id = options.source_id.empty() ? "src:article-" + sha256.substr(0, 16) : options.source_id;
    source.title = options.title;
    source.publisher = options.publisher;
    source.url = options.url;
    source.published = published;
    source.text = text;
    source.text_sha256 = sha256;
    if (auto written = writer.put_source(source); !written) return Error{path + ": " + written.error().message};
    ++report.sources;
    return source.id;
}

// "July 6: Carlson sues …": the date that opens an entry of a timeline. "Monday, August 28, 2023 – FIFA
// has suspended …" is the article's own dateline instead: it dates no event, which the text dates up to then.
std::optional<Date> entry_date(const SentenceTokens& sentence, std::vector<DatePhrase>& dates, const Date& published) {
    if (dates.empty()) return std::nullopt;
    const auto& t = sentence.tokens;
    std::size_t first = dates.front().first;
    std::size_t n = 1;  // "Monday, August 28, 2023": a weekday phrase and a date phrase
    if (dates.size() > 1 && dates[1].first == dates[0].last + 1 && t[dates[0].last].lower == ",") n = 2;
    DatePhrase& d = dates[n - 1];
    bool opens = first == 0 || (first == 1 && !t[0].word);
    if (!opens || d.background || d.future || d.last >= t.size()) return std::nullopt;
    bool dash = is_any(t[d.last], "—|–|-");
    if (t[d.last].lower != ":" && !dash) return std::nullopt;
    if (dash && d.date.text == published.text) {
        for (std::size_t k = 0; k < n; ++k) dates[k].background = true;
        return std::nullopt;
    }
    return d.date;
}

std::vector<ArticleCandidate> read_candidates(const std::vector<SentenceTokens>& sentences,
                                              const ArticleEntities& entities, const Date& published) {
    std::vector<std::vector<DatePhrase>> dates;
    std::vector<Candidate> found;
    std::optional<Date> entry;
    int entry_paragraph = -1;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        dates.push_back(find_date_phrases(sentences[i].tokens, published));
        if (auto opens = entry_date(sentences[i], dates.back(), published)) {
            entry = opens;
            entry_paragraph = sentences[i].paragraph;
        } else if (sentences[i].paragraph != entry_paragraph) {
            entry.reset();
        }
        SentenceContext context{sentences[i], entities.mentions(i), entities, dates.back(), published};
        for (auto& c : extract_events(context)) {
            c.sentence = i;
            // the rest of a timeline's entry happened by the entry's date, not necessarily on it
            if (!c.date && entry && !c.negated) c.date = date_from_days(kOpenStart, entry->hi);
            found.push_back(std::move(c));
        }
    }
    auto merged = merge_candidates(found);
    attach_due_dates(merged, sentences, dates);
    return merged;
}

}  // namespace

Result<void> import_article(GraphWriter& writer, const std::string& path, const ImportOptions& given,
                            ImportReport& report) {
    auto options = metadata(path, given);
    if (!options) return options.error();
    auto text = read_article(path);
    if (!text) return text.error();
    auto published = publication_date(path, *options, *text);
    if (!published) return published.error();
    if (options->title.empty() && options->publisher.empty())
        return Error{path + ": an article needs --title or --publisher (or \"title\" or \"publisher\" in its sidecar "
                            "FILE.json)"};
    auto source = store_source(writer, path, *options, *text, *published, report);
    if (!source) return source.error();

    std::vector<SentenceTokens> sentences = article_sentences(*text);
    ArticleEntities entities(writer, *text);
    entities.analyse(sentences);
    EntityWriter entity_ids(writer, entities, *source, report, given);
    for (const auto& candidate : read_candidates(sentences, entities, *published)) {
        const Candidate& c = candidate.event;
        auto quote_of = [&](std::size_t i) { return text->substr(sentences[i].begin, sentences[i].end - sentences[i].begin); };
        std::string first_quote = quote_of(candidate.sentences.front());
        Event event;
        event.id = candidate_id(*source, c);
        if (writer.event_key(event.id) || writer.rejected_candidate(*source, first_quote, c.type)) {
            ++report.kept;  // reviewed, edited or rejected: never reverted or proposed again
            continue;
        }
        for (const auto& p : c.participants) {
            auto id = entity_ids.id_of(p.entity, first_quote);
            if (!id) return Error{path + ": sentence " + std::to_string(candidate.sentences.front() + 1) + ": " +
                                  id.error().message};
            bool seen = false;
            for (const auto& q : event.participants) seen = seen || q.entity == id.value();
            if (!id->empty() && !seen) event.participants.push_back({id.value(), p.role});
        }
        if (event.participants.empty()) continue;
        event.type = c.type;
        event.status = c.status;
        event.negated = c.negated;
        event.nature = c.nature;
        event.due = c.due;
        event.date = c.date && !c.negated ? *c.date : up_to(*published);
        event.unreviewed = true;
        for (std::size_t i : candidate.sentences) event.citations.push_back({*source, quote_of(i), std::nullopt, std::nullopt});
        if (auto written = writer.put_event(event); !written)
            return Error{path + ": sentence " + std::to_string(candidate.sentences.front() + 1) + ": " +
                         written.error().message};
        ++report.events;
    }
    return {};
}

}  // namespace allegraph
