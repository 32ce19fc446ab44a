#include "importers/article_import.hpp"

#include <filesystem>

#include "graph/text.hpp"
#include "importers/article_candidates.hpp"
#include "importers/article_layout.hpp"
#include "importers/field_reader.hpp"
#include "importers/file_text.hpp"
#include "importers/mentions.hpp"
#include "importers/proposed_entities.hpp"

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
            return Location{sidecar, at.line, at.column};
        };
        JsonNode root;
        JsonSyntaxError syntax;
        if (!parse_json(*text, root, syntax)) return located_error(where(syntax.offset), "", syntax.message);
        if (root.type != JsonNode::Type::object)
            return located_error(where(root.offset), "", "expected a JSON object of article metadata");
        std::string path_in_sidecar;
        if (const JsonNode* bad = find_invalid_utf8(root, path_in_sidecar))
            return located_error(where(bad->offset), path_in_sidecar, "invalid UTF-8");
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
            return located_error(where(fields.error().offset), fields.error().field, fields.error().message);
    }
    return options;
}

Result<std::string> read_article(const std::string& path) {
    auto text = read_file(path);
    if (!text) return text.error();
    if (!is_valid_utf8(*text)) return located_error(Location{path}, "", "not valid UTF-8");
    if (auto nul = text->find('\0'); nul != std::string::npos) {
        auto at = position_of(*text, nul);
        return located_error(Location{path, at.line, at.column}, "", "a NUL byte in the text");
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
    if (auto written = writer.put_source(source); !written) return placed_error(written.error(), Location{path});
    ++report.sources;
    return source.id;
}

}  // namespace

Result<void> import_article(GraphWriter& writer, const std::string& path, const ImportOptions& given,
                            const Vocabulary& vocabulary, ImportReport& report) {
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
    for (const auto& candidate : read_candidates(sentences, entities, *published, vocabulary)) {
        const Candidate& c = candidate.event;
        auto quote_of = [&](std::size_t i) { return text->substr(sentences[i].begin, sentences[i].end - sentences[i].begin); };
        auto sentence = [&](const auto& read) {
            return Location{path, 0, 0, "sentence " + std::to_string(read.sentences.front() + 1)};
        };
        std::string first_quote = quote_of(candidate.sentences.front());
        std::string id = candidate_id(*source, c);
        if (writer.event_key(id) || writer.rejected_candidate(*source, first_quote, c.type)) {
            ++report.kept;  // reviewed, edited or rejected: never reverted or proposed again
            continue;
        }
        auto proposed = entity_ids.proposed_event(c, first_quote);
        if (!proposed)
            return placed_error(proposed.error(), sentence(candidate));
        Event& event = proposed.value();
        if (event.participants.empty()) continue;
        event.id = id;
        event.date = c.date && !c.negated ? *c.date : up_to(*published);
        for (std::size_t i : candidate.sentences) event.citations.push_back({*source, quote_of(i), std::nullopt, std::nullopt});
        if (auto written = writer.put_event(event); !written)
            return placed_error(written.error(), sentence(candidate));
        ++report.events;
    }
    return {};
}

}  // namespace allegraph
