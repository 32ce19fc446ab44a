"""End-to-end tests of what the article importer reads in real-news shapes, on an
invented wire story (tests/fixtures/articles/guild.txt): datelines, reported speech,
bare weekdays, passive voice and "by" phrases, nominal forms, "moves to" as started,
a due date in the next sentence, negation, groups as accusers, hard-wrapped text;
the entities it proposes (whole names, kinds with reasons, listed, private persons
private); and re-importing an article (never reverting an editor's work, never a
second copy of a text)."""
import json
import os
import shutil
import textwrap
import unittest

from harness import SOURCE_DIR, TempDbCase, canonical_dump, run, run_json, write

FIXTURES = os.path.join(SOURCE_DIR, "tests", "fixtures", "articles")
GUILD = os.path.join(FIXTURES, "guild.txt")


def candidates(db):
    code, out, err = run("review", "--json", "--include-private", db=db)
    assert code in (0, 1), err
    return json.loads(out)["events"] if code == 0 else []


def signature(event):
    roles = tuple(sorted((p["role"], p["name"]) for p in event["participants"]))
    return (event["type"], event["date"], event.get("status", ""), event.get("due", ""), event["negated"], roles)


class GuildArticle(TempDbCase):
    def setUp(self):
        super().setUp()
        self.import_ok(GUILD)
        self.events = {signature(e) for e in candidates(self.db)}

    def has(self, type_, date, roles, status="", due="", negated=False):
        self.assertIn((type_, date, status, due, negated, tuple(sorted(roles))), self.events)

    def test_reported_speech_is_dated_up_to_the_day_it_was_said(self):
        # "said on Saturday it had suspended": done on or before Saturday 6 March
        self.has("suspension", "../2021-03-06", [("actor", "Western Film Guild"), ("subject", "Victor Hale")],
                 status="completed")

    def test_an_accusation_in_an_after_clause_came_before_the_main_event(self):
        self.has("allegation", "../2021-03-06", [("accuser", "three women"), ("accused", "Victor Hale")])

    def test_passive_voice_and_by_phrases_keep_the_roles_the_right_way_round(self):
        self.has("allegation", "../2021-03-10", [("accuser", "Nora Quinn"), ("accused", "Victor Hale")])
        self.has("allegation", "2021-01", [("accuser", "two former students"), ("accused", "Victor Hale")])
        self.assertFalse(any(("accuser", "Victor Hale") in e[5] for e in self.events))

    def test_nominal_forms_with_their_days(self):
        # "the suspension of Hale's contract on Sunday night"; "His firing … was reported Monday"
        self.has("suspension", "2021-03-07", [("actor", "Harbor Theatre Company"), ("subject", "Victor Hale")],
                 status="completed")
        self.has("firing", "../2021-03-08", [("actor", "Pacific Arts Council"), ("subject", "Victor Hale")],
                 status="completed")

    def test_moves_to_expel_is_started_with_the_due_date_of_the_next_sentence(self):
        self.has("expulsion", "../2021-03-10", [("subject", "Victor Hale")], status="started", due="2021-03-22")
        self.assertFalse(any(e[0] == "expulsion" and e[2] == "completed" for e in self.events))

    def test_negation_and_denial(self):
        self.has("charge", "../2021-03-10", [("subject", "Victor Hale")], status="completed", negated=True)
        self.has("denial", "../2021-03-10", [("actor", "Victor Hale")])
        self.assertFalse(any(e[0] == "charge" and not e[4] for e in self.events))

    def test_the_dateline_is_not_part_of_any_quote(self):
        for event in candidates(self.db):
            for citation in event["citations"]:
                self.assertNotIn("(AP)", citation["quote"])

    def test_every_candidate_is_a_verbatim_quote_at_its_offsets(self):
        with open(GUILD, encoding="utf-8") as f:
            text = f.read()
        for event in candidates(self.db):
            for c in event["citations"]:
                self.assertEqual(text[c["start"]:c["end"]], c["quote"])


class HardWrappedText(TempDbCase):
    def test_a_wrapped_copy_gives_the_same_candidates_with_quotes_across_lines(self):
        with open(GUILD, encoding="utf-8") as f:
            paragraphs = f.read().split("\n\n")
        wrapped = "\n\n".join(textwrap.fill(p, 70) for p in paragraphs)
        folder = os.path.join(self.dir, "wrapped")
        os.mkdir(folder)
        copy = write(folder, "guild.txt", wrapped)
        shutil.copy(GUILD + ".json", copy + ".json")
        plain_db, wrapped_db = self.new_database("plain.db"), self.new_database("wrapped.db")
        self.assertEqual(run("import", GUILD, db=plain_db)[0], 0)
        self.assertEqual(run("import", copy, db=wrapped_db)[0], 0)
        plain, wrapped_events = candidates(plain_db), candidates(wrapped_db)
        self.assertEqual(sorted(map(signature, plain)), sorted(map(signature, wrapped_events)))
        quotes = [c["quote"] for e in wrapped_events for c in e["citations"]]
        self.assertTrue(any("\n" in q for q in quotes), "no quote runs over a line break")
        for q in quotes:
            self.assertIn(q, wrapped)


class ProposedEntities(TempDbCase):
    def test_dry_run_lists_whole_names_with_kinds_and_reasons_and_writes_nothing(self):
        code, out, err = run("import", GUILD, "--dry-run", "--json", "--include-private", db=self.db)
        self.assertEqual(code, 0, err)
        created = {e["name"]: e for e in json.loads(out)["created"]}
        self.assertEqual(set(created), {"Victor Hale", "Nora Quinn", "Western Film Guild", "three women",
                                        "two former students", "Harbor Theatre Company", "Pacific Arts Council"})
        self.assertEqual(created["Western Film Guild"]["kind"], "organization")
        self.assertIn("guild", created["Western Film Guild"]["reason"])
        self.assertEqual((created["Victor Hale"]["kind"], created["Victor Hale"]["public"]), ("person", False))
        self.assertEqual(created["three women"]["kind"], "group")
        self.assertTrue(all(e["reason"] for e in created.values()))
        self.assertFalse(os.path.exists(self.db), "a dry run into a new path leaves no database")

    def test_private_names_are_not_printed_without_include_private(self):
        out, _ = self.import_ok(GUILD)
        self.assertIn("created 7 entities", out)
        for name in ("Victor Hale", "Nora Quinn", "victor-hale", "nora-quinn"):
            self.assertNotIn(name, out)
        self.assertIn("Western Film Guild", out)

    def test_no_fragment_of_a_stored_name_is_proposed(self):
        case = {"allegraph": 1, "entities": [{"id": "org:ampas", "kind": "organization", "category": "academy",
                                              "name": "Academy of Motion Picture Arts and Sciences",
                                              "aliases": ["AMPAS"]}]}
        self.import_ok(write(self.dir, "case.json", json.dumps(case)), extra=("--allow-uncited",))
        article = write(self.dir, "lee.txt",
                        "Motion Picture Arts academy expels producer\n\n"
                        "The Academy of Motion Picture Arts and Sciences expelled producer Sam Lee on Saturday. "
                        "Motion Picture Arts members voted for it, the Academy of Motion Picture Arts and Sciences "
                        "said.")
        write(self.dir, "lee.txt.json", json.dumps({"title": "Lee expelled", "published": "2021-03-10"}))
        code, out, err = run("import", article, "--json", "--include-private", db=self.db)
        self.assertEqual(code, 0, err)
        names = [e["name"] for e in json.loads(out)["created"]]
        self.assertEqual(names, ["Sam Lee"])
        expulsion = next(e for e in candidates(self.db) if e["type"] == "expulsion")
        self.assertIn(("actor", "org:ampas"), [(p["role"], p["id"]) for p in expulsion["participants"]])


class Reimport(TempDbCase):
    def setUp(self):
        super().setUp()
        self.import_ok(GUILD)

    def candidate(self, type_):
        return next(e for e in candidates(self.db) if e["type"] == type_)

    def test_reimport_never_reverts_an_edited_candidate(self):
        suspension = next(e for e in candidates(self.db) if e["type"] == "suspension" and e["date"] == "2021-03-07")
        code, _, err = run("review", "--edit", suspension["id"], "--date", "2021-03", "--reason", "checked", db=self.db)
        self.assertEqual(code, 0, err)
        before = canonical_dump(self.db)
        out, _ = self.import_ok(GUILD)
        self.assertIn("left as they are", out)
        self.assertEqual(before, canonical_dump(self.db))
        edited = next(e for e in candidates(self.db) if e["id"] == suspension["id"])
        self.assertEqual(edited["date"], "2021-03")

    def test_reimport_never_reverts_an_accepted_fact(self):
        firing = self.candidate("firing")
        self.assertEqual(run("review", "--accept", firing["id"], db=self.db)[0], 0)
        before = canonical_dump(self.db)
        self.import_ok(GUILD)
        self.assertEqual(before, canonical_dump(self.db))
        self.assertEqual([e["id"] for e in run_json("timeline", db=self.db)["events"]], [firing["id"]])

    def test_the_same_text_is_the_same_source_whatever_the_source_id(self):
        code, _, err = run("import", GUILD, "--source-id", "src:another-name", db=self.db)
        self.assertEqual(code, 0, err)
        self.assertIn("already stored as", err)
        folder = os.path.join(self.dir, "copy")
        os.mkdir(folder)
        copy = os.path.join(folder, "story.txt")
        shutil.copy(GUILD, copy)
        write(folder, "story.txt.json", json.dumps({"publisher": "Someone Else", "published": "2021-03-10"}))
        self.import_ok(copy)
        self.assertEqual(run_json("stats", db=self.db)["sources"], 1)
        self.assertEqual(run("entity", "src:another-name", db=self.db)[0], 1)


class HeadlineShapes(TempDbCase):
    def import_text(self, text, published="2021-03-10"):
        path = write(self.dir, "story.txt", text)
        write(self.dir, "story.txt.json", json.dumps({"publisher": "Invented", "published": published}))
        self.import_ok(path)
        return candidates(self.db)

    def test_starts_process_to_expel_is_started_not_done(self):
        events = self.import_text("Academy starts process to expel producer Sam Lee\n\n"
                                  "The Western Film Academy said Monday it had begun proceedings to expel Sam Lee.")
        expulsions = [e for e in events if e["type"] == "expulsion"]
        self.assertTrue(expulsions)
        self.assertEqual({e["status"] for e in expulsions}, {"started"})

    def test_bare_weekdays_are_that_day(self):
        events = self.import_text("The Harbor Opera suspended conductor Sam Lee, the company announced. "
                                  "The Lakeside Symphony fired Sam Lee Monday.")
        firing = next(e for e in events if e["type"] == "firing")
        self.assertEqual(firing["date"], "2021-03-08")

    def test_calls_and_conditions_are_not_events(self):
        events = self.import_text("Senator Ann Roe urged the Western Film Academy to expel Sam Lee. "
                                  "If the allegations are true, the academy should suspend Sam Lee, she said.")
        self.assertEqual([e for e in events if e["type"] in ("expulsion", "suspension")], [])

    def test_a_timeline_entry_dates_its_paragraph_up_to_that_day(self):
        events = self.import_text("Timeline of the case\n\n"
                                  "Feb. 3: Ann Roe sues producer Sam Lee. Sam Lee, in a statement, denies the allegations.\n\n"
                                  "Sam Lee apologised.", published="2021-03-10")
        denial = next(e for e in events if e["type"] == "denial")
        self.assertEqual(denial["date"], "../2021-02-03")
        complaint = next(e for e in events if e["type"] == "complaint")
        self.assertEqual(complaint["date"], "2021-02-03")
        # a new paragraph is not part of the entry
        apology = next(e for e in events if e["type"] == "apology")
        self.assertEqual(apology["date"], "../2021-03-10")

    def test_the_article_dateline_dates_no_event_exactly(self):
        events = self.import_text("Monday, March 8, 2021 \u2013 The Western Film Guild has suspended Sam Lee.",
                                  published="2021-03-08")
        suspension = next(e for e in events if e["type"] == "suspension")
        self.assertEqual(suspension["date"], "../2021-03-08")


if __name__ == "__main__":
    unittest.main()
