#include <doctest/doctest.h>

#include <algorithm>

#include "graph/name_index.hpp"
#include "graph/name_similarity.hpp"

using namespace allegraph;

namespace {

using Words = std::vector<std::string>;

NamedRecord record(std::int64_t key, const std::string& id, const std::string& name, const std::string& kind,
                   std::vector<std::string> aliases = {}) {
    NamedRecord r;
    r.key = key;
    r.id = id;
    r.name = name;
    r.kind = kind;
    r.aliases = std::move(aliases);
    return r;
}

NameIndex weinstein_case() {
    return NameIndex({record(1, "person:harvey-weinstein", "Harvey Weinstein", "person", {"Weinstein"}),
                      record(2, "person:emmanuel-macron", "Emmanuel Macron", "person", {"Macron"}),
                      record(3, "org:pga", "Producers Guild of America", "organization", {"Producers Guild"}),
                      record(4, "org:police-new-york", "police in New York", "organization"),
                      record(5, "org:police-london", "police in London", "organization"),
                      record(6, "person:john-conyers", "John Conyers, Jr.", "person"),
                      record(7, "org:ampas", "Academy of Motion Picture Arts and Sciences", "organization"),
                      record(8, "person:evan-rachel-wood", "Evan Rachel Wood", "person")});
}

std::vector<std::string> ids(const NameIndex& index, const std::vector<NameMatch>& matches) {
    std::vector<std::string> out;
    for (const auto& m : matches) out.push_back(index.records()[m.record].id);
    return out;
}

bool says(const NameMatch& match, const std::string& words) {
    return std::any_of(match.why.begin(), match.why.end(),
                       [&](const std::string& why) { return why.find(words) != std::string::npos; });
}

}  // namespace

TEST_CASE("name words fold case, accents and punctuation, and read & as and") {
    CHECK(name_words("Conyers, Jr.") == Words{"conyers", "jr"});
    CHECK(name_words("Academy of Motion Picture Arts & Sciences") ==
          Words{"academy", "of", "motion", "picture", "arts", "and", "sciences"});
    CHECK(name_words("U.S. Léa Seydoux") == Words{"us", "lea", "seydoux"});
    CHECK(name_words("Légion d\u2019honneur") == Words{"legion", "d'honneur"});
    CHECK(name_words("#MeToo") == Words{"#metoo"});
    CHECK(loose_name_key("The Academy of Motion Picture Arts & Sciences") ==
          loose_name_key("academy of motion picture arts and sciences"));
    CHECK(loose_name_key("NYPD") != loose_name_key("police in New York"));
}

TEST_CASE("edit distance counts swaps of neighbouring letters as one and stops past the limit") {
    CHECK(edit_distance("weinstien", "weinstein", 3) == 1);
    CHECK(edit_distance("harvey", "harvey", 0) == 0);
    CHECK(edit_distance("kitten", "sitting", 5) == 3);
    CHECK(edit_distance("kitten", "sitting", 1) == 2);  // limit + 1
    CHECK(edit_distance("a", "abcdef", 2) == 3);
    CHECK(edit_distance("léa", "lea", 2) == 1);  // code points, not bytes
    CHECK(small_distance(4) == 0);
    CHECK(small_distance(9) == 1);
    CHECK(small_distance(16) == 2);
}

TEST_CASE("partial person names: surname, without suffix, title, first or middle name") {
    auto fit = [](const char* query, const char* name) { return partial_fit(name_words(query), name_words(name)); };
    CHECK(fit("Conyers", "John Conyers, Jr.") == PartialFit::surname);
    CHECK(fit("John Conyers", "John Conyers, Jr.") == PartialFit::without_suffix_or_title);
    CHECK(fit("President Macron", "Macron") == PartialFit::without_suffix_or_title);
    CHECK(fit("Rachel Wood", "Evan Rachel Wood") == PartialFit::without_first_name);
    CHECK(fit("Evan Wood", "Evan Rachel Wood") == PartialFit::without_middle_name);
    CHECK(fit("Harvey", "Harvey Weinstein") == PartialFit::none);  // a first name alone is no partial name
    CHECK(fit("Harvey Weinstein", "Harvey Weinstein") == PartialFit::none);
    CHECK(fit("of", "Lord of the Rings") == PartialFit::none);
}

TEST_CASE("acronyms and initials") {
    CHECK(is_acronym_of("pga", name_words("Producers Guild of America"), false));
    CHECK_FALSE(is_acronym_of("nypd", name_words("police in New York"), false));
    CHECK(is_acronym_of("nypd", name_words("police in New York"), true));
    CHECK_FALSE(is_acronym_of("nyt", name_words("police in New York"), true));
    CHECK_FALSE(is_acronym_of("p", name_words("Producers"), true));
    CHECK(is_initialled_form(name_words("H. Weinstein"), name_words("Harvey Weinstein")));
    CHECK_FALSE(is_initialled_form(name_words("H. Smith"), name_words("Harvey Weinstein")));
    CHECK_FALSE(is_initialled_form(name_words("Harvey W."), name_words("Harvey Weinstein")));
}

TEST_CASE("suggestions for a missed name, with why") {
    NameIndex index = weinstein_case();
    auto typo = index.similar("weinstien", 5);
    REQUIRE_FALSE(typo.empty());
    CHECK(ids(index, typo).front() == "person:harvey-weinstein");
    CHECK(says(typo.front(), "spelling distance 1"));

    auto first = index.similar("Harvey", 5);
    REQUIRE_FALSE(first.empty());
    CHECK(ids(index, first).front() == "person:harvey-weinstein");
    CHECK(says(first.front(), "a word of the name"));

    auto acronym = index.similar("NYPD", 5);
    REQUIRE_FALSE(acronym.empty());
    CHECK(ids(index, acronym).front() == "org:police-new-york");
    CHECK(says(acronym.front(), "initials in another order"));

    auto pga = index.similar("PGA", 5);
    REQUIRE_FALSE(pga.empty());
    CHECK(ids(index, pga).front() == "org:pga");

    auto title = index.similar("President Macron", 5);
    REQUIRE_FALSE(title.empty());
    CHECK(ids(index, title).front() == "person:emmanuel-macron");
    CHECK(says(title.front(), "its alias"));

    CHECK(index.similar("Zebulon Quarrington", 5).empty());
    CHECK(index.similar("Harvey", 1).size() == 1);
}

TEST_CASE("same name, partial names and what an import must not create silently") {
    NameIndex index = weinstein_case();
    CHECK(index.same_name("Academy of Motion Picture Arts & Sciences") == std::vector<std::size_t>{6});
    auto conyers = index.partial("Conyers");
    REQUIRE(conyers.size() == 1);
    CHECK(index.records()[conyers[0].first].id == "person:john-conyers");
    CHECK(conyers[0].second == PartialFit::surname);
    CHECK(index.partial("Police").empty());  // organizations have no surnames

    CHECK(ids(index, index.near("Harvey Weinstien")) == std::vector<std::string>{"person:harvey-weinstein"});
    CHECK(ids(index, index.near("President Macron")) == std::vector<std::string>{"person:emmanuel-macron"});
    CHECK(ids(index, index.near("Harvey")) == std::vector<std::string>{"person:harvey-weinstein"});
    CHECK(ids(index, index.near("NYPD")) == std::vector<std::string>{"org:police-new-york"});
    CHECK(index.near("Metropolitan Police").empty());   // a shared common word is no small distance
    CHECK(index.near("Harriet Winterbottom").empty());
    CHECK(index.near("Jon Smith").empty());
}

TEST_CASE("comparing two records and blocking by words") {
    NameIndex index({record(1, "person:harvey-weinstein", "Harvey Weinstein", "person"),
                     record(2, "person:harvey-weinstien", "Harvey Weinstien", "person"),
                     record(3, "org:president-macron", "President Macron", "organization"),
                     record(4, "person:emmanuel-macron", "Emmanuel Macron", "person", {"Macron"}),
                     record(5, "person:rose-mcgowan", "Rose McGowan", "person")});
    NameMatch typo = index.compare(1, 0);
    CHECK(typo.score > 0.75);
    CHECK(says(typo, "spelling distance 1"));
    NameMatch title = index.compare(2, 3);
    CHECK(title.score > 0.8);
    CHECK(says(title, "President Macron"));
    CHECK(index.compare(0, 4).score < 0.3);
    auto near_weinstein = index.neighbours(0, 60);
    CHECK(std::find(near_weinstein.begin(), near_weinstein.end(), 1) != near_weinstein.end());
    CHECK(std::find(near_weinstein.begin(), near_weinstein.end(), 4) == near_weinstein.end());
}
