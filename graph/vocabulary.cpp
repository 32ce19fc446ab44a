#include "graph/vocabulary.hpp"

#include <algorithm>
#include <utility>

#include "graph/name_similarity.hpp"
#include "graph/text.hpp"

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

struct TypeCategory {
    std::string_view type;
    std::string_view category;
};

const std::vector<TypeCategory>& type_categories() {
    static const std::vector<TypeCategory> table = {
        {"allegation", "allegation"},
        {"denial", "response"},        {"apology", "response"},
        {"expulsion", "response"},     {"suspension", "response"},
        {"termination_proceedings", "response"},
        {"termination", "response"},   {"revocation", "response"},
        {"resignation", "response"},   {"firing", "response"},
        {"investigation", "response"}, {"task_force", "response"},
        {"policy_change", "response"}, {"vote", "response"},
        {"settlement", "legal"},       {"complaint", "legal"},
        {"charge", "legal"},           {"arrest", "legal"},
        {"trial", "legal"},            {"conviction", "legal"},
        {"acquittal", "legal"},        {"sentence", "legal"},
        {"report", "media"},           {"statement", "media"},
        {"interview", "media"},
        {"campaign_launch", "campaign"}, {"campaign_post", "campaign"},
        {"divorce_filing", "personal"},  {"separation", "personal"},
    };
    return table;
}

}  // namespace

const std::vector<std::string_view>& entity_kinds() {
    static const std::vector<std::string_view> v = {"person", "organization", "work", "campaign", "group"};
    return v;
}

const std::vector<std::string_view>& organization_categories() {
    static const std::vector<std::string_view> v = {"academy", "guild",  "honour",   "police",  "prosecutor", "court",
                                                    "media",   "platform", "company", "government", "other"};
    return v;
}

const std::vector<std::string_view>& event_types() {
    static const std::vector<std::string_view> v = [] {
        std::vector<std::string_view> types;
        for (const auto& row : type_categories()) types.push_back(row.type);
        return types;
    }();
    return v;
}

const std::vector<std::string_view>& event_categories() {
    static const std::vector<std::string_view> v = {"allegation", "response", "legal", "media", "campaign", "personal"};
    return v;
}

std::optional<std::string_view> category_of(std::string_view event_type) {
    for (const auto& row : type_categories())
        if (row.type == event_type) return row.category;
    return std::nullopt;
}

const std::vector<std::string_view>& roles() {
    static const std::vector<std::string_view> v = {"actor",        "subject",   "object",    "accuser",    "accused",
                                                    "investigator", "publisher", "initiator", "participant"};
    return v;
}

const std::vector<std::string_view>& statuses() {
    static const std::vector<std::string_view> v = {"started", "pending", "completed"};
    return v;
}

const std::vector<std::string_view>& link_types() {
    static const std::vector<std::string_view> v = {"responds_to", "part_of", "follows_up"};
    return v;
}

const std::vector<std::string_view>& relation_types() {
    static const std::vector<std::string_view> v = {"spouse_of",  "friend_of",    "co_star_of",  "colleague_of", "member_of",
                                                    "employee_of", "recipient_of", "founder_of", "represents"};
    return v;
}

const std::vector<std::string_view>& allegation_natures() {
    static const std::vector<std::string_view> v = {"rape", "assault", "harassment", "misconduct"};
    return v;
}

bool is_symmetric_relation(std::string_view relation_type) {
    return relation_type == "spouse_of" || relation_type == "friend_of" || relation_type == "co_star_of" ||
           relation_type == "colleague_of";
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
