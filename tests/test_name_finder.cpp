#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "importers/name_finder.hpp"

using namespace allegraph;

namespace {

struct Found {
    std::string name;
    NameKind kind;
};

std::vector<Found> names(const std::string& text) {
    auto tokens = tokenize(text, 0, text.size());
    std::vector<Found> out;
    for (const auto& n : find_names(text, tokens, is_title_case(tokens))) out.push_back({n.name, n.kind});
    return out;
}

bool has(const std::vector<Found>& found, const std::string& name, NameKind kind) {
    for (const auto& f : found)
        if (f.name == name && f.kind == kind) return true;
    return false;
}

bool names_any(const std::vector<Found>& found, const std::string& name) {
    for (const auto& f : found)
        if (f.name == name) return true;
    return false;
}

}  // namespace

TEST_CASE("a long organization name is one name, never its fragments") {
    auto found = names("He was expelled from the Academy of Motion Picture Arts and Sciences on Saturday.");
    CHECK(has(found, "Academy of Motion Picture Arts and Sciences", NameKind::organization));
    CHECK_FALSE(names_any(found, "Motion Picture Arts"));
    CHECK(has(names("The International Academy of Television Arts & Sciences said today."),
              "International Academy of Television Arts & Sciences", NameKind::organization));
}

TEST_CASE("titles and descriptors separate names but are not part of them") {
    auto found = names("His firing was announced by CBS News President David Rhodes.");
    CHECK(has(found, "CBS News", NameKind::organization));
    CHECK(has(found, "David Rhodes", NameKind::person));
    CHECK(has(names("Frenchman Jean-Claude Arnault arrived."), "Jean-Claude Arnault", NameKind::person));
    CHECK(has(names("The Met suspended former music director James Levine."), "James Levine", NameKind::person));
    CHECK(has(names("Pope Francis has defrocked him."), "Pope Francis", NameKind::person));
    CHECK_FALSE(names_any(names("High-profile Hollywood actresses spoke."), "High-profile Hollywood"));
}

TEST_CASE("a possessive separates two names unless it belongs to an office") {
    auto found = names("It was New York's Metropolitan Opera.");
    CHECK(has(found, "Metropolitan Opera", NameKind::organization));
    CHECK(has(names("The Grafton County Attorney's Office joined."), "Grafton County Attorney's Office",
              NameKind::organization));
    CHECK(has(names("The New Hampshire attorney general's office said."), "New Hampshire attorney general's office",
              NameKind::organization));
}

TEST_CASE("acronyms, awards, places, groups and described courts") {
    CHECK(has(names("The RNC canceled it."), "RNC", NameKind::organization));
    CHECK(has(names("It won't give its 2017 International Emmy Founders Award to him."),
              "2017 International Emmy Founders Award", NameKind::honour));
    CHECK(has(names("He lives in Stockholm."), "Stockholm", NameKind::place));
    CHECK(has(names("Eight women told the Post."), "Eight women", NameKind::group));
    CHECK(has(names("More than a dozen former employees came forward."), "More than a dozen former employees",
              NameKind::group));
    CHECK_FALSE(names_any(names("In 2017 women spoke."), "2017 women"));
    CHECK(has(names("A lower court in October had convicted him."), "lower court", NameKind::description));
    CHECK(has(names("A Swedish appeals court on Monday found him guilty."), "Swedish appeals court",
              NameKind::description));
}

TEST_CASE("in a title-case headline only organizations and acronyms are names") {
    auto found = names("Record Label Drops Singer After Documentary Series Airs On Lifetime Network");
    CHECK_FALSE(names_any(found, "Record Label Drops Singer"));
    CHECK(is_title_case(tokenize(std::string("Record Label Drops Singer After Documentary Series Airs"), 0, 52)));
}

TEST_CASE("acronyms of names") {
    CHECK(acronym_of("Republican National Committee") == "rnc");
    CHECK(acronym_of("USA Gymnastics") == "usag");
    CHECK(acronym_of("International Academy of Television Arts & Sciences") == "iatas");
}

TEST_CASE("a capitalized common noun opening a sentence is no name") {
    CHECK_FALSE(names_any(names("Record label drops R. Kelly in wake of documentary series: report"), "Record"));
    CHECK(has(names("Publishing giant Condé Nast said it would act."), "Condé Nast", NameKind::person));
    CHECK(has(names("Bloomberg also said it would halt distribution."), "Bloomberg", NameKind::organization));
}

TEST_CASE("names as other languages and other newsrooms write them") {
    // a nickname in quotation marks is part of the run, not of the name
    auto found = names("Sean \"Diddy\" Combs has been arrested in New York.");
    CHECK(has(found, "Sean Combs", NameKind::person));
    // romanized given names of two syllables are names, English compounds are not
    found = names("The secretary said Ahn Hee-jung and President Moon Jae-in met.");
    CHECK(has(found, "Ahn Hee-jung", NameKind::person));
    CHECK(has(found, "Moon Jae-in", NameKind::person));
    CHECK(!names_any(names("The actor said Long-time friends left."), "Long-time"));
    // a British MP's title, an occupation that opens a sentence
    CHECK(has(names("The former Conservative MP Charlie Elphicke was convicted."), "Charlie Elphicke", NameKind::person));
    CHECK(has(names("Rocker Marilyn Manson has been dropped."), "Marilyn Manson", NameKind::person));
    CHECK(has(names("He praised actress Evan Rachel Wood on Monday."), "Evan Rachel Wood", NameKind::person));
    // places and nationalities are nobody
    found = names("Ahn, governor of South Chungcheong province, shocked South Koreans in South Korea.");
    CHECK(!names_any(found, "Chungcheong"));
    CHECK(!names_any(found, "Koreans"));
    CHECK(!names_any(found, "Korea"));
    CHECK(!names_any(names("Prominent South Korean politician resigns."), "Prominent South Korean"));
}
