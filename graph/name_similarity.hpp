// Name similarity: how a name a user or a file gives compares with a name on record, word by
// word and letter by letter. Every function works on names folded as fold_key() folds them (case
// and accents set aside), so "Weinstien", "weinstien" and "WEINSTIEN" compare alike. Used by name
// resolution (suggestions on a miss, surnames), by the importers (a name near a known one is not
// silently a new entity) and by dedupe (pairs of records that are probably one). Pure functions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace allegraph {

// The words of a name as compared: folded, split at spaces, hyphens and other punctuation, with
// periods dropped ("U.S." is "us") and "&" read as "and". "Conyers, Jr." -> {"conyers", "jr"}.
std::vector<std::string> name_words(std::string_view name);

// The name's words joined by single spaces, without a leading "the": names equal under this key
// differ only in case, accents, punctuation, "&" for "and" or "the" ("Academy of Motion Picture
// Arts & Sciences" and "the Academy of Motion Picture Arts and Sciences").
std::string loose_name_key(std::string_view name);

// Whether a folded word carries little meaning in a name ("of", "the", "and", "in", ...).
bool is_name_stopword(std::string_view word);

// A person's words without leading titles ("President", "Sen.", "Dr") and trailing suffixes
// ("Jr", "III", "PhD"): {"president", "macron"} -> {"macron"}. Keeps at least one word.
std::vector<std::string> person_core_words(const std::vector<std::string>& words);

// Whether the words end with a suffix such as "jr" or "iii", or begin with a title.
bool has_name_suffix(const std::vector<std::string>& words);
bool has_name_title(const std::vector<std::string>& words);

// The first letters of a name's meaningful words: "Producers Guild of America" -> "pga".
std::string name_initials(const std::vector<std::string>& words);

// The edit distance (insertions, deletions, substitutions and swaps of neighbouring letters) between
// two folded strings, counted in code points; any value above `limit` is reported as limit + 1.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

// The largest edit distance at which a string of `length` code points is still "a small distance"
// from another: 0 below 5 letters, 1 up to 10, then 2. Imports refuse new names this close to one on record.
std::size_t small_distance(std::size_t length);

// The number of code points of a UTF-8 string.
std::size_t code_points(std::string_view text);

// How a partial name fits a person's full name, if it does: the surname or the name without its
// first name ("Weinstein", "Rachel Wood"), the name without its suffix or title ("John Conyers" for
// "John Conyers, Jr."), or without its middle names ("John Conyers" for "John J. Conyers").
enum class PartialFit { none, without_suffix_or_title, surname, without_first_name, without_middle_name };

// The fit of `query` (words) to a person's `name` (words), both from name_words().
PartialFit partial_fit(const std::vector<std::string>& query, const std::vector<std::string>& name);

// Words describing a fit for a user: "the surname", "the name without its suffix or title", ...
std::string describe(PartialFit fit);

// Whether `query` is an acronym of the name: its letters are the initials in order ("pga"), or,
// when `any_order`, the initials in some order with at most one letter more ("nypd" for "police in
// new york"). Needs a single-word query of 2 to 8 letters and at least 2 initials.
bool is_acronym_of(std::string_view query, const std::vector<std::string>& name, bool any_order);

// Whether `query` is a person's name written with initials: "H. Weinstein" or "H Weinstein" for
// "Harvey Weinstein", "J. R. R. Tolkien" for "John Ronald Reuel Tolkien".
bool is_initialled_form(const std::vector<std::string>& query, const std::vector<std::string>& name);

}  // namespace allegraph
