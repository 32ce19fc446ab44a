// Names in a news sentence, found from the shape of the text alone: runs of
// capitalized words ("Academy of Motion Picture Arts and Sciences", "R. Kelly",
// "Grafton County Attorney's Office"), split where a title or a possessive
// separates two names ("CBS News President David Rhodes", "New York's Metropolitan
// Opera"); counted groups ("eight women", "more than a dozen former employees"); and
// institutions named only by a description ("a lower court", "the appeals court").
// Each comes with the kind it most likely is and the reason, so that an editor can
// see why the importer proposed it. A name is always a whole run: never a fragment
// of a longer name.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "importers/article_tokens.hpp"

namespace allegraph {

enum class NameKind {
    person,
    organization,
    honour,        // an award or distinction (an organization of category honour)
    group,         // people counted but not named
    description,   // an institution named only by what it is: "a lower court"
    campaign,      // a hashtag
    work,          // a title in quotation marks
    place,         // not a party: never proposed
    unknown,       // a single capitalized word with no sign of what it names
};

struct FoundName {
    std::size_t first = 0, last = 0;  // token indices in the sentence, last exclusive
    std::string name;                 // as the entity would be named: "Dartmouth College", "eight women"
    NameKind kind = NameKind::unknown;
    std::string reason;               // why this kind: "ends in \"College\""
    std::string category;             // organizations: court, police, prosecutor, honour, media …
    std::string size;                 // groups: "eight", "more than a dozen"
    bool titled = false;              // a title came before it: "Pope Francis", "actor Anthony Rapp"
    bool unsure = false;              // a person's name read from a title-case headline: linked, never proposed
};

// The names, groups and described institutions of one sentence, in order, without overlaps.
// `text` is the article; `headline` says the sentence is in title case, where capitals
// prove nothing, so only acronyms, organizations and quoted titles are found there.
std::vector<FoundName> find_names(std::string_view text, const std::vector<Token>& tokens, bool headline);

// True when most words of a sentence without a full stop are capitalized: "Record Label Drops R. Kelly".
bool is_title_case(const std::vector<Token>& tokens);

// The letters that an acronym of `name` would have: "Republican National Committee" → "rnc",
// "USA Gymnastics" → "usag", "International Academy of Television Arts & Sciences" → "iatas".
std::string acronym_of(std::string_view name);

}  // namespace allegraph
