#include <doctest/doctest.h>

#include "exporters/wording.hpp"

using namespace allegraph;

namespace {

EventRow event(const std::string& type, std::vector<std::pair<std::string, std::string>> people, const char* date) {
    EventRow e;
    e.type = type;
    e.date = parse_date(date).value();
    for (auto& [name, role] : people) e.participants.push_back({{0, "", name, "person", false}, role});
    return e;
}

}  // namespace

TEST_CASE("allegations are worded as accusations, never as facts") {
    EventRow e = event("allegation", {{"Rose McGowan", "accuser"}, {"Harvey Weinstein", "accused"}}, "2017-10");
    e.nature = "rape";
    CHECK(headline(e) == "Rose McGowan accused Harvey Weinstein of rape");
    EventRow unnamed = event("allegation", {{"Harvey Weinstein", "accused"}}, "2017");
    CHECK(headline(unnamed) == "Harvey Weinstein faced allegations of misconduct");
}

TEST_CASE("institutional responses say who did what to whom, with status and due date") {
    EventRow expulsion = event("expulsion", {{"AMPAS", "actor"}, {"Harvey Weinstein", "subject"}}, "2017-10-14");
    CHECK(headline(expulsion) == "AMPAS expelled Harvey Weinstein");
    EventRow proceedings =
        event("termination_proceedings", {{"The Producers Guild of America", "actor"}, {"Harvey Weinstein", "subject"}},
              "2017-10-16");
    proceedings.status = "started";
    proceedings.due = parse_date("2017-11-06").value();
    CHECK(headline(proceedings) ==
          "The Producers Guild of America began termination proceedings against Harvey Weinstein; a final decision is "
          "due 6 November 2017");
    CHECK(status_phrase(proceedings) == "started; decision due 6 November 2017");
    EventRow revocation = event("revocation", {{"Emmanuel Macron", "actor"}, {"Harvey Weinstein", "subject"}}, "2017-10-15");
    revocation.participants.push_back({{0, "", "Legion of Honour", "organization", false}, "object"});
    revocation.status = "started";
    CHECK(headline(revocation) == "Emmanuel Macron started the procedure to revoke Harvey Weinstein's Legion of Honour");
    revocation.status = "completed";
    CHECK(headline(revocation) == "Emmanuel Macron revoked Harvey Weinstein's Legion of Honour");
}

TEST_CASE("named accusers reported with a group are worded as part of it") {
    EventRow e = event("allegation", {{"Angelina Jolie", "accuser"}, {"Rose McGowan", "accuser"},
                                      {"Harvey Weinstein", "accused"}}, "../2017-10-20");
    e.participants.push_back({{0, "", "more than three dozen actresses", "group", false}, "accuser"});
    CHECK(headline(e) == "More than three dozen actresses, including Angelina Jolie and Rose McGowan, accused Harvey "
                         "Weinstein of misconduct");
    e.participants.back().entity.name = "three other women";
    CHECK(headline(e) == "Angelina Jolie, Rose McGowan and three other women accused Harvey Weinstein of misconduct");
}

TEST_CASE("an announced or opened act is never worded as done") {
    EventRow resignation = event("resignation", {{"Trent Franks", "actor"}}, "2017-12-07");
    CHECK(headline(resignation) == "Trent Franks resigned");
    resignation.status = "pending";
    resignation.due = parse_date("2018-01-31").value();
    CHECK(headline(resignation) == "Trent Franks was to resign; set for 31 January 2018");
    EventRow suspension = event("suspension", {{"MLB", "actor"}, {"Trevor Bauer", "subject"}}, "2022-04-29");
    suspension.status = "pending";
    CHECK(headline(suspension) == "MLB was to suspend Trevor Bauer");
    suspension.status = "started";
    CHECK(headline(suspension) == "MLB moved to suspend Trevor Bauer");
    suspension.status = "completed";
    CHECK(headline(suspension) == "MLB suspended Trevor Bauer");
}

TEST_CASE("negated facts are dated by their source") {
    EventRow charge = event("charge", {{"Harvey Weinstein", "subject"}}, "../2017-10-17");
    charge.negated = true;
    CHECK(headline(charge) == "As of 17 October 2017, Harvey Weinstein had not been charged");
    EventRow vote = event("vote", {{"Harvey Weinstein", "subject"}}, "../2017-10-17");
    vote.negated = true;
    CHECK(headline(vote) == "As of 17 October 2017, no vote concerning Harvey Weinstein had taken place");
}

TEST_CASE("sentences start with a capital and list names naturally") {
    EventRow investigation =
        event("investigation", {{"police in New York", "investigator"}, {"police in London", "investigator"},
                                {"Harvey Weinstein", "subject"}},
              "2017-10");
    investigation.status = "started";
    CHECK(headline(investigation) ==
          "Investigation into Harvey Weinstein by police in New York and police in London under way");
    investigation.status = "completed";
    CHECK(headline(investigation) == "Police in New York and police in London investigated Harvey Weinstein");
    EventRow posts = event("campaign_post", {{"A", "participant"}, {"B", "participant"}, {"C", "participant"}}, "2017");
    CHECK(headline(posts) == "A, B and C posted");
}

TEST_CASE("denials on record are found through incoming responds_to links") {
    EventRow allegation = event("allegation", {}, "2017");
    const Vocabulary& v = builtin_vocabulary();
    allegation.links.push_back({"responds_to", "event:denial", true, "denial", v.event_type("denial"), "He denied it.", {}, 0, {}});
    allegation.links.push_back({"part_of", "event:other", true, "statement", v.event_type("statement"), "", {}, 0, {}});
    allegation.links.push_back({"responds_to", "event:earlier", false, "denial", v.event_type("denial"), "", {}, 0, {}});
    allegation.links.push_back({"responds_to", "event:said", true, "statement", v.event_type("statement"), "", {}, 0, {}});
    auto found = answers(allegation);
    REQUIRE(found.size() == 1);
    CHECK(found[0]->summary == "He denied it.");
    CHECK(answer_word(*found[0]) == "Denied");
}
