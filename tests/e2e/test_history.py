"""End-to-end tests of corrections and their history: `history`, `edit`, `retract`,
`merge`, `--as-of-db`, `--include-unsupported` and `syndicated_from`."""
import hashlib
import json
import os
import sqlite3
import subprocess
import time
import unittest
import xml.etree.ElementTree as ET

from harness import BIN, TempDbCase, run, run_json, sha256_of, sqlite_only, write

SOURCES = [
    {"id": "src:wire", "title": "Wire story", "publisher": "Wire", "published": "2017-10-16"},
    {"id": "src:copy", "title": "Wire story, republished", "publisher": "Daily", "published": "2017-10-16",
     "syndicated_from": "src:wire"},
    {"id": "src:other", "title": "Own reporting", "publisher": "Herald", "published": "2017-10-17"},
]


def cite(source, quote):
    return [{"source": source, "quote": quote}]


ENTITIES = [
    {"id": "org:academy", "kind": "organization", "category": "academy", "name": "The Academy",
     "citations": cite("src:other", "the Academy")},
    {"id": "person:kim", "kind": "person", "name": "Kim Hale", "citations": cite("src:wire", "Kim Hale")},
    {"id": "person:k-hale", "kind": "person", "name": "K. Hale", "citations": cite("src:other", "K. Hale")},
    {"id": "person:jo", "kind": "person", "name": "Jo Secret", "public": False,
     "citations": cite("src:other", "a woman")},
]
EVENTS = [
    {"id": "event:expulsion", "type": "expulsion", "date": "2017-10-14", "status": "completed",
     "summary": "The Academy expelled Kim Hale.",
     "participants": [{"entity": "org:academy", "role": "actor"}, {"entity": "person:kim", "role": "subject"}],
     "citations": cite("src:wire", "expelled on Saturday") + cite("src:copy", "expelled on Saturday")},
    {"id": "event:suspension", "type": "suspension", "date": "2017-10-10",
     "summary": "The Academy suspended K. Hale.",
     "participants": [{"entity": "org:academy", "role": "actor"}, {"entity": "person:k-hale", "role": "subject"}],
     "citations": cite("src:other", "suspended")},
    {"id": "event:allegation", "type": "allegation", "date": "2017-10", "summary": "Jo Secret accused Kim Hale.",
     "participants": [{"entity": "person:jo", "role": "accuser"}, {"entity": "person:kim", "role": "accused"}],
     "citations": cite("src:wire", "Jo Secret said")},
]
RELATIONS = [{"from": "person:k-hale", "type": "member_of", "to": "org:academy",
              "citations": cite("src:other", "a member")}]


def document(sources=SOURCES, entities=ENTITIES, events=EVENTS, relations=RELATIONS):
    return json.dumps({"allegraph": 1, "sources": sources, "entities": entities, "events": events,
                       "relations": relations})


class HistoryCase(TempDbCase):
    def setUp(self):
        super().setUp()
        self.case = write(self.dir, "case.json", document())
        self.import_ok(self.case)

    def history(self, *args):
        return run_json("history", *args, db=self.db)["changes"]

    def last_change_time(self):
        return self.history()[-1]["at"]

    def timeline_ids(self, *args):
        code, out, err = run("timeline", *args, "--json", db=self.db)
        self.assertIn(code, (0, 1), err)
        return [e["id"] for e in json.loads(out)["events"]] if code == 0 else []

    def dump(self):
        con = sqlite3.connect(self.db)
        try:
            return [row for row in con.iterdump()]
        finally:
            con.close()


class History(HistoryCase):
    def test_an_import_is_logged_with_its_file_and_sha256(self):
        changes = self.history()
        self.assertEqual(len(changes), 1)
        change = changes[0]
        self.assertEqual(change["command"], "import")
        self.assertEqual(change["files"], [{"path": os.path.abspath(self.case), "sha256": sha256_of(self.case)}])
        self.assertEqual((change["added"], change["changed"], change["removed"]), (11, 0, 0))
        self.assertRegex(change["at"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")

    def test_an_import_that_changes_nothing_is_logged_with_no_facts(self):
        self.import_ok(self.case)
        changes = self.history()
        self.assertEqual(len(changes), 2)
        self.assertEqual((changes[1]["added"], changes[1]["changed"], changes[1]["removed"]), (0, 0, 0))

    def test_a_reimport_that_changes_a_fact_logs_the_old_and_new_values(self):
        events = [dict(EVENTS[0], date="2017-10-15")] + EVENTS[1:]
        self.import_ok(write(self.dir, "v2.json", document(events=events)))
        [added, changed] = self.history("event:expulsion")
        self.assertEqual(added["facts"][0]["action"], "added")
        fields = {f["field"]: (f["before"], f["after"]) for f in changed["facts"][0]["fields"]}
        self.assertEqual(fields, {"date": ("2017-10-14", "2017-10-15")})

    @sqlite_only("writes to the SQLite file with the sqlite3 module")
    def test_the_log_cannot_be_rewritten_by_hand(self):
        con = sqlite3.connect(self.db)
        with self.assertRaises(sqlite3.DatabaseError):
            con.execute("UPDATE changes SET reason = 'nothing happened'")
        with self.assertRaises(sqlite3.DatabaseError):
            con.execute("DELETE FROM change_facts")
        con.close()

    def test_an_unknown_id_has_no_history(self):
        code, _, err = run("history", "event:never", db=self.db)
        self.assertEqual(code, 1, err)

    def test_private_persons_stay_redacted_in_the_history(self):
        code, out, _ = run("history", "--facts", db=self.db)
        self.assertEqual(code, 0)
        code, detail, _ = run("history", "event:allegation", db=self.db)
        self.assertEqual(code, 0)
        for text in (out, detail):
            self.assertNotIn("Jo Secret", text)
            self.assertNotIn("person:jo", text)
        self.assertIn("[redacted]", detail)
        code, shown, _ = run("--include-private", "history", "event:allegation", db=self.db)
        self.assertIn("person:jo accuser", shown)
        self.assertEqual(run("history", "person:jo", db=self.db)[0], 1)
        self.assertEqual(run("--include-private", "history", "person:jo", db=self.db)[0], 0)


class Edit(HistoryCase):
    def test_line_breaks_in_a_reason_or_a_file_name_forge_no_entry(self):
        forged = "\n#1  2017-01-01T00:00:00.000Z  import  (0 added, 0 changed, 0 removed)\n  reason: forged"
        code, _, err = run("edit", "event:expulsion", "--status", "started", "--reason", "Typo" + forged, db=self.db)
        self.assertEqual(code, 0, err)
        renamed = os.path.join(self.dir, "case" + forged.replace("/", "-") + ".json")
        os.rename(self.case, renamed)
        self.import_ok(renamed)
        code, out, err = run("history", db=self.db)
        self.assertEqual(code, 0, err)
        entries = [line for line in out.splitlines() if not line.startswith(" ")]
        self.assertEqual([e.split()[0] for e in entries], ["#1", "#2", "#3"], out)
        self.assertIn("Typo", out)
        history = run_json("history", db=self.db)["changes"]
        self.assertTrue(history[1]["reason"].startswith("Typo\n#1"), "JSON keeps the reason as given")

    def test_a_file_name_that_is_not_utf8_is_shown_as_text(self):
        renamed = os.fsencode(os.path.join(self.dir, "case")) + b"\xa0.json"
        os.rename(self.case, renamed)
        done = subprocess.run([BIN, "--db", self.db, "import", renamed], capture_output=True)
        self.assertEqual(done.returncode, 0, done.stderr)
        history = subprocess.run([BIN, "--db", self.db, "history", "--json"], capture_output=True, check=True).stdout
        path = json.loads(history.decode("utf-8"))["changes"][-1]["files"][0]["path"]  # strict UTF-8
        self.assertTrue(path.endswith("case\ufffd.json"), path)

    def test_an_unknown_value_in_an_argument_is_one_line_of_error(self):
        for args in (("timeline", "--type", "expulsion\nallegraph: error: forged"),
                     ("entity", "nobody\nallegraph: error: forged"),
                     ("edit", "event:expulsion", "--status", "done\nallegraph: error: x", "--reason", "r"),
                     ("history", "nobody\r\nallegraph: error: x")):
            with self.subTest(args=args):
                code, _, err = run(*args, db=self.db)
                self.assertIn(code, (1, 2, 3), err)
                self.assertEqual(err.count("\n"), 1, err)
                self.assertNotIn("\r", err)
                self.assertTrue(err.startswith("allegraph: error: "), err)

    def test_an_edit_changes_the_answer_and_keeps_the_old_value(self):
        before_edit = self.last_change_time()
        code, out, err = run("edit", "event:expulsion", "--date", "2017-10-13", "--status", "pending",
                             "--reason", "the Academy voted on Friday", db=self.db)
        self.assertEqual(code, 0, err)
        self.assertIn("edit", out)
        event = run_json("timeline", "--type", "expulsion", db=self.db)["events"][0]
        self.assertEqual((event["date"], event["status"]), ("2017-10-13", "pending"))
        change = self.history("event:expulsion")[-1]
        self.assertEqual((change["command"], change["reason"]), ("edit", "the Academy voted on Friday"))
        fields = {f["field"]: (f["before"], f["after"]) for f in change["facts"][0]["fields"]}
        self.assertEqual(fields, {"date": ("2017-10-14", "2017-10-13"), "status": ("completed", "pending")})
        # As it stood before the edit, and after it.
        old = run_json("--as-of-db", before_edit, "timeline", "--type", "expulsion", db=self.db)["events"][0]
        self.assertEqual((old["date"], old["status"]), ("2017-10-14", "completed"))
        new = run_json("--as-of-db", change["at"], "timeline", "--type", "expulsion", db=self.db)["events"][0]
        self.assertEqual(new["date"], "2017-10-13")

    def test_entities_and_relations_are_edited_too(self):
        code, _, err = run("edit", "person:kim", "--name", "Kim R. Hale", "--reason", "full name", db=self.db)
        self.assertEqual(code, 0, err)
        self.assertEqual(run_json("entity", "person:kim", db=self.db)["name"], "Kim R. Hale")
        code, _, err = run("edit", "person:k-hale member_of org:academy", "--date", "2010", "--reason", "since 2010",
                           db=self.db)
        self.assertEqual(code, 0, err)
        change = self.history("relation:person:k-hale>member_of>org:academy")[-1]
        self.assertEqual(change["facts"][0]["fields"], [{"field": "date", "before": "", "after": "2010"}])

    def test_an_edit_may_cite_the_source_that_backs_it(self):
        minutes = {"id": "src:minutes", "title": "Minutes", "publisher": "The Academy", "published": "2017-10-14",
                   "text": "The board voted on Friday, 13 October, to expel Kim Hale."}
        self.import_ok(write(self.dir, "minutes.json", document(sources=[minutes], entities=[], events=[],
                                                                relations=[])))
        before = sha256_of(self.db)
        code, _, err = run("edit", "event:expulsion", "--date", "2017-10-13", "--cite", "src:minutes", "--quote",
                           "voted on Saturday", "--reason", "minutes", db=self.db)
        self.assertEqual(code, 3)
        self.assertIn("not a verbatim substring", err)
        self.assertEqual(sha256_of(self.db), before)
        code, _, err = run("edit", "event:expulsion", "--date", "2017-10-13", "--cite", "src:minutes", "--quote",
                           "voted on Friday, 13 October", "--reason", "the Academy's minutes give the day", db=self.db)
        self.assertEqual(code, 0, err)
        event = run_json("timeline", "--type", "expulsion", db=self.db)["events"][0]
        cited = next(c for c in event["citations"] if c["source"] == "src:minutes")
        self.assertEqual((cited["quote"], cited["start"], cited["end"]), ("voted on Friday, 13 October", 10, 37))
        fields = self.history("event:expulsion")[-1]["facts"][0]["fields"]
        self.assertIn({"field": "citations", "before": "",
                       "after": "src:minutes: \u201cvoted on Friday, 13 October\u201d"}, fields)
        self.assertEqual(run("edit", "event:expulsion", "--cite", "src:minutes", "--reason", "r", db=self.db)[0], 2)

    def test_a_bad_edit_is_refused_and_changes_nothing(self):
        before = sha256_of(self.db)
        for args, code, message in [
                (("event:expulsion", "--date", "2017-02-30"), 3, "--date"),
                (("event:expulsion", "--status", "done"), 3, "--status"),
                (("person:kim", "--status", "pending"), 3, "applies to events"),
                (("event:nope", "--date", "2017"), 3, "no event, entity or relation"),
                (("event:expulsion",), 3, "nothing to edit"),
                (("event:expulsion", "--date", "2017", "--reason", " "), 3, "--reason"),
                (("event:expulsion", "--summary", "bell\x07"), 3, "control characters")]:
            with self.subTest(args=args):
                reason = () if "--reason" in args else ("--reason", "test")
                got, _, err = run("edit", *args, *reason, db=self.db)
                self.assertEqual(got, code, err)
                self.assertIn(message, err)
        got, _, err = run("edit", "event:expulsion", "--date", "2017", db=self.db)
        self.assertEqual(got, 2, err)  # --reason is required
        self.assertEqual(sha256_of(self.db), before)

    def test_an_edit_to_the_same_value_logs_nothing(self):
        code, out, _ = run("edit", "event:expulsion", "--date", "2017-10-14", "--reason", "check", db=self.db)
        self.assertEqual(code, 1)
        self.assertIn("nothing changed", out)
        self.assertEqual(len(self.history()), 1)


class Retract(HistoryCase):
    def retract(self, source="src:wire"):
        code, out, err = run("retract", source, "--reason", "the wire withdrew the story", db=self.db)
        self.assertEqual(code, 0, err)
        return out

    def test_a_fact_only_the_retracted_source_supported_is_left_out(self):
        self.retract("src:other")
        self.assertNotIn("event:suspension", self.timeline_ids())
        self.assertIn("event:suspension", self.timeline_ids("--include-unsupported"))
        shown = run_json("--include-unsupported", "timeline", "--type", "suspension", db=self.db)["events"][0]
        self.assertTrue(all(c.get("retracted") for c in shown["citations"]))
        # Left out of exports and check too.
        graphml = os.path.join(self.dir, "case.graphml")
        self.assertEqual(run("export", "graphml", "-o", graphml, db=self.db)[0], 0)
        ids = {n.get("id") for n in ET.parse(graphml).getroot().iter("{http://graphml.graphdrawing.org/xmlns}node")}
        self.assertNotIn("event:suspension", ids)
        self.assertIn("event:expulsion", ids)
        code, out, _ = run("check", "--actor", "The Academy", "--type", "suspension", "--subject", "K. Hale", "--json",
                           db=self.db)
        self.assertEqual(code, 1)
        result = json.loads(out)
        self.assertEqual(result["verdict"], "not_found")
        self.assertEqual(len(result["left_out_unsupported"]), 1)
        self.assertIn("src:other", result["left_out_unsupported"][0])
        code, out, _ = run("--include-unsupported", "check", "--actor", "The Academy", "--type", "suspension",
                           "--subject", "K. Hale", "--json", db=self.db)
        result = json.loads(out)
        self.assertEqual(result["verdict"], "supported")
        self.assertEqual(result["retracted_sources"], ["src:other"])
        self.assertIn("rests on retracted source", result["summary"])

    def test_a_fact_with_other_sources_drops_the_retracted_citation(self):
        self.retract("src:wire")
        event = run_json("timeline", "--type", "expulsion", db=self.db)["events"][0]
        self.assertEqual([c["source"] for c in event["citations"]], ["src:copy"])

    def test_a_retraction_is_logged_and_can_be_undone_in_time(self):
        before = self.last_change_time()
        self.retract("src:other")
        change = self.history("src:other")[-1]
        self.assertEqual((change["command"], change["reason"]), ("retract", "the wire withdrew the story"))
        self.assertIn("event:suspension", [f["id"] for f in self.history("--facts")[-1]["facts"]])
        self.assertIn("event:suspension", self.timeline_ids("--as-of-db", before))
        code, _, err = run("retract", "src:other", "--reason", "again", db=self.db)
        self.assertEqual(code, 3)
        self.assertIn("already retracted", err)

    def test_a_retraction_survives_a_reimport_and_an_export_round_trip(self):
        self.retract("src:other")
        self.import_ok(self.case)
        self.assertNotIn("event:suspension", self.timeline_ids())
        first = os.path.join(self.dir, "first.json")
        self.assertEqual(run("--include-private", "export", "json", "-o", first, db=self.db)[0], 0)
        copy_db = self.new_database("copy.db")
        self.assertEqual(run("import", first, db=copy_db)[0], 0)
        second = os.path.join(self.dir, "second.json")
        self.assertEqual(run("--include-private", "export", "json", "-o", second, db=copy_db)[0], 0)
        self.assertEqual(sha256_of(first), sha256_of(second))
        with open(first, encoding="utf-8") as f:
            source = next(s for s in json.load(f)["sources"] if s["id"] == "src:other")
        self.assertEqual(source["retraction_reason"], "the wire withdrew the story")


class Merge(HistoryCase):
    def merge(self):
        code, out, err = run("merge", "person:kim", "person:k-hale", "--reason", "same person", db=self.db)
        self.assertEqual(code, 0, err)

    def test_a_merge_moves_everything_and_the_old_id_keeps_working(self):
        before = self.last_change_time()
        self.merge()
        card = run_json("entity", "person:k-hale", db=self.db)
        self.assertEqual(card["id"], "person:kim")
        self.assertIn("K. Hale", card["aliases"])
        self.assertEqual({e["id"] for e in card["events"]}, {"event:expulsion", "event:suspension", "event:allegation"})
        self.assertEqual([r["other"]["id"] for r in card["relations"]], ["org:academy"])
        self.assertEqual(self.timeline_ids("person:k-hale"), self.timeline_ids("person:kim"))
        self.assertEqual(run_json("entity", "K. Hale", db=self.db)["id"], "person:kim")
        # An old file naming the gone id still imports, onto the kept entity.
        old = {"id": "event:later", "type": "apology", "date": "2017-10-20",
               "participants": [{"entity": "person:k-hale", "role": "actor"}], "citations": cite("src:other", "sorry")}
        self.import_ok(write(self.dir, "old.json", document(sources=[], entities=[ENTITIES[2]], events=[old],
                                                             relations=[])))
        self.assertIn("event:later", self.timeline_ids("person:kim"))
        self.assertEqual(run_json("stats", db=self.db)["entities"], 3)
        # The history names the merge under both ids, and the database as it stood still has two records.
        self.assertIn("merge", [c["command"] for c in self.history("person:k-hale")])
        self.assertEqual(run_json("--as-of-db", before, "entity", "person:k-hale", db=self.db)["id"], "person:k-hale")

    def test_a_merge_that_makes_no_sense_is_refused(self):
        before = sha256_of(self.db)
        for keep, gone, message, flags in [("person:kim", "person:kim", "itself", ()),
                                           ("person:kim", "org:academy", "cannot merge", ()),
                                           ("person:kim", "person:jo", "private", ("--include-private",)),
                                           ("person:kim", "person:jo", 'no entity has the id "person:jo"', ()),
                                           ("person:kim", "person:nobody", "no entity", ())]:
            with self.subTest(gone=gone, flags=flags):
                code, _, err = run(*flags, "merge", keep, gone, "--reason", "r", db=self.db)
                self.assertEqual(code, 3, err)
                self.assertIn(message, err)
        self.assertEqual(sha256_of(self.db), before)


class AsOfDb(HistoryCase):
    def test_every_query_and_export_answers_as_the_database_stood(self):
        first = self.last_change_time()
        time.sleep(0.01)
        extra = {"id": "event:new", "type": "statement", "date": "2017-10-18",
                 "participants": [{"entity": "org:academy", "role": "actor"}], "citations": cite("src:other", "said")}
        self.import_ok(write(self.dir, "more.json", document(events=EVENTS + [extra])))
        self.assertIn("event:new", self.timeline_ids())
        self.assertNotIn("event:new", self.timeline_ids("--as-of-db", first))
        out = os.path.join(self.dir, "then.graphml")
        self.assertEqual(run("--as-of-db", first, "export", "graphml", "-o", out, db=self.db)[0], 0)
        with open(out, encoding="utf-8") as f:
            self.assertNotIn("event:new", f.read())
        self.assertEqual(run_json("--as-of-db", first, "stats", db=self.db)["events"], 3)
        self.assertEqual(run_json("stats", db=self.db)["events"], 4)
        self.assertEqual(len(run_json("--as-of-db", first, "history", db=self.db)["changes"]), 1)

    def test_before_anything_was_imported_the_database_was_empty(self):
        self.assertEqual(run_json("--as-of-db", "2000-01-01", "stats", db=self.db)["events"], 0)

    def test_as_of_db_reads_never_write_and_leave_no_copy_behind(self):
        before = sha256_of(self.db)
        tmp = os.path.join(self.dir, "tmp")
        os.makedirs(tmp)
        code, _, _ = run("--as-of-db", "2000-01-01", "timeline", db=self.db, env={"TMPDIR": tmp})
        self.assertEqual(code, 1)
        self.assertEqual(os.listdir(tmp), [])
        self.assertEqual(sha256_of(self.db), before)
        code, _, err = run("--as-of-db", "2017-10-20", "import", self.case, db=self.db)
        self.assertEqual(code, 2, err)
        code, _, err = run("--as-of-db", "last week", "timeline", db=self.db)
        self.assertEqual(code, 2, err)
        self.assertIn("--as-of-db", err)


class Syndication(HistoryCase):
    def test_a_republished_copy_is_not_a_second_independent_source(self):
        code, out, err = run("check", "--actor", "The Academy", "--type", "expulsion", "--subject", "Kim Hale", "--json",
                             db=self.db)
        self.assertEqual(code, 0, err)
        result = json.loads(out)
        self.assertEqual(len(result["evidence"][0]["event"]["citations"]), 2)
        self.assertEqual(result["independent_sources"], 1)
        self.assertIn("(1 independent source, each counted once)", result["summary"])
        copy = next(c for c in result["evidence"][0]["event"]["citations"] if c["source"] == "src:copy")
        self.assertEqual(copy["syndicated_from"], "src:wire")

    def test_unknown_and_circular_originals_are_refused(self):
        before = sha256_of(self.db)
        for sources, message in [
                ([dict(SOURCES[0], syndicated_from="src:nowhere")], 'unknown source id "src:nowhere"'),
                ([dict(SOURCES[0], syndicated_from="src:copy")], "already republishes"),
                ([dict(SOURCES[0], syndicated_from="src:wire")], "cannot republish itself")]:
            with self.subTest(message=message):
                path = write(self.dir, "bad.json", document(sources=sources, entities=[], events=[], relations=[]))
                code, _, err = run("import", path, db=self.db)
                self.assertEqual(code, 3, err)
                self.assertIn(message, err)
                self.assertIn("syndicated_from", err)
        self.assertEqual(sha256_of(self.db), before)


if __name__ == "__main__":
    unittest.main()
