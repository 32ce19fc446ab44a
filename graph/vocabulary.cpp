// The controlled vocabularies (graph/vocabulary.hpp): the lists come from data/vocabulary.json,
// compiled in (graph/vocabulary_data.hpp); here they are handed out, matched and suggested.
#include "graph/vocabulary.hpp"

#include <algorithm>
#include <span>
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

// A list of the vocabulary document as the vector the interface hands out.
std::vector<std::string_view> as_vector(std::span<const std::string_view> words) {
    return {words.begin(), words.end()};
}

// The type words of a table of event or relation types.
template <class Row>
std::vector<std::string_view> types_of(std::span<const Row> rows) {
    std::vector<std::string_view> types;
    for (const Row& row : rows) types.push_back(row.type);
    return types;
}

}  // namespace

const std::vector<std::string_view>& entity_kinds() {
    static const std::vector<std::string_view> v = as_vector(vocabulary_data::entity_kinds);
    return v;
}

const std::vector<std::string_view>& organization_categories() {
    static const std::vector<std::string_view> v = as_vector(vocabulary_data::organization_categories);
    return v;
}

const std::vector<std::string_view>& event_types() {
    static const std::vector<std::string_view> v = types_of(vocabulary_data::event_types);
    return v;
}

const std::vector<std::string_view>& event_categories() {
    static const std::vector<std::string_view> v = as_vector(vocabulary_data::event_categories);
    return v;
}

std::optional<std::string_view> category_of(std::string_view event_type) {
    for (const auto& row : vocabulary_data::event_types)
        if (row.type == event_type) return row.category;
    return std::nullopt;
}

const std::vector<std::string_view>& roles() {
    static const std::vector<std::string_view> v = as_vector(vocabulary_data::roles);
    return v;
}

const std::vector<std::string_view>& statuses() {
    static const std::vector<std::string_view> v = as_vector(vocabulary_data::statuses);
    return v;
}

const std::vector<std::string_view>& link_types() {
    static const std::vector<std::string_view> v = as_vector(vocabulary_data::link_types);
    return v;
}

const std::vector<std::string_view>& relation_types() {
    static const std::vector<std::string_view> v = types_of(vocabulary_data::relation_types);
    return v;
}

const std::vector<std::string_view>& allegation_natures() {
    static const std::vector<std::string_view> v = as_vector(vocabulary_data::allegation_natures);
    return v;
}

bool is_symmetric_relation(std::string_view relation_type) {
    for (const auto& row : vocabulary_data::relation_types)
        if (row.type == relation_type) return row.symmetric;
    return false;
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
