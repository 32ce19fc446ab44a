// allegraph-generate: a synthetic newsroom archive in the native JSON Lines format,
// deterministic from a seed, shaped like real case files: mostly persons, power-law
// participation (a few hubs in tens of thousands of events), the real type mix, dates
// over twenty years with mixed precision, and 1-3 cited quotes per fact.
// With --csv DIR it also writes the same rows as one CSV per store table, which the
// benchmark loads with sqlite3's own .import as the floor for ingest.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "graph/date.hpp"
#include "graph/vocabulary.hpp"

namespace {

using allegraph::days_from_civil;

// xoshiro256** seeded by splitmix64: the same stream on every platform, unlike <random>'s distributions.
class Rng {
public:
    explicit Rng(uint64_t seed) {
        for (auto& word : state_) {
            seed += 0x9e3779b97f4a7c15ULL;
            uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            word = z ^ (z >> 31);
        }
    }
    uint64_t next() {
        const uint64_t result = rotl(state_[1] * 5, 7) * 9;
        const uint64_t t = state_[1] << 17;
        state_[2] ^= state_[0];
        state_[3] ^= state_[1];
        state_[1] ^= state_[2];
        state_[0] ^= state_[3];
        state_[2] ^= t;
        state_[3] = rotl(state_[3], 45);
        return result;
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    size_t below(size_t n) { return static_cast<size_t>(uniform() * static_cast<double>(n)); }
    bool chance(double p) { return uniform() < p; }
    template <typename T>
    const T& pick(const std::vector<T>& v) { return v[below(v.size())]; }

private:
    static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<uint64_t, 4> state_{};
};

template <typename T>
struct Weighted {
    T value;
    double weight;
};

template <typename T>
const T& pick_weighted(Rng& rng, const std::vector<Weighted<T>>& table) {
    double total = 0;
    for (const auto& row : table) total += row.weight;
    double x = rng.uniform() * total;
    for (const auto& row : table) {
        if (x < row.weight) return row.value;
        x -= row.weight;
    }
    return table.back().value;
}

const std::vector<std::string> kFirstNames = {
    "Maria", "James", "Aisha", "Chen", "Olga", "David", "Fatima", "Lucas", "Sofia", "Kwame", "Ingrid", "Rahul",
    "Élodie", "José", "Zoë", "Łukasz", "Mei", "Omar", "Hannah", "Pedro", "Yuki", "Grace", "Ibrahim", "Nina",
    "Tomás", "Amara", "Daniel", "Leila", "Sven", "Priya", "Jonas", "Camille", "Ayo", "Rosa", "Mikhail", "Ana",
    "Felix", "Noor", "Ethan", "Chiara", "Kofi", "Sara", "Mateo", "Hana", "Victor", "Lena", "Arjun", "Clara",
    "Samuel", "Inès", "Diego", "Freya", "Malik", "Emma", "Björn", "Lucía", "Tariq", "Anouk", "Hugo", "Ruth"};
const std::vector<std::string> kLastNames = {
    "García", "Smith", "Okafor", "Wang", "Petrova", "Cohen", "Haddad", "Silva", "Rossi", "Mensah", "Larsen",
    "Sharma", "Dubois", "Fernández", "Müller", "Kowalski", "Tanaka", "Nasser", "Brown", "O'Neill", "Kim",
    "Nguyen", "Adeyemi", "Novak", "Schmidt", "Moreau", "Jensen", "Costa", "Yilmaz", "Ivanov", "Bianchi",
    "Santos", "Walker", "Khan", "Lindqvist", "Murphy", "Sato", "Hernández", "Abebe", "Dupont", "Weiss",
    "Popescu", "Horvat", "Nakamura", "Ortiz", "Fischer", "Byrne", "Mahlangu", "Kaur", "Andersen", "Reyes",
    "Lefebvre", "Chowdhury", "Bauer", "Markovic", "Osei", "Laurent", "Gallagher", "Park", "Varga", "Ali"};
const std::vector<std::string> kPlaces = {
    "Northfield", "Riverside", "Lakeshore", "Eastbrook", "Westmoor", "Kingsport", "Bayview", "Highgate",
    "Stonebridge", "Fairhaven", "Ashford", "Redwood", "Silverton", "Marston", "Oakridge", "Brightwater"};
const std::vector<std::string> kWords = {
    "the",     "said",     "that",     "had",       "been",     "according", "to",        "statement", "a",
    "board",   "members",  "voted",    "on",        "after",    "several",   "women",     "came",      "forward",
    "with",    "claims",   "which",    "he",        "she",      "denies",    "company",   "spokesperson",
    "told",    "reporters", "inquiry", "was",       "opened",   "last",      "week",      "and",       "police",
    "confirmed", "they",   "were",     "looking",   "into",     "allegations", "of",      "misconduct", "at",
    "studio",  "where",    "former",   "employees", "described", "pattern",  "behaviour", "over",     "years",
    "lawyer",  "for",      "declined", "comment",   "in",       "an",        "interview", "published", "this",
    "month",   "decision", "is",       "expected",  "by",       "end",       "committee", "will",      "review",
    "the",     "case",     "before",   "any",       "sanction", "not",       "charged",   "with",      "crime"};
const std::vector<std::string> kPublishers = {
    "The Northfield Herald", "Riverside Daily", "Global Wire Service", "Bayview Public Radio", "The Evening Ledger",
    "Kingsport Times", "Continental Broadcasting", "The Weekly Observer", "Lakeshore Courier", "Metro Gazette",
    "Le Journal du Soir", "Die Abendpost", "El Diario Central", "Highgate Tribune", "Pacific Newsroom"};

struct TypeSpec {
    std::string type;
    double weight;
    std::string first_role;   // the one who acts or alleges
    std::string second_role;  // the one acted on or accused
};

const std::vector<TypeSpec> kTypes = {
    {"allegation", 24, "accuser", "accused"},      {"denial", 8, "actor", "subject"},
    {"apology", 2, "actor", "subject"},            {"expulsion", 1.5, "actor", "subject"},
    {"suspension", 3, "actor", "subject"},         {"termination_proceedings", 1, "actor", "subject"},
    {"termination", 1.5, "actor", "subject"},      {"revocation", 1, "actor", "subject"},
    {"resignation", 2.5, "actor", "subject"},      {"firing", 2, "actor", "subject"},
    {"investigation", 6, "investigator", "subject"}, {"task_force", 0.5, "actor", "subject"},
    {"policy_change", 1, "actor", "subject"},      {"vote", 0.5, "actor", "subject"},
    {"settlement", 2.5, "actor", "subject"},       {"complaint", 3, "actor", "subject"},
    {"charge", 2, "actor", "subject"},             {"arrest", 1.5, "actor", "subject"},
    {"trial", 1, "actor", "subject"},              {"conviction", 0.8, "actor", "subject"},
    {"acquittal", 0.4, "actor", "subject"},        {"sentence", 0.6, "actor", "subject"},
    {"report", 10, "publisher", "subject"},        {"statement", 12, "actor", "subject"},
    {"interview", 3, "publisher", "subject"},      {"campaign_launch", 0.2, "initiator", "participant"},
    {"campaign_post", 5, "initiator", "participant"}, {"divorce_filing", 0.3, "actor", "subject"},
    {"separation", 0.2, "actor", "subject"},
};

struct Entity {
    std::string id;
    std::string kind;
    std::string category;
    std::string name;
};

struct Source {
    std::string id;
    int64_t day;
};

struct Options {
    size_t events = 1'000'000;
    size_t entities = 0;  // default: events / 5
    uint64_t seed = 20171014;
    std::string output;
    std::string csv_dir;
};

std::string slug(std::string_view text) {
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) && c < 0x80) out += static_cast<char>(std::tolower(c));
        else if (!out.empty() && out.back() != '-') out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

std::string json_string(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

std::string csv_field(std::string_view s) {
    if (s.find_first_of(",\"\n") == std::string_view::npos) return std::string(s);
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

class File {
public:
    explicit File(const std::string& path) : file_(path.empty() ? stdout : std::fopen(path.c_str(), "wb")) {
        if (!file_) throw std::runtime_error("cannot write " + path);
        std::setvbuf(file_, nullptr, _IOFBF, 1 << 20);
    }
    ~File() {
        if (file_ != stdout) std::fclose(file_);
        else std::fflush(stdout);
    }
    File(const File&) = delete;
    File& operator=(const File&) = delete;
    void write(std::string_view s) { std::fwrite(s.data(), 1, s.size(), file_); }

private:
    FILE* file_;
};

// One CSV per store table, header first; absent when --csv is not given.
class CsvTables {
public:
    explicit CsvTables(const std::string& dir) {
        if (dir.empty()) return;
        std::filesystem::create_directories(dir);
        auto open = [&](const char* name, const char* header) {
            auto file = std::make_unique<File>(dir + "/" + name + ".csv");
            file->write(header);
            return file;
        };
        sources = open("sources", "id,text_id,title,publisher,url,published,published_lo,published_hi\n");
        entities = open("entities", "id,text_id,kind,category,name,name_key,public\n");
        aliases = open("aliases", "entity,alias,alias_key\n");
        events = open("events", "id,text_id,type,category,date,date_lo,date_hi,status,negated,nature,summary\n");
        participants = open("participants", "event,entity,role\n");
        event_links = open("event_links", "event,type,target\n");
        relations = open("relations", "id,from_entity,type,to_entity\n");
        citations = open("citations", "id,source,entity,event,relation,quote\n");
    }
    explicit operator bool() const { return sources != nullptr; }
    std::unique_ptr<File> sources, entities, aliases, events, participants, event_links, relations, citations;
};

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

class Generator {
public:
    explicit Generator(const Options& options)
        : options_(options), rng_(options.seed), out_(options.output), csv_(options.csv_dir) {}

    void run() {
        make_sources();
        make_entities();
        make_events();
        make_relations();
    }

private:
    static constexpr int kFirstYear = 2005;
    static constexpr int kYears = 20;

    int64_t first_day() const { return days_from_civil(kFirstYear, 1, 1); }
    int64_t last_day() const { return days_from_civil(kFirstYear + kYears - 1, 12, 31); }

    void make_sources() {
        size_t count = std::max<size_t>(10, options_.events / 10);
        int64_t span = last_day() - first_day() + 1;
        for (size_t i = 0; i < count; ++i) {
            int64_t day = first_day() + static_cast<int64_t>(i) * span / static_cast<int64_t>(count);
            const std::string& publisher = rng_.pick(kPublishers);
            Source source{"src:" + slug(publisher) + "-" + std::to_string(i + 1), day};
            std::string title = sentence(6, 12);
            std::string published = allegraph::iso_day(day);
            std::string url = "https://news.example/" + slug(publisher) + "/" + std::to_string(i + 1);
            out_.write("{\"record\":\"source\",\"id\":" + json_string(source.id) + ",\"title\":" + json_string(title) +
                       ",\"publisher\":" + json_string(publisher) + ",\"published\":\"" + published +
                       "\",\"url\":" + json_string(url) + "}\n");
            if (csv_)
                csv_.sources->write(std::to_string(i + 1) + "," + source.id + "," + csv_field(title) + "," +
                                    csv_field(publisher) + "," + url + "," + published + "," + std::to_string(day) +
                                    "," + std::to_string(day) + "\n");
            sources_.push_back(std::move(source));
        }
    }

    void make_entities() {
        size_t count = options_.entities ? options_.entities : std::max<size_t>(50, options_.events / 5);
        for (size_t i = 0; i < count; ++i) {
            Entity e = i < 8 ? hub_entity(i) : random_entity(i);
            bool is_public = !(e.kind == "person" && rng_.chance(0.04));
            std::vector<std::string> aliases = aliases_of(e);
            std::string line = "{\"record\":\"entity\",\"id\":" + json_string(e.id) + ",\"kind\":\"" + e.kind + "\"";
            if (!e.category.empty()) line += ",\"category\":\"" + e.category + "\"";
            line += ",\"name\":" + json_string(e.name);
            if (e.kind == "group") line += ",\"size\":\"" + std::to_string(3 + rng_.below(40)) + " women\"";
            if (!aliases.empty()) {
                line += ",\"aliases\":[";
                for (size_t a = 0; a < aliases.size(); ++a) line += (a ? "," : "") + json_string(aliases[a]);
                line += "]";
            }
            if (!is_public) line += ",\"public\":false";
            line += ",\"citations\":" + citations(2, {"entity", i + 1}, first_day()) + "}\n";
            out_.write(line);
            if (csv_) {
                csv_.entities->write(std::to_string(i + 1) + "," + e.id + "," + e.kind + "," + e.category + "," +
                                     csv_field(e.name) + "," + csv_field(lower(e.name)) + "," +
                                     (is_public ? "1" : "0") + "\n");
                for (const auto& alias : aliases)
                    csv_.aliases->write(std::to_string(i + 1) + "," + csv_field(alias) + "," + csv_field(lower(alias)) +
                                        "\n");
            }
            entities_.push_back(std::move(e));
        }
    }

    // The first few ranks are the archive's hubs: an accused mogul, a police force, a court, a studio.
    Entity hub_entity(size_t i) {
        static const std::array<std::array<const char*, 3>, 8> hubs = {{
            {"person", "", "Conrad Vale"},
            {"organization", "police", "Metropolitan Police Service"},
            {"person", "", "Desmond Hart"},
            {"organization", "court", "Superior Court of Northfield"},
            {"organization", "company", "Vale Pictures"},
            {"organization", "academy", "Academy of Screen Arts"},
            {"person", "", "Lorraine Castellano"},
            {"organization", "guild", "Guild of Film Producers"},
        }};
        const auto& hub = hubs[i];
        return {std::string(hub[0] == std::string_view("person") ? "person:" : "org:") + slug(hub[2]), hub[0], hub[1],
                hub[2]};
    }

    Entity random_entity(size_t i) {
        static const std::vector<Weighted<std::string>> kinds = {
            {"person", 76}, {"organization", 19}, {"work", 2}, {"campaign", 0.5}, {"group", 2.5}};
        static const std::vector<Weighted<std::string>> categories = {
            {"company", 30}, {"media", 15}, {"police", 10}, {"court", 8},   {"prosecutor", 5}, {"government", 10},
            {"guild", 6},    {"academy", 4}, {"honour", 2}, {"platform", 2}, {"other", 8}};
        std::string kind = pick_weighted(rng_, kinds);
        std::string number = std::to_string(i + 1);
        if (kind == "person") {
            std::string name = rng_.pick(kFirstNames) + " " + rng_.pick(kLastNames);
            return {"person:" + slug(name) + "-" + number, kind, "", name};
        }
        if (kind == "organization") {
            std::string category = pick_weighted(rng_, categories);
            std::string name = rng_.pick(kPlaces) + " " + organization_noun(category) + " " + number;
            return {"org:" + slug(name), kind, category, name};
        }
        if (kind == "work") {
            std::string name = "The " + rng_.pick(kPlaces) + " " + (rng_.chance(0.5) ? "Affair" : "Years") + " " + number;
            return {"work:" + slug(name), kind, "", name};
        }
        if (kind == "campaign") {
            std::string name = "#" + rng_.pick(kPlaces) + "Too" + number;
            return {"campaign:" + slug(name), kind, "", name};
        }
        std::string name = "women at " + rng_.pick(kPlaces) + " " + number;
        return {"group:" + slug(name), kind, "", name};
    }

    static std::string organization_noun(const std::string& category) {
        if (category == "police") return "Police Department";
        if (category == "court") return "District Court";
        if (category == "prosecutor") return "District Attorney's Office";
        if (category == "government") return "Ministry of Culture";
        if (category == "guild") return "Writers Guild";
        if (category == "academy") return "Film Academy";
        if (category == "honour") return "Order of Merit";
        if (category == "media") return "Broadcasting";
        if (category == "platform") return "Social";
        return "Studios";
    }

    std::vector<std::string> aliases_of(const Entity& e) {
        std::vector<std::string> out;
        if (e.kind == "organization") {
            std::string acronym;
            for (size_t p = 0; p < e.name.size(); ++p)
                if ((p == 0 || e.name[p - 1] == ' ') && std::isupper(static_cast<unsigned char>(e.name[p])))
                    acronym += e.name[p];
            if (acronym.size() > 1) out.push_back(acronym + e.name.substr(e.name.rfind(' ')));
        } else if (e.kind == "person" && rng_.chance(0.1)) {
            size_t initial = 1;
            while (initial < e.name.size() && (static_cast<unsigned char>(e.name[initial]) & 0xC0) == 0x80) ++initial;
            out.push_back(e.name.substr(0, initial) + ". " + e.name.substr(e.name.find(' ') + 1));
        }
        return out;
    }

    // Power-law participation: rank r drawn with P(r) ~ r^-0.8, so the top hub holds a few percent of all roles.
    size_t participant_rank() {
        constexpr double exponent = 0.8;
        double n = static_cast<double>(entities_.size());
        double a = 1.0 - exponent;
        double r = std::pow(1.0 + rng_.uniform() * (std::pow(n, a) - 1.0), 1.0 / a);
        return std::min(entities_.size() - 1, static_cast<size_t>(r) - 1);
    }

    std::string random_date() {
        int64_t day = first_day() + static_cast<int64_t>(rng_.below(static_cast<size_t>(last_day() - first_day() + 1)));
        allegraph::Civil c = allegraph::civil_from_days(day);
        char buffer[32];
        double x = rng_.uniform();
        if (x < 0.80) std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", c.year, c.month, c.day);
        else if (x < 0.91) std::snprintf(buffer, sizeof buffer, "%04d-%02u", c.year, c.month);
        else if (x < 0.95) std::snprintf(buffer, sizeof buffer, "%04d", c.year);
        else if (x < 0.97) std::snprintf(buffer, sizeof buffer, "%04d-%02u~", c.year, c.month);
        else {
            allegraph::Civil end = allegraph::civil_from_days(day + 1 + static_cast<int64_t>(rng_.below(13)));
            std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u/%04d-%02u-%02u", c.year, c.month, c.day, end.year,
                          end.month, end.day);
        }
        return buffer;
    }

    void make_events() {
        size_t participant_count = 0;
        for (size_t i = 0; i < options_.events; ++i) {
            const TypeSpec& spec = pick_type();
            std::string id = "event:" + spec.type + "-" + std::to_string(i + 1);
            std::string category(*allegraph::category_of(spec.type));
            bool negated = spec.type == "charge" && rng_.chance(0.05);
            allegraph::Date date = *allegraph::parse_date(random_date());
            if (negated) date = *allegraph::parse_date("../" + allegraph::iso_day(date.hi));
            std::vector<std::pair<size_t, std::string>> roles = participants(spec);
            std::string summary = summary_of(spec, roles);
            std::string status = category == "response" || category == "legal"
                                     ? std::string(rng_.chance(0.6) ? "completed" : rng_.chance(0.5) ? "started" : "pending")
                                     : "";
            std::string nature(spec.type == "allegation" ? rng_.pick(allegraph::allegation_natures()) : "");
            std::string line = "{\"record\":\"event\",\"id\":\"" + id + "\",\"type\":\"" + spec.type +
                               "\",\"date\":\"" + date.text + "\"";
            if (!status.empty()) line += ",\"status\":\"" + status + "\"";
            if (negated) line += ",\"negated\":true";
            if (!nature.empty()) line += ",\"nature\":\"" + nature + "\"";
            line += ",\"summary\":" + json_string(summary) + ",\"participants\":[";
            for (size_t p = 0; p < roles.size(); ++p)
                line += std::string(p ? "," : "") + "{\"entity\":" + json_string(entities_[roles[p].first].id) +
                        ",\"role\":\"" + roles[p].second + "\"}";
            line += "]";
            std::string link = link_for(spec, i);
            if (!link.empty()) line += ",\"links\":[{\"type\":\"responds_to\",\"event\":\"" + link + "\"}]";
            line += ",\"citations\":" + citations(3, {"event", i + 1}, date.lo == allegraph::kOpenStart ? date.hi : date.lo) + "}\n";
            out_.write(line);
            if (csv_) {
                csv_.events->write(std::to_string(i + 1) + "," + id + "," + spec.type + "," + category + "," +
                                   date.text + "," + std::to_string(date.lo) + "," + std::to_string(date.hi) + "," +
                                   status + "," + (negated ? "1" : "0") + "," + nature + "," + csv_field(summary) +
                                   "\n");
                for (const auto& [entity, role] : roles)
                    csv_.participants->write(std::to_string(i + 1) + "," + std::to_string(entity + 1) + "," + role +
                                             "\n");
                if (!link.empty())
                    csv_.event_links->write(std::to_string(i + 1) + ",responds_to," +
                                            std::to_string(allegation_number_.at(link)) + "\n");
            }
            participant_count += roles.size();
            if (spec.type == "allegation") remember_allegation(id, i + 1);
        }
        std::fprintf(stderr, "allegraph-generate: %zu events, %zu role edges\n", options_.events, participant_count);
    }

    const TypeSpec& pick_type() {
        static const std::vector<Weighted<size_t>> table = [] {
            std::vector<Weighted<size_t>> rows;
            for (size_t t = 0; t < kTypes.size(); ++t) rows.push_back({t, kTypes[t].weight});
            return rows;
        }();
        return kTypes[pick_weighted(rng_, table)];
    }

    // Two to four distinct participants; the first two take the type's main roles.
    std::vector<std::pair<size_t, std::string>> participants(const TypeSpec& spec) {
        size_t count = 2 + (rng_.chance(0.55) ? 1 : 0) + (rng_.chance(0.25) ? 1 : 0);
        std::vector<std::pair<size_t, std::string>> roles;
        while (roles.size() < count) {
            size_t entity = participant_rank();
            bool taken = std::any_of(roles.begin(), roles.end(), [&](const auto& r) { return r.first == entity; });
            if (taken) continue;
            std::string role = roles.empty() ? spec.first_role : roles.size() == 1 ? spec.second_role : "participant";
            roles.emplace_back(entity, role);
        }
        return roles;
    }

    std::string summary_of(const TypeSpec& spec, const std::vector<std::pair<size_t, std::string>>& roles) {
        const std::string& first = entities_[roles[0].first].name;
        const std::string& second = entities_[roles[1].first].name;
        if (spec.type == "allegation") return first + " accused " + second + " of misconduct";
        return first + " " + spec.type + " concerning " + second;
    }

    // A denial answers an earlier allegation a third of the time.
    std::string link_for(const TypeSpec& spec, size_t) {
        if (spec.type != "denial" || recent_allegations_.empty() || !rng_.chance(0.33)) return "";
        return rng_.pick(recent_allegations_);
    }

    void remember_allegation(const std::string& id, size_t number) {
        if (recent_allegations_.size() < 1000) recent_allegations_.push_back(id);
        else recent_allegations_[rng_.below(1000)] = id;
        if (csv_) allegation_number_[id] = number;
    }

    struct Owner {
        const char* column;
        size_t number;
    };

    // 1 to `most` citations, each from a source published on or after `day` where one exists.
    std::string citations(size_t most, Owner owner, int64_t day) {
        size_t count = 1 + (rng_.chance(0.12) ? 1 : 0);
        if (most > 2 && count == 2 && rng_.chance(0.25)) ++count;
        count = std::min(count, most);
        std::string out = "[";
        std::unordered_set<size_t> used;
        for (size_t c = 0; c < count; ++c) {
            size_t source = source_after(day);
            if (!used.insert(source).second) continue;
            std::string quote = sentence(10, 45);
            out += std::string(out.size() > 1 ? "," : "") + "{\"source\":" + json_string(sources_[source].id) +
                   ",\"quote\":" + json_string(quote) + "}";
            if (csv_) {
                ++citation_rows_;
                std::string row = std::to_string(citation_rows_) + "," + std::to_string(source + 1) + ",";
                for (const char* column : {"entity", "event", "relation"})
                    row += (std::string_view(column) == owner.column ? std::to_string(owner.number) : "") + ",";
                csv_.citations->write(row + csv_field(quote) + "\n");
            }
        }
        return out + "]";
    }

    size_t source_after(int64_t day) {
        auto first = std::lower_bound(sources_.begin(), sources_.end(), day,
                                      [](const Source& s, int64_t d) { return s.day < d; });
        size_t lo = static_cast<size_t>(first - sources_.begin());
        if (lo >= sources_.size()) return sources_.size() - 1 - rng_.below(std::min<size_t>(10, sources_.size()));
        size_t window = std::min<size_t>(sources_.size() - lo, std::max<size_t>(1, sources_.size() / 20));
        return lo + rng_.below(window);
    }

    std::string sentence(size_t min_words, size_t max_words) {
        size_t count = min_words + rng_.below(max_words - min_words + 1);
        std::string out;
        for (size_t w = 0; w < count; ++w) {
            if (w) out += ' ';
            out += rng_.chance(0.05) ? rng_.pick(kLastNames) : rng_.pick(kWords);
        }
        out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
        if (rng_.chance(0.1)) out = "\"" + out + "\"";
        return out + ".";
    }

    void make_relations() {
        static const std::vector<std::string> types = {"spouse_of",   "friend_of", "colleague_of", "member_of",
                                                       "employee_of", "represents", "founder_of"};
        size_t count = entities_.size() / 2;
        std::unordered_set<std::string> seen;
        for (size_t made = 0; made < count;) {
            size_t a = participant_rank(), b = rng_.below(entities_.size());
            if (a == b) continue;
            const std::string& type = rng_.pick(types);
            if (allegraph::is_symmetric_relation(type) && entities_[b].id < entities_[a].id) std::swap(a, b);
            std::string key = std::to_string(a) + " " + type + " " + std::to_string(b);
            if (!seen.insert(key).second) continue;
            ++made;
            out_.write("{\"record\":\"relation\",\"from\":" + json_string(entities_[a].id) + ",\"type\":\"" + type +
                       "\",\"to\":" + json_string(entities_[b].id) +
                       ",\"citations\":" + citations(2, {"relation", made}, first_day()) + "}\n");
            if (csv_)
                csv_.relations->write(std::to_string(made) + "," + std::to_string(a + 1) + "," + type + "," +
                                      std::to_string(b + 1) + "\n");
        }
    }

    Options options_;
    Rng rng_;
    File out_;
    CsvTables csv_;
    std::vector<Source> sources_;
    std::vector<Entity> entities_;
    std::vector<std::string> recent_allegations_;
    std::unordered_map<std::string, size_t> allegation_number_;
    size_t citation_rows_ = 0;
};

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Write a synthetic allegraph archive as native JSON Lines."};
    Options options;
    app.add_option("--events", options.events, "number of events (the reference case S is 1000000)");
    app.add_option("--entities", options.entities, "number of entities (default: events / 5)");
    app.add_option("--seed", options.seed, "random seed; the same seed gives the same file");
    app.add_option("-o,--output", options.output, "output file (default: standard output)");
    app.add_option("--csv", options.csv_dir, "also write the same rows as one CSV per table into this folder");
    CLI11_PARSE(app, argc, argv);
    if (options.events == 0) {
        std::fprintf(stderr, "allegraph-generate: --events must be positive\n");
        return 2;
    }
    try {
        Generator(options).run();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "allegraph-generate: %s\n", e.what());
        return 3;
    }
    return 0;
}
