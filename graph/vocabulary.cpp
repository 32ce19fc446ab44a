// The controlled vocabularies (graph/vocabulary.hpp): data/vocabulary.json, compiled in as text
// (graph/vocabulary_data.hpp), parsed once here; its lists are handed out, matched and suggested.
#include "graph/vocabulary.hpp"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <stdexcept>
#include <utility>

#include "graph/name_similarity.hpp"
#include "graph/text.hpp"
#include "graph/vocabulary_data.hpp"

namespace allegraph {
namespace {

// "Termination proceedings" -> "termination_proceedings".
std::string as_vocabulary_key(std::string_view given) {
    std::string key = fold_key(given);
    for (char& c : key)
        if (c == ' ' || c == '-') c = '_';
    return key;
}

// The word without an English ending of verbs and nouns of action: "fired", "firing" -> "fir";
// "resigned", "resignation" -> "resign".
std::string stem(std::string_view word) {
    for (std::string_view ending : {"ations", "ation", "ions", "ion", "ings", "ing", "ed", "es", "s", "e", "d"})
        if (word.size() > ending.size() + 2 && word.ends_with(ending)) return std::string(word.substr(0, word.size() - ending.size()));
    return std::string(word);
}

using Json = rapidjson::Value;

std::string text_of(const Json& object, const char* key, std::string fallback = "") {
    auto it = object.FindMember(key);
    if (it == object.MemberEnd() || !it->value.IsString()) return fallback;
    return std::string(it->value.GetString(), it->value.GetStringLength());
}

bool flag_of(const Json& object, const char* key) {
    auto it = object.FindMember(key);
    return it != object.MemberEnd() && it->value.IsBool() && it->value.GetBool();
}

int id_of(const Json& object) {
    auto it = object.FindMember("id");
    return it != object.MemberEnd() && it->value.IsInt() ? it->value.GetInt() : 0;
}

std::vector<std::string> texts_of(const Json& value) {
    std::vector<std::string> out;
    if (value.IsString()) out.emplace_back(value.GetString(), value.GetStringLength());
    if (value.IsArray())
        for (const auto& item : value.GetArray())
            if (item.IsString()) out.emplace_back(item.GetString(), item.GetStringLength());
    return out;
}

std::vector<std::string> texts_of(const Json& object, const char* key) {
    auto it = object.FindMember(key);
    return it == object.MemberEnd() ? std::vector<std::string>{} : texts_of(it->value);
}

std::map<std::string, WordingTemplate, std::less<>> wording_of(const Json& object) {
    std::map<std::string, WordingTemplate, std::less<>> out;
    if (!object.IsObject()) return out;
    for (const auto& member : object.GetObject())
        out[std::string(member.name.GetString(), member.name.GetStringLength())] = texts_of(member.value);
    return out;
}

TriggerDefinition trigger_of(const Json& e) {
    TriggerDefinition t;
    if (!e.IsObject()) return t;  // no pattern: check_event_type refuses it
    t.pattern = text_of(e, "pattern");
    t.frame = text_of(e, "frame");
    t.status = text_of(e, "status");
    t.patient_prep = text_of(e, "patient_prep");
    t.institution_agent = flag_of(e, "institution_agent");
    t.negative = flag_of(e, "negative");
    t.report_only = flag_of(e, "report_only");
    t.patient_first = flag_of(e, "patient_first");
    auto precedence = e.FindMember("precedence");
    if (precedence != e.MemberEnd() && precedence->value.IsInt()) t.precedence = precedence->value.GetInt();
    return t;
}

EventTypeDefinition event_type_of(const Json& e) {
    EventTypeDefinition t;
    t.id = id_of(e);
    t.word = text_of(e, "word");
    t.category = text_of(e, "category");
    t.label = text_of(e, "label");
    t.roles = texts_of(e, "roles");
    t.required = texts_of(e, "required");
    t.actor_role = text_of(e, "actor_role", "actor");
    t.subject_role = text_of(e, "subject_role", "subject");
    t.cameo = text_of(e, "cameo");
    t.nature = flag_of(e, "nature");
    t.answer = text_of(e, "answer");
    t.disputes = flag_of(e, "disputes");
    if (auto wording = e.FindMember("wording"); wording != e.MemberEnd()) t.wording = wording_of(wording->value);
    t.punctual = flag_of(e, "punctual");
    if (auto triggers = e.FindMember("triggers"); triggers != e.MemberEnd() && triggers->value.IsArray())
        for (const auto& item : triggers->value.GetArray()) t.triggers.push_back(trigger_of(item));
    t.note = text_of(e, "note");
    return t;
}

bool is_word(std::string_view word) {
    if (word.empty() || word.size() > 64 || word[0] < 'a' || word[0] > 'z') return false;
    return std::all_of(word.begin(), word.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; });
}

Error problem_in(std::string field, std::string detail) { return field_error(std::move(field), std::move(detail)); }

// What is wrong with one element of a trigger pattern ("~3", "~~30", "paid|administrative?"), or empty.
std::string pattern_element_problem(std::string_view element, bool first) {
    if (element.empty()) return "an empty element (two spaces)";
    if (element[0] == '~') {
        std::string_view digits = element.substr(element.size() > 1 && element[1] == '~' ? 2 : 1);
        bool number = !digits.empty() && digits.size() <= 2 && digits[0] != '0' &&
                      std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!number) return "skip " + in_quotes(element) + " is not ~N or ~~N with N from 1 to 99";
        if (first) return "a pattern begins with words, not the skip " + in_quotes(element);
        return "";
    }
    if (element.back() == '?') element.remove_suffix(1);
    std::size_t start = 0;
    for (std::size_t bar = 0; bar != std::string_view::npos; start = bar + 1) {
        bar = element.find('|', start);
        std::string_view word = element.substr(start, bar == std::string_view::npos ? bar : bar - start);
        bool lower =
            std::none_of(word.begin(), word.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '?' || c == '~'; });
        if (word.empty() || !lower) return "element " + in_quotes(element) + " is not lower-case words separated by |";
    }
    return "";
}

// "on|against": words of lower-case letters separated by bars.
bool is_word_choice(std::string_view text) {
    if (text.empty() || text.front() == '|' || text.back() == '|' || text.find("||") != std::string_view::npos)
        return false;
    return std::all_of(text.begin(), text.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '|'; });
}

// What is wrong with a trigger of a type, or empty.
std::string trigger_problem(const TriggerDefinition& t, const std::vector<std::string_view>& statuses) {
    if (auto problem = trigger_pattern_problem(t.pattern); !problem.empty()) return problem;
    if (t.frame != "verb" && t.frame != "noun" && t.frame != "intransitive")
        return "frame " + in_quotes(t.frame) + " is not verb, noun or intransitive";
    if (!t.status.empty() && !in_vocabulary(statuses, t.status))
        return unknown_word_message("status", statuses, t.status);
    if (!t.patient_prep.empty() && !is_word_choice(t.patient_prep))
        return "patient_prep " + in_quotes(t.patient_prep) + " is not words separated by |";
    return "";
}

}  // namespace

std::size_t Vocabulary::role_rank(std::string_view role) const {
    const auto& words = roles();
    return static_cast<std::size_t>(std::find(words.begin(), words.end(), role) - words.begin());
}

bool EventTypeDefinition::requires_role(std::string_view role) const {
    return std::find(required.begin(), required.end(), role) != required.end();
}

const VocabularyEntry* Vocabulary::WordList::find(std::string_view word) const {
    for (const auto& entry : entries)
        if (entry->word == word) return entry.get();
    return nullptr;
}

int Vocabulary::WordList::id_of(std::string_view word) const {
    const VocabularyEntry* entry = find(word);
    return entry ? entry->id : 0;
}

std::string_view Vocabulary::WordList::word_of(int id) const {
    for (const auto& entry : entries)
        if (entry->id == id) return entry->word;
    return {};
}

void Vocabulary::WordList::add(std::shared_ptr<const VocabularyEntry> entry) {
    words.push_back(entry->word);
    entries.push_back(std::move(entry));
}

Result<Vocabulary> Vocabulary::from_document(std::string_view text) {
    rapidjson::Document doc;
    doc.Parse(text.data(), text.size());
    if (doc.HasParseError() || !doc.IsObject()) return Error{"the vocabulary document is not a JSON object"};
    Vocabulary v;
    for (const auto& [list, name] : kListNames) {
        WordList& words = v.lists_[list];
        auto items = doc.FindMember(rapidjson::StringRef(name.data(), name.size()));
        if (items == doc.MemberEnd() || !items->value.IsArray()) return Error{"the vocabulary has no list " + std::string(name)};
        for (const auto& item : items->value.GetArray()) {
            auto entry = std::make_shared<VocabularyEntry>();
            entry->id = id_of(item);
            entry->word = text_of(item, "word");
            entry->symmetric = flag_of(item, "symmetric");
            entry->colour = text_of(item, "colour");
            entry->dot_shape = text_of(item, "dot_shape");
            entry->yed_shape = text_of(item, "yed_shape");
            if (!is_word(entry->word) || entry->id <= 0 || words.find(entry->word) || !words.word_of(entry->id).empty())
                return Error{std::string(name) + ": a bad or repeated entry " + in_quotes(entry->word)};
            words.add(std::move(entry));
        }
    }
    if (auto parties = doc.FindMember("wording_parties"); parties != doc.MemberEnd() && parties->value.IsArray())
        for (const auto& item : parties->value.GetArray()) {
            WordingParty party{text_of(item, "word"), texts_of(item, "roles"), std::nullopt, flag_of(item, "including")};
            if (auto only = item.FindMember("organizations"); only != item.MemberEnd() && only->value.IsBool())
                party.organizations = only->value.GetBool();
            v.parties_.push_back(std::move(party));
        }
    if (auto defaults = doc.FindMember("default_wording"); defaults != doc.MemberEnd())
        v.default_wording_ = wording_of(defaults->value);
    auto types = doc.FindMember("event_types");
    if (types == doc.MemberEnd() || !types->value.IsArray()) return Error{"the vocabulary has no event types"};
    for (const auto& item : types->value.GetArray())
        if (auto added = v.add_event_type(event_type_of(item)); !added)
            return Error{"event type " + in_quotes(text_of(item, "word")) + ", " + added.error().message};
    return v;
}

std::vector<const VocabularyEntry*> Vocabulary::entries(std::string_view list) const {
    std::vector<const VocabularyEntry*> out;
    for (const auto& [id, name] : kListNames)
        if (name == list)
            for (const auto& entry : lists_.at(id).entries) out.push_back(entry.get());
    return out;
}

std::shared_ptr<const EventTypeDefinition> Vocabulary::event_type(std::string_view word) const {
    for (const auto& type : event_types_)
        if (type->word == word) return type;
    return nullptr;
}

std::shared_ptr<const EventTypeDefinition> Vocabulary::event_type(int id) const {
    for (const auto& type : event_types_)
        if (type->id == id) return type;
    return nullptr;
}

Result<void> Vocabulary::check_event_type(const EventTypeDefinition& t) const {
    if (!is_word(t.word)) return problem_in("word", in_quotes(t.word) + " is not a word of lower-case letters and underscores");
    if (event_type(t.word)) return problem_in("word", "event type " + in_quotes(t.word) + " is already defined");
    if (t.id <= 0 || event_type(t.id)) return problem_in("id", "id " + std::to_string(t.id) + " is taken");
    if (!event_category(t.category))
        return problem_in("category", unknown_word_message("category", event_categories(), t.category));
    if (t.label.empty() || t.label.size() > 200 || !is_valid_utf8(t.label))
        return problem_in("label", "a label is 1 to 200 bytes of UTF-8");
    if (t.roles.empty()) return problem_in("roles", "an event type takes at least one role");
    for (const auto& role : t.roles)
        if (!in_vocabulary(roles(), role)) return problem_in("roles", unknown_word_message("role", roles(), role));
    auto takes = [&](const std::string& role) { return std::find(t.roles.begin(), t.roles.end(), role) != t.roles.end(); };
    for (const auto& role : t.required)
        if (!takes(role)) return problem_in("required", in_quotes(role) + " is not one of the type's roles");
    if (!takes(t.actor_role)) return problem_in("actor_role", in_quotes(t.actor_role) + " is not one of the type's roles");
    if (!takes(t.subject_role))
        return problem_in("subject_role", in_quotes(t.subject_role) + " is not one of the type's roles");
    bool digits = std::all_of(t.cameo.begin(), t.cameo.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!t.cameo.empty() && (!digits || t.cameo.size() < 3 || t.cameo.size() > 4))
        return problem_in("cameo", "a CAMEO code is three or four digits, not " + in_quotes(t.cameo));
    if (t.answer.size() > 40 || !is_valid_utf8(t.answer)) return problem_in("answer", "an answer word is at most 40 bytes");
    if (t.note.size() > 1000 || !is_valid_utf8(t.note)) return problem_in("note", "a note is at most 1000 bytes of UTF-8");
    for (std::size_t i = 0; i < t.triggers.size(); ++i)
        if (auto problem = trigger_problem(t.triggers[i], statuses()); !problem.empty())
            return problem_in("triggers", "trigger " + std::to_string(i + 1) + " (" + in_quotes(t.triggers[i].pattern) +
                                              "): " + problem);
    const auto allowed = wording_placeholders(*this);
    for (const auto& [key, alternatives] : t.wording) {
        if (!in_vocabulary(wording_keys(), key))
            return problem_in("wording." + key, unknown_word_message("wording", wording_keys(), key));
        if (alternatives.empty() || alternatives.size() > 8)
            return problem_in("wording." + key, "a template is a string or a list of up to 8 strings");
        for (const auto& text : alternatives)
            if (auto problem = wording_template_problem(text, allowed); !problem.empty())
                return problem_in("wording." + key, problem);
    }
    return {};
}

Result<void> Vocabulary::add_event_type(EventTypeDefinition type) {
    if (auto checked = check_event_type(type); !checked) return checked;
    type.built_in = type.id < kFirstAddedId;
    auto stored = std::make_shared<const EventTypeDefinition>(std::move(type));
    event_type_words_.push_back(stored->word);
    event_types_.push_back(std::move(stored));
    return {};
}

Result<void> Vocabulary::add_organization_category(std::string word, int id) {
    WordList& list = lists_.at(kCategories);
    if (!is_word(word)) return problem_in("word", in_quotes(word) + " is not a word of lower-case letters and underscores");
    if (list.find(word)) return problem_in("word", "organization category " + in_quotes(word) + " is already defined");
    if (id <= 0 || !list.word_of(id).empty()) return problem_in("id", "id " + std::to_string(id) + " is taken");
    auto entry = std::make_shared<VocabularyEntry>();
    entry->id = id;
    entry->word = std::move(word);
    entry->built_in = id < kFirstAddedId;
    list.add(std::move(entry));
    return {};
}

void settle_sheet_roles(EventTypeDefinition& t, bool actor_given, bool subject_given) {
    if (t.roles.empty()) return;
    auto takes = [&](const std::string& role) { return std::find(t.roles.begin(), t.roles.end(), role) != t.roles.end(); };
    if (!actor_given && !takes(t.actor_role)) t.actor_role = t.roles.front();
    if (!subject_given && !takes(t.subject_role)) t.subject_role = t.roles.size() > 1 ? t.roles[1] : t.roles.front();
}

std::string event_type_json(const EventTypeDefinition& t) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
    auto text = [&](const char* key, const std::string& value) {
        w.Key(key);
        w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
    };
    auto texts = [&](const char* key, const std::vector<std::string>& values) {
        w.Key(key);
        w.StartArray();
        for (const auto& value : values) w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
        w.EndArray();
    };
    w.StartObject();
    text("word", t.word);
    text("category", t.category);
    text("label", t.label);
    texts("roles", t.roles);
    if (!t.required.empty()) texts("required", t.required);
    if (t.actor_role != "actor") text("actor_role", t.actor_role);
    if (t.subject_role != "subject") text("subject_role", t.subject_role);
    if (!t.cameo.empty()) text("cameo", t.cameo);
    if (t.nature) w.Key("nature"), w.Bool(true);
    if (!t.answer.empty()) text("answer", t.answer);
    if (t.disputes) w.Key("disputes"), w.Bool(true);
    if (t.punctual) w.Key("punctual"), w.Bool(true);
    if (!t.wording.empty()) {
        w.Key("wording");
        w.StartObject();
        for (auto key : wording_keys()) {
            auto it = t.wording.find(key);
            if (it == t.wording.end()) continue;
            if (it->second.size() == 1) text(it->first.c_str(), it->second.front());
            else texts(it->first.c_str(), it->second);
        }
        w.EndObject();
    }
    if (!t.triggers.empty()) {
        w.Key("triggers");
        w.StartArray();
        for (const auto& trigger : t.triggers) {
            auto flag = [&](const char* key, bool value) {
                if (value) w.Key(key), w.Bool(true);
            };
            w.StartObject();
            text("pattern", trigger.pattern);
            text("frame", trigger.frame);
            if (!trigger.status.empty()) text("status", trigger.status);
            if (!trigger.patient_prep.empty()) text("patient_prep", trigger.patient_prep);
            flag("institution_agent", trigger.institution_agent);
            flag("negative", trigger.negative);
            flag("report_only", trigger.report_only);
            flag("patient_first", trigger.patient_first);
            if (trigger.precedence) w.Key("precedence"), w.Int(trigger.precedence);
            w.EndObject();
        }
        w.EndArray();
    }
    if (!t.note.empty()) text("note", t.note);
    w.EndObject();
    return {buffer.GetString(), buffer.GetSize()};
}

std::optional<EventTypeDefinition> event_type_from_json(std::string_view json) {
    rapidjson::Document doc;
    doc.Parse(json.data(), json.size());
    if (doc.HasParseError() || !doc.IsObject()) return std::nullopt;
    EventTypeDefinition t = event_type_of(doc);
    t.id = 0;
    return t;
}

const Vocabulary& builtin_vocabulary() {
    static const Vocabulary v = [] {
        auto parsed = Vocabulary::from_document(vocabulary_data::document);
        if (!parsed) throw std::logic_error("data/vocabulary.json as compiled in: " + parsed.error().message);
        return std::move(*parsed);
    }();
    return v;
}

std::string wording_template_problem(std::string_view text, const std::vector<std::string>& allowed) {
    if (text.empty() || text.size() > 1000 || !is_valid_utf8(text)) return "a template is 1 to 1000 bytes of UTF-8";
    bool in_brackets = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '[' || c == ']') {
            if ((c == '[') == in_brackets) return "brackets in " + in_quotes(text) + " do not pair up (or are nested)";
            in_brackets = c == '[';
        } else if (c == '}') {
            return "braces in " + in_quotes(text) + " do not pair up";
        } else if (c == '{') {
            std::size_t close = text.find('}', i);
            std::string_view inside = text.substr(i + 1, close == std::string_view::npos ? 0 : close - i - 1);
            if (close == std::string_view::npos || inside.find_first_of("{[]") != std::string_view::npos)
                return "braces in " + in_quotes(text) + " do not pair up";
            std::string_view first = inside.substr(0, inside.find('|'));
            if (std::find(allowed.begin(), allowed.end(), first) == allowed.end())
                return "unknown placeholder {" + std::string(first) + "} in " + in_quotes(text);
            i = close;
        }
    }
    if (in_brackets) return "brackets in " + in_quotes(text) + " do not pair up (or are nested)";
    return "";
}

std::vector<std::string> wording_placeholders(const Vocabulary& vocabulary) {
    std::vector<std::string> out;
    for (const auto& party : vocabulary.wording_parties()) out.push_back(party.word);
    for (const char* value : {"nature", "label", "due"}) out.emplace_back(value);
    return out;
}

std::string trigger_pattern_problem(std::string_view pattern) {
    if (pattern.empty() || pattern.size() > 1000) return "a pattern is 1 to 1000 bytes";
    bool first = true;
    for (std::size_t start = 0; start <= pattern.size(); first = false) {
        std::size_t space = std::min(pattern.find(' ', start), pattern.size());
        if (auto problem = pattern_element_problem(pattern.substr(start, space - start), first); !problem.empty())
            return problem + " in pattern " + in_quotes(pattern);
        start = space + 1;
    }
    return "";
}

const std::vector<std::string_view>& wording_keys() {
    static const std::vector<std::string_view> v = {"affirmative",     "started",     "pending",    "negated", "short",
                                                    "affirmative_due", "started_due", "pending_due"};
    return v;
}

const std::vector<std::string_view>& entity_kinds() { return builtin_vocabulary().entity_kinds(); }
const std::vector<std::string_view>& organization_categories() { return builtin_vocabulary().organization_categories(); }
const std::vector<std::string_view>& event_types() { return builtin_vocabulary().event_types(); }
const std::vector<std::string_view>& event_categories() { return builtin_vocabulary().event_categories(); }
const std::vector<std::string_view>& roles() { return builtin_vocabulary().roles(); }
const std::vector<std::string_view>& statuses() { return builtin_vocabulary().statuses(); }
const std::vector<std::string_view>& link_types() { return builtin_vocabulary().link_types(); }
const std::vector<std::string_view>& relation_types() { return builtin_vocabulary().relation_types(); }
const std::vector<std::string_view>& allegation_natures() { return builtin_vocabulary().allegation_natures(); }

std::optional<std::string_view> category_of(std::string_view event_type) {
    auto type = builtin_vocabulary().event_type(event_type);
    if (!type) return std::nullopt;
    return type->category;
}

bool is_symmetric_relation(std::string_view relation_type) {
    const VocabularyEntry* entry = builtin_vocabulary().relation_type(relation_type);
    return entry && entry->symmetric;
}

bool in_vocabulary(const std::vector<std::string_view>& vocabulary, std::string_view word) {
    return std::find(vocabulary.begin(), vocabulary.end(), word) != vocabulary.end();
}

std::string join_vocabulary(const std::vector<std::string_view>& vocabulary) {
    std::string out;
    for (auto word : vocabulary) {
        if (!out.empty()) out += ", ";
        out += word;
    }
    return out;
}

std::optional<std::string_view> vocabulary_word(const std::vector<std::string_view>& vocabulary, std::string_view given) {
    if (in_vocabulary(vocabulary, given)) return *std::find(vocabulary.begin(), vocabulary.end(), given);
    std::string key = as_vocabulary_key(given);
    for (auto word : vocabulary)
        if (word == key) return word;
    return std::nullopt;
}

std::vector<std::string_view> nearest_vocabulary(const std::vector<std::string_view>& vocabulary, std::string_view given) {
    std::string key = as_vocabulary_key(given);
    std::string key_stem = stem(key);
    std::vector<std::pair<std::size_t, std::string_view>> scored;
    for (auto word : vocabulary) {
        std::size_t limit = std::max<std::size_t>(1, word.size() / 3);
        std::size_t whole = edit_distance(key, word, limit);
        std::size_t by_stem = edit_distance(key_stem, stem(word), 1) + 1;  // a stem match ranks after a near spelling
        std::size_t best = std::min(whole, by_stem);
        if (best <= limit || by_stem <= 2) scored.emplace_back(best, word);
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::string_view> out;
    for (const auto& [distance, word] : scored)
        if (out.size() < 3) out.push_back(word);
    return out;
}

std::string unknown_word_message(const std::string& what, const std::vector<std::string_view>& vocabulary,
                                 std::string_view given) {
    std::string out = "unknown " + what + " " + in_quotes(given) + " (expected one of: " + join_vocabulary(vocabulary) + ")";
    auto nearest = nearest_vocabulary(vocabulary, given);
    if (nearest.empty()) return out;
    out += "; nearest: ";
    for (std::size_t i = 0; i < nearest.size(); ++i) out += (i ? ", " : "") + std::string(nearest[i]);
    return out;
}

}  // namespace allegraph
