"""End-to-end tests of `allegraph review`: the candidate queue with likely duplicates, --source,
corrections of a candidate (fields and participants, by id or by name), proposed entities
(listing, accepting, merging), --attach, empty queues, redaction of a private name that is a
fragment of a public one, and bad input that leaves the database unchanged (exit 3).

Candidates and proposed entities are written deterministically through the native format
("review": "unreviewed", "needs_review": true), so that these tests do not depend on what the
article extractor proposes; one test goes through the article importer for re-import."""
import json
import os
import unittest

from harness import SOURCE_DIR, TempDbCase, canonical_dump, run, run_json, write

FIXTURES = os.path.join(SOURCE_DIR, "tests", "fixtures", "articles")
ON_RECORD = "event:ampas-expels-weinstein"
EXPEL, ACCUSE, SUSPEND = "event:candidate-expel", "event:candidate-accuse", "event:candidate-suspend"
CURATED_QUOTE = "The Academy of Motion Picture Arts and Sciences expelled Harvey Weinstein on Saturday."
CANDIDATE_QUOTE = "Motion Picture Arts expelled Weinstein, the Herald said."


def cite(source, quote):
    return [{"source": source, "quote": quote}]


def entity(id_, kind, name, *, public=True, proposed=False, aliases=(), source="src:case", category=None):
    record = {"id": id_, "kind": kind, "name": name, "public": public, "aliases": list(aliases),
              "citations": cite(source, name)}
    if proposed:
        record["needs_review"] = True
    if kind == "organization":
        record["category"] = category or "other"
    return record


def candidate(id_, type_, date, participants, source, quote):
    return {"id": id_, "type": type_, "date": date, "review": "unreviewed", "summary": "",
            "participants": [{"entity": e, "role": r} for e, r in participants], "citations": cite(source, quote)}


QUEUE = {
    "allegraph": 1,
    "sources": [{"id": "src:case", "title": "The case file", "publisher": "Desk", "published": "2017-10-20"},
                {"id": "src:herald", "title": "Academy acts", "publisher": "Herald", "published": "2017-10-16"},
                {"id": "src:gazette", "title": "Guild acts", "publisher": "Gazette", "published": "2017-10-17"}],
    "entities": [
        entity("org:ampas", "organization", "Academy of Motion Picture Arts and Sciences", aliases=["AMPAS"],
               category="academy"),
        entity("person:harvey-weinstein", "person", "Harvey Weinstein"),
        entity("org:pga", "organization", "Producers Guild of America", aliases=["the Guild"], category="guild"),
        entity("org:sag", "organization", "Screen Actors Guild", aliases=["the Guild"], category="guild"),
        entity("org:legion", "organization", "Légion d'honneur", category="honour"),
        entity("person:motion-picture-arts", "person", "Motion Picture Arts", public=False, proposed=True,
               source="src:herald"),
        entity("person:jane-roe", "person", "Jane Roe", public=False, proposed=True, source="src:herald"),
        entity("person:the-board", "person", "The Board", public=False, proposed=True, source="src:gazette"),
    ],
    "events": [
        {"id": ON_RECORD, "type": "expulsion", "date": "2017-10-14", "status": "completed",
         "summary": "The Academy expelled Harvey Weinstein",
         "participants": [{"entity": "org:ampas", "role": "actor"},
                          {"entity": "person:harvey-weinstein", "role": "subject"}],
         "citations": cite("src:case", CURATED_QUOTE)},
        candidate(EXPEL, "expulsion", "../2017-10-16",
                  [("person:motion-picture-arts", "actor"), ("person:harvey-weinstein", "subject")],
                  "src:herald", CANDIDATE_QUOTE),
        candidate(ACCUSE, "allegation", "2017-10", [("person:jane-roe", "accuser"), ("person:harvey-weinstein", "accused")],
                  "src:herald", "Jane Roe accused Harvey Weinstein of harassment."),
        candidate(SUSPEND, "suspension", "2017-10-16", [("org:pga", "actor"), ("person:harvey-weinstein", "subject")],
                  "src:gazette", "The Board of the Producers Guild of America suspended Weinstein."),
    ],
}


class ReviewCase(TempDbCase):
    def setUp(self):
        super().setUp()
        self.queue_file = write(self.dir, "queue.json", json.dumps(QUEUE))
        self.import_ok(self.queue_file)

    def queue(self, *flags):
        code, out, err = run("review", "--json", *flags, db=self.db)
        self.assertIn(code, (0, 1), err)
        return {e["id"]: e for e in json.loads(out)["events"]}

    def review_ok(self, *args):
        code, out, err = run("review", *args, db=self.db)
        self.assertEqual(code, 0, err)
        return out

    def last_change(self, fact, *flags):
        return run_json("history", fact, *flags, db=self.db)["changes"][-1]

    def fields(self, fact, *flags):
        return {(f["field"], f["before"], f["after"]) for f in self.last_change(fact, *flags)["facts"][0]["fields"]}

    def participants(self, event):
        rows = self.queue("--include-private")[event]["participants"]
        return sorted((p["id"], p["role"]) for p in rows)

    def assert_refused(self, *args, message=None):
        """The review command exits 3 with an error and changes nothing."""
        before = canonical_dump(self.db)
        code, _, err = run("review", *args, db=self.db)
        self.assertEqual(code, 3, (args, err))
        self.assertTrue(err.startswith("allegraph: error: "), err)
        if message:
            self.assertIn(message, err)
        self.assertEqual(before, canonical_dump(self.db), args)


class Listing(ReviewCase):
    def test_candidates_are_listed_with_the_events_on_record_they_probably_repeat(self):
        queue = self.queue()
        self.assertEqual(set(queue), {EXPEL, ACCUSE, SUSPEND})
        duplicates = queue[EXPEL]["duplicates"]
        self.assertEqual([(d["id"], d["type"], d["date"]) for d in duplicates], [(ON_RECORD, "expulsion", "2017-10-14")])
        self.assertEqual(duplicates[0]["summary"], "The Academy expelled Harvey Weinstein")
        self.assertEqual(queue[SUSPEND]["duplicates"], [])
        self.assertEqual(queue[ACCUSE]["duplicates"], [])
        # The timeline's fields are all still there.
        for field in ("id", "type", "category", "date", "date_lo", "date_hi", "status", "summary", "participants",
                      "citations", "unreviewed", "negated"):
            self.assertIn(field, queue[EXPEL])
        self.assertTrue(queue[EXPEL]["unreviewed"])
        text = self.review_ok()
        self.assertIn(f"probably the same as: {ON_RECORD} (expulsion, 14 October 2017, \u201c{CURATED_QUOTE}\u201d)", text)
        self.assertIn("participants: org:pga=actor person:harvey-weinstein=subject", text)

    def test_a_duplicate_needs_the_same_type_overlapping_dates_and_a_shared_entity(self):
        moved = dict(QUEUE, events=[dict(e, date="2017-10-17/2017-10-20") if e["id"] == EXPEL else e
                                    for e in QUEUE["events"]])
        self.import_ok(write(self.dir, "moved.json", json.dumps(moved)))
        self.assertEqual(self.queue()[EXPEL]["duplicates"], [])

    def test_source_narrows_both_lists(self):
        self.assertEqual(set(self.queue("--source", "src:gazette")), {SUSPEND})
        self.assertEqual(set(self.queue("--source", "src:herald")), {EXPEL, ACCUSE})
        entities = run_json("review", "--entities", "--source", "src:gazette", "--include-private", db=self.db)
        self.assertEqual([e["id"] for e in entities["entities"]], ["person:the-board"])
        code, _, err = run("review", "--source", "src:nowhere", db=self.db)
        self.assertEqual(code, 3)
        self.assertIn("src:nowhere", err)

    def test_proposed_entities_are_listed_redacted_unless_include_private(self):
        code, out, err = run("review", "--entities", "--json", db=self.db)
        self.assertEqual(code, 0, err)
        entities = json.loads(out)["entities"]
        self.assertEqual(len(entities), 3)
        for e in entities:
            self.assertTrue(e["redacted"])
            self.assertEqual((e["name"], e["kind"], e["public"]), ("[redacted person]", "person", False))
            self.assertTrue(e["id"].startswith("private:"))
            self.assertTrue(e["reason"])
        text = out + run("review", "--entities", db=self.db)[1]
        for secret in ("Motion Picture Arts", "Jane Roe", "The Board", "jane-roe", "motion-picture-arts"):
            self.assertNotIn(secret, text)
        shown = {e["id"]: e for e in run_json("review", "--entities", "--include-private", db=self.db)["entities"]}
        self.assertEqual(shown["person:motion-picture-arts"]["name"], "Motion Picture Arts")
        self.assertEqual(shown["person:motion-picture-arts"]["candidates"], [EXPEL])
        self.assertEqual(shown["person:the-board"]["citations"][0]["source"], "src:gazette")

    def test_an_empty_queue_says_so(self):
        for event in (EXPEL, ACCUSE, SUSPEND):
            self.review_ok("--reject", event)
        code, out, _ = run("review", db=self.db)
        self.assertEqual((code, out.strip()), (1, "no candidates to review"))
        code, out, err = run("review", "--json", db=self.db)
        self.assertEqual((code, json.loads(out), err.strip()), (1, {"events": []}, "no candidates to review"))
        for entity_id in ("person:motion-picture-arts", "person:jane-roe", "person:the-board"):
            self.review_ok("--accept-entity", entity_id, "--include-private")
        code, out, _ = run("review", "--entities", db=self.db)
        self.assertEqual((code, out.strip()), (1, "no proposed entities to review"))
        code, out, err = run("review", "--entities", "--json", db=self.db)
        self.assertEqual((code, json.loads(out), err.strip()), (1, {"entities": []}, "no proposed entities to review"))

    def test_help_documents_every_option_with_examples(self):
        code, out, _ = run("review", "--help")
        self.assertEqual(code, 0)
        for option in ("--edit", "--type", "--date", "--status", "--due", "--nature", "--negated", "--add", "--remove",
                       "--role", "--replace", "--entities", "--accept-entity", "--public", "--private", "--kind",
                       "--category", "--merge-entity", "--into", "--source", "--attach", "--reason", "Examples:"):
            self.assertIn(option, out)


class Editing(ReviewCase):
    def test_fields_are_corrected_logged_and_the_candidate_stays_unreviewed(self):
        self.review_ok("--edit", SUSPEND, "--type", "termination_proceedings", "--status", "started", "--due",
                       "2017-11-06", "--date", "2017-10-15", "--reason", "The Guild began proceedings")
        edited = self.queue()[SUSPEND]
        self.assertEqual((edited["type"], edited["category"], edited["status"], edited["date"], edited["due"]),
                         ("termination_proceedings", "response", "started", "2017-10-15", "2017-11-06"))
        self.assertTrue(edited["unreviewed"])
        change = self.last_change(SUSPEND)
        self.assertEqual((change["command"], change["reason"]), ("review", "The Guild began proceedings"))
        self.assertLessEqual({("type", "suspension", "termination_proceedings"), ("status", "", "started"),
                              ("due", "", "2017-11-06"), ("date", "2017-10-16", "2017-10-15")}, self.fields(SUSPEND))
        self.review_ok("--edit", SUSPEND, "--due", "")
        self.assertNotIn("due", self.queue()[SUSPEND])
        self.assertIn(("due", "2017-11-06", ""), self.fields(SUSPEND))
        self.assertEqual(run("timeline", db=self.db)[1].count(SUSPEND), 0)

    def test_nature_and_negation_then_accept_in_one_command(self):
        self.review_ok("--edit", ACCUSE, "--nature", "harassment", "--negated", "false", "--accept", ACCUSE)
        accepted = {e["id"]: e for e in run_json("timeline", db=self.db)["events"]}
        self.assertEqual(accepted[ACCUSE]["nature"], "harassment")
        self.assertFalse(accepted[ACCUSE]["negated"])
        self.review_ok("--edit", SUSPEND, "--negated", "true")
        self.assertTrue(self.queue()[SUSPEND]["negated"])
        self.assertIn(("negated", "0", "1"), self.fields(SUSPEND))

    def test_participants_by_id_name_alias_any_case_and_accent(self):
        self.review_ok("--edit", EXPEL, "--replace", "motion picture ARTS=AMPAS", "--include-private")
        self.assertEqual(self.participants(EXPEL), [("org:ampas", "actor"), ("person:harvey-weinstein", "subject")])
        self.assertIn(("participants", "", "org:ampas actor"), self.fields(EXPEL, "--include-private"))
        self.assertIn(("participants", "person:motion-picture-arts actor", ""), self.fields(EXPEL, "--include-private"))
        self.review_ok("--edit", EXPEL, "--role", "academy of motion picture arts and sciences=initiator",
                       "--add", "LEGION D'HONNEUR=object", "--add", "org:pga=participant")
        self.assertEqual(self.participants(EXPEL), [("org:ampas", "initiator"), ("org:legion", "object"),
                                                    ("org:pga", "participant"), ("person:harvey-weinstein", "subject")])
        self.review_ok("--edit", EXPEL, "--remove", "Producers Guild of America", "--remove", "org:legion=object",
                       "--role", "AMPAS=actor")
        self.assertEqual(self.participants(EXPEL), [("org:ampas", "actor"), ("person:harvey-weinstein", "subject")])
        self.assertEqual(self.last_change(EXPEL)["command"], "review")

    def test_an_ambiguous_name_is_an_error_listing_the_candidates(self):
        self.assert_refused("--edit", SUSPEND, "--add", "the guild=participant", message="ambiguous")
        err = run("review", "--edit", SUSPEND, "--add", "the guild=participant", db=self.db)[2]
        self.assertIn("org:pga", err)
        self.assertIn("org:sag", err)

    def test_a_private_person_is_named_only_with_include_private(self):
        self.assert_refused("--edit", ACCUSE, "--remove", "Jane Roe", message='no entity named "Jane Roe"')
        self.review_ok("--edit", ACCUSE, "--role", "Jane Roe=participant", "--include-private")
        self.assertIn(("person:jane-roe", "participant"), self.participants(ACCUSE))

    def test_bad_input_is_refused_and_nothing_is_written(self):
        refusals = [
            (("--edit", "event:nowhere", "--type", "denial"), "event:nowhere"),
            (("--edit", ON_RECORD, "--type", "denial"), "already accepted"),
            (("--edit", SUSPEND, "--type", "expelled"), "--type"),
            (("--edit", SUSPEND, "--date", "2017-13-01"), "--date"),
            (("--edit", SUSPEND, "--due", "next week"), "--due"),
            (("--edit", SUSPEND, "--status", "done"), "--status"),
            (("--edit", SUSPEND, "--nature", "rape"), "--nature applies to allegations"),
            (("--edit", ACCUSE, "--nature", "gossip"), "--nature"),
            (("--edit", SUSPEND, "--negated", "maybe"), "--negated"),
            (("--edit", SUSPEND, "--add", "AMPAS=villain"), '"villain" is not a role'),
            (("--edit", SUSPEND, "--add", "AMPAS"), "ENTITY=ROLE"),
            (("--edit", SUSPEND, "--add", "Nobody At All=actor"), "no entity named"),
            (("--edit", SUSPEND, "--add", "org:pga=actor"), "already the actor"),
            (("--edit", SUSPEND, "--remove", "AMPAS"), "does not take part"),
            (("--edit", SUSPEND, "--remove", "org:pga=subject"), "is not the subject"),
            (("--edit", SUSPEND, "--role", "AMPAS=actor"), "does not take part"),
            (("--edit", SUSPEND, "--replace", "AMPAS=org:pga"), "does not take part"),
            (("--edit", SUSPEND, "--remove", "org:pga", "--remove", "Harvey Weinstein"), "no participants left"),
            # A valid change with an invalid one: neither is written.
            (("--edit", SUSPEND, "--type", "expulsion", "--add", "AMPAS=villain"), "villain"),
            (("--edit", SUSPEND, "--type", "expulsion", "--reject", ON_RECORD), "already accepted"),
            (("--accept", "event:nowhere"), "event:nowhere"),
            (("--reject", ON_RECORD), "already accepted"),
        ]
        for args, message in refusals:
            with self.subTest(args=args):
                self.assert_refused(*args, message=message)
        self.assertEqual(self.queue()[SUSPEND]["type"], "suspension")

    def test_options_that_do_not_go_together_are_usage_errors(self):
        for args in (("--type", "denial"), ("--add", "AMPAS=actor"), ("--edit", SUSPEND),
                     ("--public",), ("--kind", "organization"), ("--merge-entity", "person:the-board"),
                     ("--attach", EXPEL, ON_RECORD, "--accept", SUSPEND), ("--source", "src:herald", "--accept", SUSPEND),
                     ("--accept-entity", "person:the-board", "--public", "--private")):
            with self.subTest(args=args):
                self.assertEqual(run("review", *args, db=self.db)[0], 2)


class Entities(ReviewCase):
    def test_accepting_an_entity_as_public_names_it_everywhere(self):
        self.assertEqual(run("entity", "Jane Roe", db=self.db)[0], 1)
        self.review_ok("--accept-entity", "Jane Roe", "--public", "--include-private", "--reason", "A named accuser")
        card = run_json("entity", "Jane Roe", "--include-unreviewed", db=self.db)
        self.assertFalse(card["needs_review"])
        self.assertEqual(card["name"], "Jane Roe")
        fields = self.fields("person:jane-roe")
        self.assertIn(("needs_review", "1", "0"), fields)
        self.assertIn(("public", "0", "1"), fields)
        self.assertEqual(self.last_change("person:jane-roe")["reason"], "A named accuser")

    def test_a_proposed_person_that_is_an_organization_gets_its_kind(self):
        self.review_ok("--accept-entity", "The Board", "--kind", "organization", "--category", "company", "--public",
                       "--include-private")
        card = run_json("entity", "person:the-board", db=self.db)
        self.assertEqual((card["kind"], card["category"], card["needs_review"]), ("organization", "company", False))

    def test_a_proposed_person_merges_into_the_organization_it_names(self):
        self.review_ok("--merge-entity", "Motion Picture Arts", "--into", "AMPAS", "--include-private")
        self.assertEqual(run_json("entity", "person:motion-picture-arts", db=self.db)["id"], "org:ampas")
        self.assertEqual(self.participants(EXPEL), [("org:ampas", "actor"), ("person:harvey-weinstein", "subject")])
        remaining = run_json("review", "--entities", "--include-private", db=self.db)["entities"]
        self.assertNotIn("person:motion-picture-arts", [e["id"] for e in remaining])
        self.assertEqual(self.last_change("org:ampas")["command"], "review")

    def test_entity_decisions_refuse_bad_input(self):
        self.assert_refused("--accept-entity", "AMPAS", message="not a proposed entity")
        self.assert_refused("--accept-entity", "Jane Roe", "--include-private", "--kind", "robot", message="--kind")
        self.assert_refused("--accept-entity", "Jane Roe", "--include-private", "--category", "guild",
                            message="--category applies to organizations")
        self.assert_refused("--accept-entity", "Nobody", message="no entity named")
        self.assert_refused("--merge-entity", "Harvey Weinstein", "--into", "AMPAS", message="not a proposed entity")
        self.assert_refused("--merge-entity", "Jane Roe", "--into", "Nobody", "--include-private", message="no entity named")


class Attaching(ReviewCase):
    def test_attach_adds_the_citations_and_retires_the_candidate(self):
        self.review_ok("--attach", EXPEL, ON_RECORD, "--reason", "The Herald reports the same expulsion")
        event = {e["id"]: e for e in run_json("timeline", db=self.db)["events"]}[ON_RECORD]
        self.assertEqual({c["source"] for c in event["citations"]}, {"src:case", "src:herald"})
        self.assertNotIn(EXPEL, self.queue())
        for fact in (EXPEL, ON_RECORD):
            change = self.last_change(fact)
            self.assertEqual((change["command"], change["reason"]), ("attach", "The Herald reports the same expulsion"))
        self.assertIn(("review", "unreviewed", "rejected"), self.fields(EXPEL))
        self.assertIn("src:herald", " ".join(f[2] for f in self.fields(ON_RECORD)))
        self.import_ok(self.queue_file)  # a re-import does not propose it again
        self.assertNotIn(EXPEL, self.queue())
        self.assert_refused("--accept", EXPEL)

    def test_attach_refuses_what_is_not_a_candidate_and_an_event_off_record(self):
        self.assert_refused("--attach", "event:nowhere", ON_RECORD, message="event:nowhere")
        self.assert_refused("--attach", EXPEL, "event:nowhere", message="event:nowhere")
        self.assert_refused("--attach", EXPEL, SUSPEND, message="unreviewed candidate too")
        self.assert_refused("--attach", ON_RECORD, EXPEL, message="already accepted")
        self.review_ok("--reject", ACCUSE)
        self.assert_refused("--attach", EXPEL, ACCUSE, message="rejected")

    def test_an_attached_article_candidate_is_not_proposed_by_a_reimport(self):
        db = self.new_database("article.db")
        for args in ((os.path.join(FIXTURES, "entities.json"), "--allow-uncited"), (os.path.join(FIXTURES, "museum.txt"),)):
            self.assertEqual(run("import", *args, db=db)[0], 0)
        candidate = json.loads(run("review", "--json", db=db)[1])["events"][0]["id"]
        record = {"allegraph": 1, "sources": [{"id": "src:desk", "title": "Desk notes"}],
                  "events": [{"id": "event:on-record", "type": "statement", "date": "2021-05",
                              "participants": [{"entity": "person:daniel-crane", "role": "actor"}],
                              "citations": cite("src:desk", "noted")}]}
        self.assertEqual(run("import", write(self.dir, "record.json", json.dumps(record)), db=db)[0], 0)
        self.assertEqual(run("review", "--attach", candidate, "event:on-record", db=db)[0], 0)
        self.assertEqual(run("import", os.path.join(FIXTURES, "museum.txt"), db=db)[0], 0)
        code, out, _ = run("review", "--json", db=db)
        self.assertNotIn(candidate, [e["id"] for e in json.loads(out)["events"]])
        cited = {c["source"] for c in run_json("timeline", db=db)["events"][0]["citations"]}
        self.assertEqual(len(cited), 2)  # the desk's note and the article
        self.assertIn("src:desk", cited)


class FragmentOfAPublicName(ReviewCase):
    """A private proposed "Motion Picture Arts" (a fragment of the Academy's name) must not blank
    the Academy's name, and search must still find the Academy's facts (issue 14, item 3)."""

    def test_the_public_name_stays_whole_and_the_fragment_alone_is_redacted(self):
        event = run_json("timeline", db=self.db)["events"][0]
        self.assertEqual(event["citations"][0]["quote"], CURATED_QUOTE)
        quote = self.queue()[EXPEL]["citations"][0]["quote"]
        self.assertEqual(quote, "[redacted] expelled Weinstein, the Herald said.")
        for command in (("timeline",), ("entity", "AMPAS"), ("export", "json")):
            self.assertIn("Academy of Motion Picture Arts and Sciences", run(*command, db=self.db)[1])

    def test_search_finds_the_public_facts_and_nothing_through_the_private_name(self):
        code, out, err = run("search", "Motion Picture Arts", "--json", db=self.db)
        self.assertEqual(code, 0, err)
        hits = json.loads(out)["hits"]
        self.assertIn(ON_RECORD, {h["owner"] for h in hits})
        self.assertIn("org:ampas", {h["owner"] for h in hits})
        self.assertNotIn("person:motion-picture-arts", out)
        for hit in hits:
            self.assertIn("[Motion] [Picture] [Arts]", hit["snippet"])
        self.assertEqual(run("search", "Jane", db=self.db)[0], 1)  # a private name alone is still not confirmed
        self.review_ok("--reject", EXPEL)
        self.assertEqual(run("search", "Motion Picture Arts", db=self.db)[0], 0)


if __name__ == "__main__":
    unittest.main()
