#include "importers/article_import.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "graph/text.hpp"
#include "importers/event_rules.hpp"
#include "importers/field_reader.hpp"
#include "importers/file_text.hpp"
#include "importers/ids.hpp"
#include "importers/sentences.hpp"

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
    if (options.published.empty())
        return Error{path + ": an article needs its publication date (--published DATE, or \"published\" in " +
                     sidecar + ") to resolve \"on Monday\" or \"last week\""};
    if (options.title.empty() && options.publisher.empty())
        return Error{path + ": an article needs --title or --publisher"};
    return options;
}

// Entities the rules named from a proposal ("proposed:person:Ana Ruiz") are created, marked needs_review;
// proposed persons are private until an editor says otherwise.
Result<void> create_proposed(GraphWriter& writer, Event& event, const std::string& source, std::string_view quote,
                             ImportReport& report) {
    for (auto& p : event.participants) {
        if (!p.entity.starts_with("proposed:")) continue;
        std::string kind_and_name = p.entity.substr(9);
        std::string kind = kind_and_name.substr(0, kind_and_name.find(':'));
        std::string name = kind_and_name.substr(kind.size() + 1);
        auto known = writer.entities_named(name);
        if (!known.empty()) {
            p.entity = known.front().id;
            continue;
        }
        Entity entity;
        bool organization = kind == "organization";
        entity.kind = kind;
        entity.category = organization ? "other" : "";
        entity.id = free_entity_id(writer, organization ? "org" : "person", name);
        entity.name = name;
        entity.needs_review = true;
        entity.is_public = organization;  // a person named in passing may be a survivor: private until reviewed
        entity.citations = {{source, std::string(quote), std::nullopt, std::nullopt}};
        if (auto written = writer.put_entity(entity); !written) return written.error();
        ++report.entities;
        p.entity = entity.id;
    }
    return {};
}

std::string candidate_id(const std::string& source, std::size_t sentence, const Event& e) {
    std::string key = source + "\n" + std::to_string(sentence) + "\n" + e.type;
    for (const auto& p : e.participants) key += "\n" + p.entity + "=" + p.role;
    return "event:candidate-" + sha256_hex(key).substr(0, 16);
}

}  // namespace

Result<void> import_article(GraphWriter& writer, const std::string& path, const ImportOptions& given,
                            ImportReport& report) {
    auto options = metadata(path, given);
    if (!options) return options.error();
    auto published = parse_date(options->published);
    if (!published) return Error{path + ": --published: " + published.error().message};
    if (published->open_start() || published->open_end())
        return Error{path + ": --published: a publication date needs both ends"};
    auto text = read_file(path);
    if (!text) return text.error();
    if (!is_valid_utf8(*text)) return Error{path + ": not valid UTF-8"};
    if (auto nul = text->find('\0'); nul != std::string::npos) {
        auto at = position_of(*text, nul);
        return Error{path + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": a NUL byte in the text"};
    }

    Source source;
    source.id = options->source_id.empty() ? "src:article-" + sha256_hex(*text).substr(0, 16) : options->source_id;
    source.title = options->title;
    source.publisher = options->publisher;
    source.url = options->url;
    source.published = published.value();
    source.text = *text;
    source.text_sha256 = sha256_hex(*text);
    if (auto written = writer.put_source(source); !written) return Error{path + ": " + written.error().message};
    ++report.sources;

    std::vector<Span> sentences = split_sentences(*text);
    MentionFinder finder(writer);
    std::vector<std::vector<Mention>> mentions;
    std::map<std::string, int> person_counts;
    for (const auto& s : sentences) {
        mentions.push_back(finder.find(*text, s.begin, s.end));
        for (auto& proposal : MentionFinder::propose(*text, s.begin, s.end, mentions.back()))
            mentions.back().push_back(std::move(proposal));
        std::sort(mentions.back().begin(), mentions.back().end(),
                  [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
        for (const auto& m : mentions.back())
            if (m.kind == "person") ++person_counts[m.entity];
    }
    std::string dominant;
    for (const auto& [entity, count] : person_counts)
        if (dominant.empty() || count > person_counts[dominant]) dominant = entity;

    std::string recent_organization;
    std::set<std::string> seen;  // a caption printed twice proposes its events once
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        SentenceContext context{*text, sentences[i].begin, sentences[i].end, mentions[i], published.value(), dominant,
                                recent_organization};
        for (auto& event : extract_events(context)) {
            std::string quote = text->substr(sentences[i].begin, sentences[i].end - sentences[i].begin);
            if (auto created = create_proposed(writer, event, source.id, quote, report); !created)
                return Error{path + ": sentence " + std::to_string(i + 1) + ": " + created.error().message};
            std::string key = event.type + "|" + event.date.text;
            for (const auto& p : event.participants) key += "|" + p.entity + "=" + p.role;
            if (!seen.insert(key + "|" + std::string(text->substr(sentences[i].begin, sentences[i].end - sentences[i].begin))).second)
                continue;
            event.id = candidate_id(source.id, sentences[i].begin, event);
            event.unreviewed = true;
            event.citations = {{source.id, text->substr(sentences[i].begin, sentences[i].end - sentences[i].begin),
                                std::nullopt, std::nullopt}};
            if (auto written = writer.put_event(event); !written)
                return Error{path + ": sentence " + std::to_string(i + 1) + ": " + written.error().message};
            ++report.events;
        }
        for (const auto& m : mentions[i])
            if (m.kind == "organization" && !m.entity.starts_with("proposed:")) recent_organization = m.entity;
    }
    return {};
}

}  // namespace allegraph
