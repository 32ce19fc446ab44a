// The closed word classes the article rules read names with: function words that
// start a sentence but no name, titles and descriptors that come before a name but
// are not part of it ("President", "Frenchman", "Democrat"), head words that make a
// name an organization ("Committee", "Academy", "Records") or an honour ("Award"),
// places that are not parties ("New York", "Sweden"), the nouns that make a counted
// phrase a group ("eight women"), and the descriptions that stand for a person or an
// organization already named ("the conductor", "the label"). All lower-case.
#pragma once

#include <string_view>

namespace allegraph::words {

bool function_word(std::string_view lower);      // the, after, despite, another, …
bool title(std::string_view lower);              // president, cardinal, mr., chairman, …
bool descriptor(std::string_view lower);         // nationalities and parties: french, frenchman, democrat, …
bool organization_head(std::string_view lower);  // committee, academy, college, records, police, …
bool honour_head(std::string_view lower);        // award, prize, medal, honour, legion, …
bool place(std::string_view lower);              // countries, U.S. states, large cities: sweden, alabama, chicago
bool place_head(std::string_view lower);         // city, county, street, avenue, …
bool month(std::string_view lower);              // january … december and their abbreviations
bool weekday(std::string_view lower);            // monday … sunday
bool group_noun(std::string_view lower);         // women, men, accusers, employees, gymnasts, …
bool person_noun(std::string_view lower);        // conductor, actor, singer, broadcaster, cardinal, …
bool organization_noun(std::string_view lower);  // organization, company, label, network, church, …
bool band_noun(std::string_view lower);          // band, label, group, network: a single name after it is an organization
int number(std::string_view lower);              // "eight" → 8, "18" → 18, "dozen" → 12; 0 when not a number

// What a common English given name or a title tells of a person's gender, for "he" and "she":
// 'm', 'f', or 0 when it does not ("Kim", "Jordan", and every name not in the lists).
char gender(std::string_view lower_first_word);

// What a person noun tells of gender: "woman", "actress" 'f'; "man", "spokesman" 'm'; else 0.
char noun_gender(std::string_view lower);

// Person nouns for someone beside the story's main person: "the accuser", "the lawyer", "the woman"
// stand for the article's main person only when the article described them so.
bool other_party_noun(std::string_view lower);

}  // namespace allegraph::words
