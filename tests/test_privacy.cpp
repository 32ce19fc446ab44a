#include <doctest/doctest.h>

#include <set>

#include "graph/sql/engine.hpp"
#include "graph/store.hpp"
#include "queries/privacy.hpp"
#include "queries/search.hpp"

using namespace allegraph;

namespace {

std::unique_ptr<Store> store_with_private_person() {
    auto store = Store::open_in_memory();
    sql_db(*store).exec(R"(INSERT INTO entities(text_id, kind, name, name_key, public)
                        VALUES ('person:p', 'person', 'Dana Doe', 'dana doe', 0),
                               ('person:q', 'person', 'Public Pat', 'public pat', 1);
                        INSERT INTO aliases(entity, alias, alias_key) VALUES (1, '@dana', '@dana'), (1, 'Doe', 'doe');)");
    return store;
}

}  // namespace

TEST_CASE("private entities become placeholders") {
    auto store = store_with_private_person();
    Privacy privacy(*store, false);
    EntityRef hidden = privacy.entity(1, "person:p", "Dana Doe", "person", false);
    CHECK(hidden.redacted);
    CHECK(hidden.name == "[redacted person]");
    CHECK(hidden.id.find("person:p") == std::string::npos);
    EntityRef shown = privacy.entity(2, "person:q", "Public Pat", "person", true);
    CHECK(shown.name == "Public Pat");
}

TEST_CASE("scrub removes private names and aliases from free text, longest first") {
    auto store = store_with_private_person();
    Privacy privacy(*store, false);
    CHECK(privacy.scrub("Another, DANA DOE, said so; @dana agreed.") == "Another, [redacted], said so; [redacted] agreed.");
    CHECK(privacy.scrub("Ms Doe wrote") == "[redacted] wrote");  // a title and the surname: a surname form
    CHECK(privacy.scrub("Public Pat spoke") == "Public Pat spoke");
}

TEST_CASE("include_private shows everything") {
    auto store = store_with_private_person();
    Privacy privacy(*store, true);
    CHECK(privacy.scrub("Dana Doe said") == "Dana Doe said");
    CHECK(privacy.entity(1, "person:p", "Dana Doe", "person", false).name == "Dana Doe");
}

namespace {

// A private entity named like a fragment of a public organization's name, as an importer once proposed.
std::unique_ptr<Store> store_with_fragment() {
    auto store = Store::open_in_memory();
    sql_db(*store).exec(R"(INSERT INTO entities(text_id, kind, name, name_key, public) VALUES
                            ('person:mpa', 'person', 'Motion Picture Arts', 'motion picture arts', 0),
                            ('org:ampas', 'organization', 'Academy of Motion Picture Arts and Sciences',
                             'academy of motion picture arts and sciences', 1),
                            ('person:dd', 'person', 'Dana Doe', 'dana doe', 0),
                            ('org:ddf', 'organization', 'Doe Family Trust', 'doe family trust', 1),
                            ('person:twin', 'person', 'Dana Doe', 'dana doe', 1);
                        INSERT INTO aliases(entity, alias, alias_key) VALUES (2, 'U.S. Motion Picture Arts Academy',
                                                                              'u.s. motion picture arts academy'),
                                                                             (3, 'Doe', 'doe');)");
    return store;
}

}  // namespace

TEST_CASE("a private name inside a longer public name is left whole") {
    auto store = store_with_fragment();
    Privacy privacy(*store, false);
    CHECK(privacy.scrub("the Academy of Motion Picture Arts and Sciences expelled him") ==
          "the Academy of Motion Picture Arts and Sciences expelled him");
    CHECK(privacy.scrub("THE ACADEMY OF MOTION PICTURE ARTS AND SCIENCES") == "THE ACADEMY OF MOTION PICTURE ARTS AND SCIENCES");
    CHECK(privacy.scrub("the U.S. Motion Picture Arts Academy said") == "the U.S. Motion Picture Arts Academy said");
    CHECK(privacy.scrub("the Doe Family Trust paid") == "the Doe Family Trust paid");
}

TEST_CASE("a private name standing alone is still redacted, whatever its case") {
    auto store = store_with_fragment();
    Privacy privacy(*store, false);
    CHECK(privacy.scrub("Motion Picture Arts said") == "[redacted] said");
    CHECK(privacy.scrub("motion picture ARTS said") == "[redacted] said");
    CHECK(privacy.scrub("the Academy of Motion Picture Arts and Sciences and Motion Picture Arts") ==
          "the Academy of Motion Picture Arts and Sciences and [redacted]");
    CHECK(privacy.scrub("Academy of Motion Picture Arts") == "Academy of [redacted]");  // not the public name
    CHECK(privacy.scrub("Ms Doe and the Doe Family Trust") == "[redacted] and the Doe Family Trust");
}

TEST_CASE("a public name equal to a private one protects nothing") {
    auto store = store_with_fragment();
    Privacy privacy(*store, false);
    CHECK(privacy.scrub("Dana Doe spoke") == "[redacted] spoke");
}

TEST_CASE("a private name reaching past a public name is redacted whole") {
    auto store = Store::open_in_memory();
    sql_db(*store).exec(R"(INSERT INTO entities(text_id, kind, name, name_key, public) VALUES
                            ('person:a', 'person', 'Picture Arts', 'picture arts', 0),
                            ('person:b', 'person', 'Arts and Sciences Prize', 'arts and sciences prize', 0),
                            ('org:a', 'organization', 'Motion Picture Arts', 'motion picture arts', 1);)");
    Privacy privacy(*store, false);
    CHECK(privacy.scrub("the Motion Picture Arts board") == "the Motion Picture Arts board");
    CHECK(privacy.scrub("the Motion Picture Arts and Sciences Prize") == "the Motion Picture [redacted]");
    CHECK(privacy.scrub("Picture Arts and Sciences Prize") == "[redacted]");  // overlapping names: one redaction
}

TEST_CASE("a private name inside a longer public word or beside punctuation is judged by whole words") {
    auto store = Store::open_in_memory();
    sql_db(*store).exec(R"(INSERT INTO entities(text_id, kind, name, name_key, public) VALUES
                            ('person:ana', 'person', 'Ana Fischer', 'ana fischer', 0),
                            ('person:hana', 'person', 'Hana Fischer', 'hana fischer', 1),
                            ('org:ines', 'organization', 'Inès Fischer Foundation', 'ines fischer foundation', 1),
                            ('person:ines', 'person', 'Inès Fischer', 'ines fischer', 0);)");
    Privacy privacy(*store, false);
    CHECK(privacy.scrub("Hana Fischer spoke") == "Hana Fischer spoke");
    CHECK(privacy.scrub("Ana Fischer spoke") == "[redacted] spoke");
    CHECK(privacy.scrub("\u201cHana Fischer\u201d and Ana Fischer") == "\u201cHana Fischer\u201d and [redacted]");
    CHECK(privacy.scrub("the Inès Fischer Foundation\u2014and Inès Fischer") ==
          "the Inès Fischer Foundation\u2014and [redacted]");
}

TEST_CASE("search finds a public name that holds a private one, and nothing through the private one") {
    auto store = store_with_fragment();
    sql_db(*store).exec(R"(INSERT INTO events(text_id, type, category, date, date_lo, date_hi, summary) VALUES
        ('event:public', 'expulsion', 'response', '2017', 17167, 17531,
         'The Academy of Motion Picture Arts and Sciences expelled a producer'),
        ('event:private', 'allegation', 'allegation', '2017', 17167, 17531, 'Motion Picture Arts spoke to police'),
        ('event:both', 'statement', 'media', '2017', 17167, 17531,
         'Dana Doe and Motion Picture Arts thanked the Doe Family Trust'))");
    Privacy privacy(*store, false);
    std::set<std::string> owners;
    for (const auto& hit : search(*store, "Motion Picture Arts", QueryScope{}, privacy, 20)) {
        owners.insert(hit.owner);
        CHECK(hit.snippet.find("[Motion] [Picture] [Arts]") != std::string::npos);
    }
    CHECK(owners == std::set<std::string>{"org:ampas", "event:public"});
    auto doe = search(*store, "Doe", QueryScope{}, privacy, 20);
    REQUIRE(doe.size() >= 3);  // the trust's name, the statement that names it, the public Dana Doe
    for (const auto& hit : doe)
        if (hit.owner != "person:twin") CHECK(hit.snippet.find("Dana") == std::string::npos);
    auto dana = search(*store, "Dana", QueryScope{}, privacy, 20);  // only the public namesake, shown anyway
    REQUIRE(dana.size() == 1);
    CHECK(dana.front().owner == "person:twin");
    Privacy shown(*store, true);
    CHECK(search(*store, "Motion Picture Arts", QueryScope{}, shown, 20).size() == 6);  // + the alias, the person, two events
}

namespace {

// Three private persons, one with a handle, and the public names around them.
std::unique_ptr<Store> store_with_spellings() {
    auto store = Store::open_in_memory();
    sql_db(*store).exec(R"(INSERT INTO entities(text_id, kind, name, name_key, public) VALUES
                            ('person:p1', 'person', 'Jérôme Élan', 'jerome elan', 0),
                            ('person:p2', 'person', 'Sam Rivers', 'sam rivers', 0),
                            ('person:p3', 'person', 'Rose Smith', 'rose smith', 0),
                            ('person:p4', 'person', 'Ann', 'ann', 0),
                            ('campaign:j', 'campaign', '#JusticeForRoseSmith', '#justiceforrosesmith', 1),
                            ('org:annex', 'organization', 'The Annex Theatre', 'the annex theatre', 1);
                        INSERT INTO aliases(entity, alias, alias_key) VALUES (2, '@samrivers', '@samrivers');)");
    return store;
}

}  // namespace

TEST_CASE("every spelling that name resolution would take is redacted") {
    auto store = store_with_spellings();
    Privacy privacy(*store, false);
    const char* spellings[] = {
        "Jérôme Élan", "JÉRÔME ÉLAN", "jerome elan", "Je\u0301ro\u0302me E\u0301lan",  // decomposed accents
        "Jérôme\nÉlan", "Jérôme\tÉlan", "Jérôme\u00A0Élan", "Jérôme\u202FÉlan", "Jérôme  Élan",
        "Jé\u00ADrôme Élan", "Jérôme\u200BÉlan", "J\u200Bérôme Élan", "Sam\r\nRivers",
        "samrivers", "@samrivers", "＠ｓａｍｒｉｖｅｒｓ", "Rivers, Sam", "Sam-Rivers", "ＳＡＭ ＲＩＶＥＲＳ",
        "Ms Rivers", "Mr. Rivers", "S. Rivers", "RIVERS Sam", "Rose Smith", "person:p1", "see person:p2 too"};
    for (const char* spelling : spellings) {
        INFO(spelling);
        std::string shown = privacy.scrub(std::string("Before ") + spelling + " after.");
        CHECK(shown.find("[redacted]") != std::string::npos);
        for (const char* word : {"rôme", "Élan", "lan ", "Rivers", "RIVERS", "rivers", "Sam", "Rose", "Smith", "p1", "p2"})
            CHECK(shown.find(word) == std::string::npos);
        CHECK(shown.substr(0, 7) == "Before ");
        CHECK(shown.substr(shown.size() - 7) == " after.");
    }
}

TEST_CASE("a bare surname is redacted after a fuller form of the name in the same text") {
    auto store = store_with_spellings();
    Privacy privacy(*store, false);
    CHECK(privacy.scrub("Sam Rivers spoke. Rivers said no.") == "[redacted] spoke. [redacted] said no.");
    CHECK(privacy.scrub("The rivers rose. Rivers said no.") == "The rivers rose. Rivers said no.");
}

TEST_CASE("redaction takes whole words, never part of one") {
    auto store = store_with_spellings();
    Privacy privacy(*store, false);
    CHECK(privacy.scrub("The Annual report by Ann") == "The Annual report by [redacted]");
    CHECK(privacy.scrub("at The Annex Theatre") == "at The Annex Theatre");
    CHECK(privacy.scrub("We march: #JusticeForRoseSmith!") == "We march: [redacted]!");
    CHECK(privacy.scrub("thanks #JusticeForAnn and #Annual") == "thanks [redacted] and #Annual");
    CHECK(privacy.scrub("rosesmith99 wrote") == "[redacted] wrote");
    CHECK(privacy.scrub("Rosemary Smithers") == "Rosemary Smithers");
}

TEST_CASE("a public name that holds a private one run together is redacted where it is shown") {
    auto store = store_with_spellings();
    Privacy privacy(*store, false);
    CHECK(privacy.shown_name("#JusticeForRoseSmith") == "[redacted]");
    CHECK(privacy.entity(5, "campaign:j", "#JusticeForRoseSmith", "campaign", true).name == "[redacted]");
    CHECK(privacy.shown_name("The Annex Theatre") == "The Annex Theatre");
    CHECK(Privacy(*store, true).shown_name("#JusticeForRoseSmith") == "#JusticeForRoseSmith");
}

TEST_CASE("search snippets are cut from the text as shown and never hold half a name") {
    auto store = store_with_spellings();
    sql_db(*store).exec(R"(INSERT INTO events(text_id, type, category, date, date_lo, date_hi, summary) VALUES
        ('event:a', 'statement', 'media', '2017', 17167, 17531,
         'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen Rose Smith said the theatre was closed'))");
    Privacy privacy(*store, false);
    auto hits = search(*store, "theatre", QueryScope{}, privacy, 20);
    REQUIRE(hits.size() == 2);  // the Annex's name, and the summary
    for (const auto& hit : hits) {
        CHECK(hit.snippet.find("Rose") == std::string::npos);
        CHECK(hit.snippet.find("Smith") == std::string::npos);
    }
    CHECK(search(*store, "Rose Smith", QueryScope{}, privacy, 20).empty());
    CHECK(search(*store, "samrivers", QueryScope{}, privacy, 20).empty());
}
