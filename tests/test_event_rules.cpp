#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "graph/sql/engine.hpp"
#include "graph/store.hpp"
#include "graph/writer.hpp"
#include "importers/article_layout.hpp"
#include "importers/candidate_merge.hpp"
#include "importers/event_rules.hpp"

using namespace allegraph;

namespace {

// One candidate as text: "type date status negated role=name,role=name" (roles sorted).
std::vector<std::string> read(const std::string& text, const char* published = "2021-03-10") {
    auto store = Store::open_in_memory();
    GraphWriter writer(*store);
    auto sentences = article_sentences(text);
    ArticleEntities entities(writer, text);
    entities.analyse(sentences);
    Date day = parse_date(published).value();
    std::vector<Candidate> found;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        auto dates = find_date_phrases(sentences[i].tokens, day);
        SentenceContext context{sentences[i], entities.mentions(i), entities, dates, day, builtin_vocabulary()};
        for (auto& c : extract_events(context)) found.push_back(c);
    }
    std::vector<std::string> out;
    for (const auto& a : merge_candidates(found)) {
        const Candidate& c = a.event;
        std::vector<std::string> roles;
        for (const auto& p : c.participants) roles.push_back(p.role + "=" + entities.at(p.entity).name);
        std::sort(roles.begin(), roles.end());
        std::string line = c.type + " " + (c.date ? c.date->text : "-") + " " + (c.status.empty() ? "-" : c.status) +
                           (c.negated ? " negated" : "");
        for (const auto& r : roles) line += " " + r;
        out.push_back(line);
    }
    return out;
}

bool has(const std::vector<std::string>& found, const std::string& line) {
    return std::find(found.begin(), found.end(), line) != found.end();
}

}  // namespace

TEST_CASE("an accusation keeps its direction in active and passive voice and in nouns") {
    CHECK(has(read("Ann Lee accused Victor Hale of harassment."),
              "allegation - - accused=Victor Hale accuser=Ann Lee"));
    CHECK(has(read("Victor Hale was accused of harassment by Ann Lee."),
              "allegation - - accused=Victor Hale accuser=Ann Lee"));
    CHECK(has(read("Accusations against Victor Hale by Ann Lee surfaced in January."),
              "allegation 2021-01 - accused=Victor Hale accuser=Ann Lee"));
    CHECK(has(read("Ann Lee told the Herald that Victor Hale harassed her."),
              "allegation - - accused=Victor Hale accuser=Ann Lee"));
}

TEST_CASE("the speaker acts for a pronoun and the date of speech bounds what was done") {
    CHECK(has(read("The Western Film Guild said on Saturday it had suspended Victor Hale."),
              "suspension ../2021-03-06 completed actor=Western Film Guild subject=Victor Hale"));
    CHECK(has(read("The Western Film Guild fired Victor Hale Monday."),
              "firing 2021-03-08 completed actor=Western Film Guild subject=Victor Hale"));
}

TEST_CASE("appositions and relative clauses are skipped to find the subject") {
    CHECK(has(read("Harbor Records, a Sony Music subsidiary, dropped Victor Hale on Friday."),
              "termination 2021-03-05 completed actor=Harbor Records subject=Victor Hale"));
    CHECK(has(read("Victor Hale, who was forced to resign in April, denied it."),
              "resignation 2020-04 completed actor=Victor Hale"));
}

TEST_CASE("moves to, will and conditions: started, pending, nothing") {
    CHECK(has(read("The Western Film Guild moves to expel Victor Hale."),
              "expulsion - started actor=Western Film Guild subject=Victor Hale"));
    CHECK(has(read("The Western Film Guild will suspend Victor Hale."),
              "suspension - pending actor=Western Film Guild subject=Victor Hale"));
    CHECK(read("Senator Ann Lee urged the Western Film Guild to expel Victor Hale.").empty());
}

TEST_CASE("negated legal steps and denials") {
    CHECK(has(read("Prosecutors declined to charge Victor Hale."), "charge - completed negated subject=Victor Hale"));
    CHECK(has(read("Victor Hale has not been charged."), "charge - completed negated subject=Victor Hale"));
    CHECK(has(read("Victor Hale denied the allegations."), "denial - - actor=Victor Hale"));
    CHECK(read("The court denied his motion to dismiss the case against Victor Hale.").empty());
}

TEST_CASE("an investigation's subject, the investigator, and what faces it") {
    CHECK(has(read("The Harbor Opera opened an investigation into Victor Hale."),
              "investigation - started investigator=Harbor Opera subject=Victor Hale"));
    CHECK(has(read("Victor Hale faces an investigation."), "investigation - started subject=Victor Hale"));
}

TEST_CASE("descriptions stand for the person the article described so, and pronouns learn a gender") {
    auto found = read("Actor Victor Hale was charged on Monday. Hale's attorney, Mark Stone, said he was confident. "
                      "He also represented Paul Grey. Stone said the actor denied the allegations.");
    CHECK(has(found, "denial - - actor=Victor Hale"));
    found = read("Victor Hale's attorney, Mark Stone, spoke to Paul Grey. The attorney denied the allegations.");
    CHECK(has(found, "denial - - actor=Mark Stone"));
    // "him" tells that Cuba Hale is a man: "her" is someone else, so the accused is not also the victim
    found = read("Cuba Hale was charged after a woman accused him of groping her.");
    CHECK(has(found, "allegation - - accused=Cuba Hale"));
    CHECK(read("Victor Hale met reporters. The accuser denied the allegations.").empty());
}

TEST_CASE("a participle takes its clause's subject; what an accusation says is not a fact") {
    CHECK(has(read("Sir Victor Hale has resigned. The 65-year-old stepped down after apologising for his remarks."),
              "apology - - actor=Victor Hale"));
    CHECK(has(read("Sir Victor Hale was criticised. Sir Victor later resigned."), "resignation - completed actor=Victor Hale"));
    auto found = read("The inquiry stems from an accusation from Ann Lee that she was forced to quit her job.");
    CHECK(std::none_of(found.begin(), found.end(), [](const std::string& l) { return l.starts_with("resignation"); }));
}

TEST_CASE("an announced resignation effective later is pending, dated by the announcement") {
    CHECK(has(read("Victor Hale announced on Thursday his resignation from the Western Film Guild, effective April 30, 2021."),
              "resignation 2021-03-04 pending actor=Victor Hale"));
}

TEST_CASE("an organization's name before a post names the person who holds it") {
    CHECK(has(read("The Western Film Guild suspended the Harbor Theatre Company (HTC) head, Victor Hale, on Monday."),
              "suspension 2021-03-08 completed actor=Western Film Guild subject=Victor Hale"));
}

TEST_CASE("a noun that someone was expected to announce is not done") {
    auto found = read("Victor Hale had been expected to announce his resignation on Friday.");
    CHECK(std::none_of(found.begin(), found.end(), [](const std::string& l) { return l.find("completed") != std::string::npos; }));
    CHECK(has(read("The Harbor Opera postponed the gala due to the investigation into Victor Hale."),
              "investigation - started subject=Victor Hale"));
}

TEST_CASE("what is alleged may run over nouns joined by and, and an arrest for alleged acts accuses") {
    CHECK(has(read("A review into allegations of inappropriate behaviour and abuse of power against Victor Hale "
                   "was published."),
              "allegation - - accused=Victor Hale"));
    CHECK(has(read("Victor Hale was arrested on Saturday for alleged sex trafficking."),
              "allegation - - accused=Victor Hale"));
    CHECK(has(read("Victor Hale has resigned after the sport and culture minister was accused of harassment."),
              "allegation - - accused=Victor Hale"));
}

TEST_CASE("who orders an inquiry is not who conducts it; a body's finding is no conviction") {
    CHECK(has(read("Victor Hale resigned after an investigation commissioned by the Western Film Guild.", "2021-03-10"),
              "investigation - started actor=Western Film Guild"));
    auto found = read("The FIFA Ethics Committee found Victor Hale guilty of abusing players.");
    CHECK(std::none_of(found.begin(), found.end(), [](const std::string& l) { return l.starts_with("conviction"); }));
}

TEST_CASE("an apposition inside a relative clause is not the subject; what an accusation says is no report") {
    auto found = read("Nearly 100 women who say they were abused by a former doctor, Dr. Victor Hale, are suing the "
                      "Harbor Clinic.");
    CHECK(std::none_of(found.begin(), found.end(), [](const std::string& l) { return l.find("actor=Victor Hale") != std::string::npos; }));
    found = read("Model Ann Lee posted a tweet accusing Victor Hale of using his power to harass women.");
    CHECK(has(found, "allegation - - accused=Victor Hale accuser=Ann Lee"));
    CHECK(std::none_of(found.begin(), found.end(), [](const std::string& l) { return l.find("accused=Ann Lee") != std::string::npos; }));
}
