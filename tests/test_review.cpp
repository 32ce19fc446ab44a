// Review: candidate edits, participant changes, attachment, proposed entities, and the review
// queue with its likely duplicates (graph/candidate_review.hpp, graph/entity_review.hpp,
// queries/candidate_duplicates.hpp, queries/review_queue.hpp).
#include <doctest/doctest.h>

#include "graph/sql/engine.hpp"
#include "graph/candidate_review.hpp"
#include "graph/entity_review.hpp"
#include "graph/store.hpp"
#include "graph/writer.hpp"
#include "queries/candidate_duplicates.hpp"
#include "queries/review_queue.hpp"

using namespace allegraph;

namespace {

using Action = ParticipantChange::Action;

Citation quote(const std::string& source, const std::string& words) { return {source, words, std::nullopt, std::nullopt}; }

Entity entity(const std::string& id, const std::string& kind, const std::string& name, bool proposed = false) {
    Entity e;
    e.id = id;
    e.kind = kind;
    e.category = kind == "organization" ? "academy" : "";
    e.name = name;
    e.needs_review = proposed;
    e.is_public = !(proposed && kind == "person");
    e.citations = {quote(id == "person:mpa" ? "src:article" : "src:case", name)};
    return e;
}

Event event(const std::string& id, const std::string& type, const std::string& date, bool candidate,
            std::vector<Participant> participants, const std::string& source) {
    Event e;
    e.id = id;
    e.type = type;
    e.date = *parse_date(date);
    e.unreviewed = candidate;
    e.participants = std::move(participants);
    e.citations = {quote(source, id + " said so")};
    return e;
}

// An academy and a producer on record with an expulsion; an article's candidates: the same
// expulsion (a duplicate), an allegation naming a proposed private person, and a denial.
std::unique_ptr<Store> review_store() {
    auto store = Store::open_in_memory();
    GraphWriter w(*store);
    for (const char* id : {"src:case", "src:article", "src:other"}) {
        Source s;
        s.id = id;
        s.title = id;
        REQUIRE(w.put_source(s).ok());
    }
    REQUIRE(w.put_entity(entity("org:ampas", "organization", "Academy of Motion Picture Arts and Sciences")).ok());
    REQUIRE(w.put_entity(entity("person:hw", "person", "Harvey Weinstein")).ok());
    REQUIRE(w.put_entity(entity("person:mpa", "person", "Motion Picture Arts", true)).ok());
    REQUIRE(w.put_event(event("event:expelled", "expulsion", "2017-10-14", false,
                              {{"org:ampas", "actor"}, {"person:hw", "subject"}}, "src:case")).ok());
    REQUIRE(w.put_event(event("event:c-expel", "expulsion", "../2017-10-16", true,
                              {{"person:mpa", "actor"}, {"person:hw", "subject"}}, "src:article")).ok());
    REQUIRE(w.put_event(event("event:c-accuse", "allegation", "2017-10", true,
                              {{"person:mpa", "accuser"}, {"person:hw", "accused"}}, "src:article")).ok());
    REQUIRE(w.put_event(event("event:c-deny", "denial", "2017-10-15", true, {{"person:hw", "actor"}}, "src:other")).ok());
    w.finish();
    return store;
}

std::int64_t key_of(Store& store, const std::string& table, const std::string& id) {
    sql::Statement st(sql_db(store), "SELECT id FROM " + table + " WHERE text_id = ?");
    st.bind(1, id);
    REQUIRE(st.executeStep());
    return st.getColumn(0).getInt64();
}

std::string column(Store& store, const std::string& sql, const std::string& id) {
    sql::Statement st(sql_db(store), sql);
    st.bind(1, id);
    REQUIRE(st.executeStep());
    return st.getColumn(0).isNull() ? "NULL" : st.getColumn(0).getString();
}

// The event's participants as "entity=role", sorted.
std::string roles_in(Store& store, const std::string& event) {
    return column(store, R"(SELECT group_concat(x, ' ') FROM (SELECT n.text_id || '=' || p.role AS x FROM participants p
        JOIN entities n ON n.id = p.entity JOIN events e ON e.id = p.event WHERE e.text_id = ? ORDER BY x))", event);
}

// Runs one review step the way the CLI does: a recorder, then the log entry.
template <class Body>
auto logged(Store& store, Body body) {
    ChangeRecorder recorder(store);
    auto result = body(recorder);
    recorder.commit("review", {}, "");
    return result;
}

}  // namespace

TEST_CASE("edit_candidate changes each field it is given, and only those") {
    auto store = review_store();
    CandidateEdit edit;
    edit.type = "suspension";
    edit.date = "2017-10-14";
    edit.status = "started";
    edit.due = "2017-11-06";
    edit.negated = true;
    REQUIRE(logged(*store, [&](ChangeRecorder& r) { return edit_candidate(*store, r, "event:c-expel", edit); }).ok());
    const char* sql = "SELECT type || ' ' || category || ' ' || date || ' ' || status || ' ' || due || ' ' || negated"
                      " || ' ' || review FROM events WHERE text_id = ?";
    CHECK(column(*store, sql, "event:c-expel") == "suspension response 2017-10-14 started 2017-11-06 1 unreviewed");
    CandidateEdit clear;
    clear.due = "";
    clear.status = "";
    REQUIRE(logged(*store, [&](ChangeRecorder& r) { return edit_candidate(*store, r, "event:c-expel", clear); }).ok());
    CHECK(column(*store, "SELECT due FROM events WHERE text_id = ?", "event:c-expel") == "NULL");
    CHECK(column(*store, "SELECT due_lo FROM events WHERE text_id = ?", "event:c-expel") == "NULL");
    CHECK(column(*store, "SELECT status FROM events WHERE text_id = ?", "event:c-expel") == "");
    CHECK(column(*store, "SELECT date FROM events WHERE text_id = ?", "event:c-expel") == "2017-10-14");
}

TEST_CASE("edit_candidate refuses what the vocabulary does not hold, and decided events") {
    auto store = review_store();
    ChangeRecorder recorder(*store);
    auto refused = [&](const std::string& id, const CandidateEdit& edit) {
        auto done = edit_candidate(*store, recorder, id, edit);
        REQUIRE_FALSE(done.ok());
        return done.error().message;
    };
    CandidateEdit type;
    type.type = "expelled";
    CHECK(refused("event:c-expel", type).find("type: \"expelled\" is not one of") == 0);
    CandidateEdit status;
    status.status = "done";
    CHECK(refused("event:c-expel", status).find("status") == 0);
    CandidateEdit date;
    date.date = "2017-13";
    CHECK(refused("event:c-expel", date).find("date") == 0);
    CandidateEdit due;
    due.due = "soon";
    CHECK(refused("event:c-expel", due).find("due") == 0);
    CandidateEdit nature;
    nature.nature = "rape";
    CHECK(refused("event:c-expel", nature).find("nature applies to allegations") == 0);
    nature.nature = "slander";
    CHECK(refused("event:c-accuse", nature).find("nature: \"slander\"") == 0);
    CandidateEdit fine;
    fine.status = "completed";
    CHECK(refused("event:expelled", fine) == "event:expelled is already accepted: correct it with `allegraph edit`");
    CHECK(refused("event:none", fine) == "no event has the id \"event:none\"");
}

TEST_CASE("an allegation's nature goes with its type, and comes with it") {
    auto store = review_store();
    CandidateEdit nature;
    nature.nature = "harassment";
    REQUIRE(logged(*store, [&](ChangeRecorder& r) { return edit_candidate(*store, r, "event:c-accuse", nature); }).ok());
    CHECK(column(*store, "SELECT nature FROM events WHERE text_id = ?", "event:c-accuse") == "harassment");
    CandidateEdit type;
    type.type = "complaint";
    REQUIRE(logged(*store, [&](ChangeRecorder& r) { return edit_candidate(*store, r, "event:c-accuse", type); }).ok());
    CHECK(column(*store, "SELECT nature || '/' || category FROM events WHERE text_id = ?", "event:c-accuse") == "/legal");
}

TEST_CASE("participants are added, removed, re-roled and replaced") {
    auto store = review_store();
    const auto event = key_of(*store, "events", "event:c-expel");
    const auto ampas = key_of(*store, "entities", "org:ampas"), hw = key_of(*store, "entities", "person:hw"),
               mpa = key_of(*store, "entities", "person:mpa");
    auto change = [&](std::vector<ParticipantChange> changes) {
        return change_participants(*store, event, "event:c-expel", changes);
    };
    REQUIRE(change({{Action::replace, mpa, "Motion Picture Arts", "", ampas}}).ok());
    CHECK(roles_in(*store, "event:c-expel") == "org:ampas=actor person:hw=subject");
    REQUIRE(change({{Action::add, hw, "Harvey Weinstein", "participant", 0}}).ok());
    REQUIRE(change({{Action::remove, hw, "Harvey Weinstein", "participant", 0}}).ok());
    REQUIRE(change({{Action::set_role, ampas, "AMPAS", "initiator", 0}}).ok());
    CHECK(roles_in(*store, "event:c-expel") == "org:ampas=initiator person:hw=subject");
    REQUIRE(change({{Action::add, ampas, "AMPAS", "actor", 0}, {Action::remove, ampas, "AMPAS", "", 0}}).ok());
    CHECK(roles_in(*store, "event:c-expel") == "person:hw=subject");
    // Replacing with an entity that already has the role keeps one row.
    REQUIRE(change({{Action::add, ampas, "AMPAS", "subject", 0}, {Action::replace, hw, "HW", "", ampas}}).ok());
    CHECK(roles_in(*store, "event:c-expel") == "org:ampas=subject");
}

TEST_CASE("participant changes refuse invalid roles, absent entities and an empty event") {
    auto store = review_store();
    const auto event = key_of(*store, "events", "event:c-accuse");
    const auto ampas = key_of(*store, "entities", "org:ampas"), hw = key_of(*store, "entities", "person:hw");
    auto refused = [&](std::vector<ParticipantChange> changes) {
        auto done = change_participants(*store, event, "event:c-accuse", changes);
        REQUIRE_FALSE(done.ok());
        return done.error().message;
    };
    CHECK(refused({{Action::add, hw, "HW", "villain", 0}}).find("add: \"villain\" is not a role") == 0);
    CHECK(refused({{Action::remove, hw, "HW", "villain", 0}}).find("remove: \"villain\" is not a role") == 0);
    CHECK(refused({{Action::add, hw, "HW", "accused", 0}}) == "add: HW is already the accused of event:c-accuse");
    CHECK(refused({{Action::remove, ampas, "AMPAS", "", 0}}) == "remove: AMPAS does not take part in event:c-accuse");
    CHECK(refused({{Action::remove, hw, "HW", "actor", 0}}).find("remove: HW is not the actor") == 0);
    CHECK(refused({{Action::replace, hw, "HW", "", hw}}) == "replace: HW would replace itself");
    CHECK(refused({{Action::set_role, ampas, "AMPAS", "actor", 0}}).find("role: AMPAS does not take part") == 0);
    REQUIRE(change_participants(*store, event, "event:c-accuse", {{Action::add, hw, "HW", "subject", 0}}).ok());
    CHECK(refused({{Action::set_role, hw, "HW", "actor", 0}}).find("role: HW has several roles") == 0);
    const auto mpa = key_of(*store, "entities", "person:mpa");
    CHECK(refused({{Action::remove, hw, "HW", "", 0}, {Action::remove, mpa, "MPA", "", 0}}).find("no participants left") !=
          std::string::npos);
}

TEST_CASE("attaching a candidate gives its citations to the event on record and retires it") {
    auto store = review_store();
    REQUIRE(logged(*store, [&](ChangeRecorder& r) {
                return attach_candidate(*store, r, "event:c-expel", "event:expelled");
            }).ok());
    CHECK(column(*store, "SELECT review FROM events WHERE text_id = ?", "event:c-expel") == "rejected");
    const char* quotes = "SELECT group_concat(quote, '|') FROM (SELECT c.quote FROM citations c JOIN events e ON e.id = c.event"
                         " WHERE e.text_id = ? ORDER BY c.quote)";
    CHECK(column(*store, quotes, "event:expelled") == "event:c-expel said so|event:expelled said so");
    ChangeRecorder recorder(*store);
    auto again = attach_candidate(*store, recorder, "event:c-expel", "event:expelled");
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message == "attach: event:c-expel is rejected, not an unreviewed candidate");
    auto to_candidate = attach_candidate(*store, recorder, "event:c-deny", "event:c-accuse");
    REQUIRE_FALSE(to_candidate.ok());
    CHECK(to_candidate.error().message.find("is an unreviewed candidate too") != std::string::npos);
    CHECK_FALSE(attach_candidate(*store, recorder, "event:c-deny", "event:none").ok());
}

TEST_CASE("a proposed entity is accepted with its kind, category and privacy settled") {
    auto store = review_store();
    const auto mpa = key_of(*store, "entities", "person:mpa");
    EntityDecision decision;
    decision.kind = "organization";
    decision.is_public = true;
    REQUIRE(logged(*store, [&](ChangeRecorder& r) { return accept_entity(*store, r, mpa, "MPA", decision); }).ok());
    CHECK(column(*store, "SELECT kind || '/' || category || '/' || public || '/' || needs_review FROM entities"
                         " WHERE text_id = ?", "person:mpa") == "organization/other/1/0");
    ChangeRecorder recorder(*store);
    auto twice = accept_entity(*store, recorder, mpa, "MPA", {});
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message.find("is not a proposed entity") != std::string::npos);
}

TEST_CASE("accepting a proposed entity refuses unknown kinds and a category for a person") {
    auto store = review_store();
    const auto mpa = key_of(*store, "entities", "person:mpa");
    ChangeRecorder recorder(*store);
    EntityDecision kind;
    kind.kind = "robot";
    CHECK(accept_entity(*store, recorder, mpa, "MPA", kind).error().message.find("kind") == 0);
    EntityDecision category;
    category.category = "guild";
    CHECK(accept_entity(*store, recorder, mpa, "MPA", category).error().message.find("category applies") == 0);
    category.kind = "organization";
    category.category = "club";
    CHECK(accept_entity(*store, recorder, mpa, "MPA", category).error().message.find("category: \"club\"") == 0);
    CHECK(column(*store, "SELECT needs_review FROM entities WHERE text_id = ?", "person:mpa") == "1");
}

TEST_CASE("a proposed person that is an organization merges into it; an entity on record does not") {
    auto store = review_store();
    REQUIRE(logged(*store, [&](ChangeRecorder& r) {
                return merge_proposed_entity(*store, r, "person:mpa", "org:ampas");
            }).ok());
    CHECK(roles_in(*store, "event:c-accuse") == "org:ampas=accuser person:hw=accused");
    CHECK(column(*store, "SELECT e.text_id FROM entity_redirects r JOIN entities e ON e.id = r.entity WHERE r.text_id = ?",
                 "person:mpa") == "org:ampas");
    ChangeRecorder recorder(*store);
    auto refused = merge_proposed_entity(*store, recorder, "person:hw", "org:ampas");
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.find("is not a proposed entity") != std::string::npos);
}

TEST_CASE("a candidate probably repeats an event of the same type, dates and an entity") {
    auto store = review_store();
    Privacy privacy(*store, false);
    QueryScope scope;
    scope.include_unreviewed = true;
    auto candidates = review_candidates(*store, std::nullopt, scope, privacy);
    REQUIRE(candidates.size() == 3);
    for (const auto& c : candidates) {
        if (c.event.id == "event:c-expel") {
            REQUIRE(c.duplicates.size() == 1);
            CHECK(c.duplicates[0].id == "event:expelled");
        } else {
            CHECK(c.duplicates.empty());
        }
    }
    EventRow candidate;
    candidate.type = "expulsion";
    candidate.date = *parse_date("2017-10-14");
    CHECK(probably_same(candidate, {1, "expulsion", candidate.date.lo, candidate.date.hi, false}));
    CHECK_FALSE(probably_same(candidate, {1, "suspension", candidate.date.lo, candidate.date.hi, false}));
    CHECK_FALSE(probably_same(candidate, {1, "expulsion", candidate.date.lo, candidate.date.hi, true}));
    CHECK_FALSE(probably_same(candidate, {1, "expulsion", candidate.date.hi + 1, candidate.date.hi + 9, false}));
}

TEST_CASE("the review queue filters by source and redacts proposed private persons") {
    auto store = review_store();
    Privacy privacy(*store, false);
    QueryScope scope;
    const auto article = key_of(*store, "sources", "src:article");
    CHECK(review_candidates(*store, article, scope, privacy).size() == 2);
    CHECK(review_candidates(*store, key_of(*store, "sources", "src:case"), scope, privacy).empty());
    auto entities = review_entities(*store, article, scope, privacy);
    REQUIRE(entities.size() == 1);
    CHECK(entities[0].entity.redacted);
    CHECK(entities[0].entity.name == "[redacted person]");
    CHECK(entities[0].candidates == std::vector<std::string>{"event:c-accuse", "event:c-expel"});
    CHECK(entities[0].reason.find("private until reviewed") != std::string::npos);
    CHECK(review_entities(*store, key_of(*store, "sources", "src:other"), scope, privacy).empty());
    Privacy shown(*store, true);
    CHECK(review_entities(*store, std::nullopt, scope, shown)[0].entity.name == "Motion Picture Arts");
}
