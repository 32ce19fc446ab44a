"""End-to-end tests of a database's own vocabulary: a native file's `vocabulary` section adds event
types (censure, reprimand, fine, placed on leave, honorary degree rescinded) and organization
categories; every command, timeline format and export then words and marks their events by the
added definitions; additions are logged, round-trip through native JSON byte for byte, and are
refused when malformed or when they would redefine a known type. The fixture is fictional."""
import csv
import io
import json
import os
import unittest
import xml.dom.minidom

from harness import SOURCE_DIR, TempDbCase, canonical_dump, run, run_json


def write(folder, name, document):
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(document, f, indent=1)
    return path

FIXTURE = os.path.join(SOURCE_DIR, "tests", "fixtures", "vocabulary", "extended-case.json")
with open(FIXTURE, encoding="utf-8") as _f:
    CASE = json.load(_f)
ADDED = {t["word"]: t for t in CASE["vocabulary"]["event_types"]}
SENTENCES = {
    "event:senate-censures-vale": "Example State Senate censured Jordan Vale",
    "event:committee-reprimands-vale": "Senate Ethics Committee reprimanded Jordan Vale",
    "event:committee-to-fine-vale": "Senate Ethics Committee was to fine Jordan Vale; set for 15 April 2025",
    "event:university-places-vale-on-leave": "Example State University placed Jordan Vale on leave",
    "event:northfield-starts-rescinding-degree":
        "Northfield College began the process to rescind Jordan Vale's honorary degree",
}


class VocabularyCase(TempDbCase):
    def setUp(self):
        super().setUp()
        self.import_ok(FIXTURE)

    def out(self, *args):
        code, out, err = run(*args, db=self.db)
        self.assertIn(code, (0, 1), err)
        return out


class Listing(VocabularyCase):
    def test_the_import_adds_five_types_and_two_categories_with_ids_from_10000(self):
        listed = run_json("vocabulary", db=self.db)
        added = [t for t in listed["event_types"] if not t["built_in"]]
        self.assertEqual([t["word"] for t in added], list(ADDED))
        self.assertTrue(all(t["id"] >= 10000 for t in added))
        self.assertEqual(len({t["id"] for t in listed["event_types"]}), len(listed["event_types"]))
        self.assertEqual(next(t for t in added if t["word"] == "fine")["wording"]["pending"],
                         ["{actors|Someone} was to fine[ {subjects}]"])
        categories = [c["word"] for c in listed["organization_categories"] if not c["built_in"]]
        self.assertEqual(categories, ["legislature", "university"])
        self.assertIn("expulsion", [t["word"] for t in listed["event_types"] if t["built_in"]])

    def test_the_text_listing_marks_what_the_database_added(self):
        text = self.out("vocabulary")
        self.assertIn("censure  response  Censure  roles: actor, subject*  CAMEO 172  [added]", text)
        self.assertIn("university [added]", text)

    def test_a_database_without_additions_lists_only_the_built_in_document(self):
        with open(os.path.join(SOURCE_DIR, "data", "vocabulary.json"), encoding="utf-8") as f:
            document = json.load(f)
        empty = self.new_database("empty.db")
        code, _, err = run("import", write(self.dir, "one.json", {"allegraph": 1, "sources": [
            {"id": "src:a", "title": "A"}]}), db=empty)
        self.assertEqual(code, 0, err)
        listed = run_json("vocabulary", db=empty)
        self.assertEqual([t["word"] for t in listed["event_types"]], [t["word"] for t in document["event_types"]])
        self.assertEqual([(t["id"], t.get("cameo")) for t in listed["event_types"]],
                         [(t["id"], t.get("cameo")) for t in document["event_types"]])


class Wording(VocabularyCase):
    def test_the_timeline_words_each_added_type_by_its_templates_and_shows_the_denial(self):
        text = self.out("timeline", "Jordan Vale")
        for sentence in SENTENCES.values():
            self.assertIn(sentence, text)
        self.assertNotIn("rescinded Jordan Vale's", text)  # started, not done
        self.assertIn("denial on record: Vale called the allegations baseless.", text)

    def test_every_timeline_format_carries_the_sentences(self):
        for fmt in ("md", "html", "timelinejs", "csv"):
            out = self.out("timeline", "Jordan Vale", "--format", fmt)
            for sentence in SENTENCES.values():
                escaped = sentence.replace("'", "&apos;")  # HTML and TimelineJS escape apostrophes
                self.assertTrue(sentence in out or escaped in out, f"{fmt}: {sentence}")
        md = self.out("timeline", "Jordan Vale", "--format", "md")
        self.assertIn("*Denied:* Vale called the allegations baseless.", md)

    def test_json_timeline_gives_each_event_its_added_type_and_category(self):
        events = run_json("timeline", "Jordan Vale", db=self.db)["events"]
        by_id = {e["id"]: e for e in events}
        for event_id in SENTENCES:
            self.assertEqual(by_id[event_id]["category"], "response", event_id)
        self.assertEqual(by_id["event:committee-to-fine-vale"]["type"], "fine")

    def test_responses_lists_every_added_response_with_its_sentence(self):
        text = self.out("responses", "Jordan Vale")
        for sentence in SENTENCES.values():
            self.assertIn(sentence, text)


class Check(VocabularyCase):
    def test_a_completed_censure_is_supported(self):
        result = run_json("check", "--actor", "Example State Senate", "--type", "censure", "--subject",
                          "Jordan Vale", db=self.db)
        self.assertEqual(result["verdict"], "supported")

    def test_a_pending_fine_is_not_a_completed_one(self):
        code, out, _ = run("check", "--actor", "Senate Ethics Committee", "--type", "fine", "--subject",
                           "Jordan Vale", "--status", "completed", db=self.db)
        self.assertEqual(code, 1)
        self.assertIn("status is pending, not completed", out)

    def test_a_started_rescission_is_supported_saying_it_is_not_completed(self):
        code, out, _ = run("check", "--actor", "Northfield College", "--type", "honorary_degree_rescinded",
                           "--subject", "Jordan Vale", db=self.db)
        self.assertEqual(code, 0)
        self.assertIn("match: an honorary degree rescinded of Jordan Vale by Northfield College", out)
        self.assertIn("the record holds less: started, not completed", out)

    def test_an_added_type_that_requires_its_subject_needs_subject(self):
        code, _, err = run("check", "--actor", "Example State Senate", "--type", "censure", db=self.db)
        self.assertEqual(code, 2)
        self.assertIn("--subject is required for censure", err)

    def test_a_type_nobody_added_is_refused_with_the_nearest_word(self):
        code, _, err = run("check", "--actor", "Example State Senate", "--type", "censured", "--subject",
                           "Jordan Vale", db=self.db)
        self.assertNotEqual(code, 0)
        self.assertIn("censure", err)


class Exports(VocabularyCase):
    def export(self, fmt):
        path = os.path.join(self.dir, "out." + fmt)
        code, _, err = run("export", fmt, "-o", path, db=self.db)
        self.assertEqual(code, 0, err)
        with open(path, encoding="utf-8") as f:
            return f.read()

    def test_graphml_and_gexf_carry_type_and_cameo_of_added_types(self):
        for fmt in ("graphml", "gexf"):
            doc = xml.dom.minidom.parseString(self.export(fmt).encode("utf-8"))
            text = doc.toxml()
            for word in ("censure", "reprimand", "fine", "placed_on_leave", "honorary_degree_rescinded"):
                self.assertIn(word, text, fmt)
        cyto = json.loads(self.export("cytoscape"))
        nodes = {n["data"]["id"]: n["data"] for n in cyto["elements"]["nodes"]}
        self.assertEqual(nodes["event:senate-censures-vale"]["cameo"], "172")
        self.assertEqual(nodes["event:committee-to-fine-vale"]["cameo"], "172")
        self.assertNotIn("cameo", nodes["event:northfield-starts-rescinding-degree"])

    def test_dot_labels_word_added_types(self):
        dot = self.export("dot").replace("\\n", " ")  # labels wrap at spaces
        self.assertIn("Example State Senate censured Jordan Vale", dot)
        self.assertIn("Senate Ethics Committee was to fine Jordan Vale; set for 15 April 2025", dot)

    def test_native_json_round_trips_the_vocabulary_byte_for_byte(self):
        first = self.export("json")
        exported = json.loads(first)
        self.assertEqual([t["word"] for t in exported["vocabulary"]["event_types"]], list(ADDED))
        again = self.new_database("again.db")
        path = os.path.join(self.dir, "first.json")
        with open(path, "w", encoding="utf-8") as f:
            f.write(first)
        code, _, err = run("import", path, db=again)
        self.assertEqual(code, 0, err)
        second = os.path.join(self.dir, "second.json")
        code, _, err = run("export", "json", "-o", second, db=again)
        self.assertEqual(code, 0, err)
        with open(second, encoding="utf-8") as f:
            self.assertEqual(f.read(), first)


class History(VocabularyCase):
    def test_additions_are_facts_of_the_history_and_undone_before_them(self):
        changes = run_json("history", "--facts", db=self.db)["changes"]
        facts = [(f["kind"], f["id"]) for c in changes for f in c["facts"]]
        self.assertIn(("vocabulary", "event_types:censure"), facts)
        self.assertIn(("vocabulary", "organization_categories:university"), facts)
        code, _, err = run("vocabulary", "add", "sanction", "--category", "response", "--roles", "actor,subject",
                           "--reason", "a later addition", db=self.db)
        self.assertEqual(code, 0, err)
        moment = run_json("history", db=self.db)["changes"][-2]["at"]
        before = run_json("--as-of-db", moment, "vocabulary", db=self.db)
        self.assertNotIn("sanction", [t["word"] for t in before["event_types"]])
        self.assertIn("censure", [t["word"] for t in before["event_types"]])

    def test_add_and_remove_say_what_they_did_as_json(self):
        added = run_json("vocabulary", "add", "sanction", "--category", "response", "--roles", "actor,subject", db=self.db)
        self.assertEqual((added["action"], added["list"], added["word"]), ("added", "event_types", "sanction"))
        self.assertGreater(added["change"], 0)
        again = run_json("vocabulary", "add", "sanction", "--category", "response", "--roles", "actor,subject", db=self.db)
        self.assertEqual((again["action"], again["change"]), ("already_there", None))
        removed = run_json("vocabulary", "remove", "sanction", db=self.db)
        self.assertEqual((removed["action"], removed["word"]), ("removed", "sanction"))

    def test_a_misspelt_subcommand_or_option_is_named_with_the_nearest(self):
        code, _, err = run("vocabulary", "ad", "sanction", db=self.db)
        self.assertEqual(code, 2)
        self.assertIn("'ad' is not a subcommand of 'allegraph vocabulary'; did you mean 'add'?", err)
        code, _, err = run("vocabulary", "add", "sanction", "--categry", "response", "--roles", "actor", db=self.db)
        self.assertEqual(code, 2)
        self.assertIn("'--categry' is not an option of 'allegraph vocabulary add'; did you mean '--category'?", err)

    def test_an_added_type_is_removed_only_while_no_fact_uses_it(self):
        code, _, err = run("vocabulary", "remove", "censure", db=self.db)
        self.assertEqual(code, 3)
        self.assertIn("in use by 1 event", err)
        code, _, err = run("vocabulary", "remove", "expulsion", db=self.db)
        self.assertEqual(code, 3)
        self.assertIn("built in", err)
        code, _, err = run("vocabulary", "add", "sanction", "--category", "response", "--roles", "actor,subject",
                           db=self.db)
        self.assertEqual(code, 0, err)
        code, _, err = run("vocabulary", "remove", "sanction", db=self.db)
        self.assertEqual(code, 0, err)
        self.assertNotIn("sanction", [t["word"] for t in run_json("vocabulary", db=self.db)["event_types"]])


class Refusals(VocabularyCase):
    def refused(self, document, *expected):
        before = canonical_dump(self.db)
        path = write(self.dir, "bad.json", document)
        code, _, err = run("import", path, db=self.db)
        self.assertEqual(code, 3, err)
        for text in expected:
            self.assertIn(text, err)
        self.assertEqual(canonical_dump(self.db), before)
        return err

    def test_an_unknown_placeholder_is_refused_with_file_line_column_and_field(self):
        self.refused({"allegraph": 1, "vocabulary": {"event_types": [
            {"word": "admonishment", "category": "response", "label": "Admonishment", "roles": ["actor", "subject"],
             "wording": {"affirmative": "{actorz} admonished {subjects}"}}]}},
            "bad.json:", "wording.affirmative", "unknown placeholder {actorz}")

    def test_redefining_a_type_is_refused_and_the_same_definition_is_not(self):
        self.refused({"allegraph": 1, "vocabulary": {"event_types": [dict(ADDED["censure"], label="Censured")]}},
                     "censure", "already defined")
        self.refused({"allegraph": 1, "vocabulary": {"event_types": [
            {"word": "expulsion", "category": "response", "label": "Expulsion", "roles": ["actor"]}]}},
            "expulsion", "built in")
        self.import_ok(write(self.dir, "same.json", {"allegraph": 1, "vocabulary": CASE["vocabulary"]}))

    def test_an_unknown_category_role_or_cameo_is_refused(self):
        base = {"word": "admonishment", "category": "response", "label": "Admonishment", "roles": ["actor", "subject"]}
        self.refused({"allegraph": 1, "vocabulary": {"event_types": [dict(base, category="responce")]}}, "category")
        self.refused({"allegraph": 1, "vocabulary": {"event_types": [dict(base, roles=["actor", "judge"])]}}, "roles")
        self.refused({"allegraph": 1, "vocabulary": {"event_types": [dict(base, cameo="17x")]}}, "cameo")
        self.refused({"allegraph": 1, "vocabulary": {"event_types": [dict(base, word="Admon<b>")]}}, "word")
        self.refused({"allegraph": 1, "vocabulary": {"organization_categories": ["Bad Category"]}},
                     "organization_categories")

    def test_an_event_of_a_type_no_vocabulary_has_is_refused(self):
        self.refused({"allegraph": 1, "events": [{"id": "event:x", "type": "admonishment", "date": "2025",
                                                  "participants": [{"entity": "person:jordan-vale", "role": "actor"}],
                                                  "citations": []}]}, "admonishment")


class Article(VocabularyCase):
    def test_an_added_type_with_triggers_is_found_in_an_article(self):
        self.import_ok(write(self.dir, "admonish.json", {"allegraph": 1, "vocabulary": {"event_types": [
            {"word": "admonishment", "category": "response", "label": "Admonishment", "roles": ["actor", "subject"],
             "required": ["subject"], "wording": {"affirmative": "{actors|Someone} admonished[ {subjects}]"},
             "triggers": [{"pattern": "admonish|admonished|admonishes", "frame": "verb", "status": "completed",
                           "institution_agent": True}]}]}}))
        story = os.path.join(self.dir, "story.txt")
        with open(story, "w", encoding="utf-8") as f:
            f.write("The Senate Ethics Committee admonished Jordan Vale on Tuesday, "
                    "the committee said in a statement.\n")
        self.import_ok(story, extra=("--title", "Committee admonishes Vale", "--publisher", "The Example Ledger",
                                     "--published", "2025-04-03"))
        code, out, err = run("--include-unreviewed", "timeline", "Jordan Vale", "--type", "admonishment", db=self.db)
        self.assertEqual(code, 0, err)
        self.assertIn("Senate Ethics Committee admonished Jordan Vale", out)
        self.assertIn("1 April 2025", out)  # "on Tuesday" before a Thursday's publication
        code, out, err = run("export", "json", db=self.db)
        self.assertEqual(code, 0, err)
        added = {t["word"]: t for t in json.loads(out)["vocabulary"]["event_types"]}
        self.assertEqual(added["admonishment"]["triggers"],
                         [{"pattern": "admonish|admonished|admonishes", "frame": "verb", "status": "completed",
                           "institution_agent": True}])


class DeskSheet(VocabularyCase):
    def test_a_sheet_row_of_an_added_type_imports_with_its_roles(self):
        rows = io.StringIO()
        w = csv.writer(rows)
        w.writerow(["date", "type", "actor", "subject", "status", "source_title", "source_publisher", "quote"])
        w.writerow(["2025-04-15", "fine", "Senate Ethics Committee", "Jordan Vale", "completed",
                    "Committee fines Vale", "The Example Ledger (fictional)", "The committee fined Vale $5,000."])
        path = os.path.join(self.dir, "desk.csv")
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(rows.getvalue())
        self.import_ok(path)
        text = self.out("timeline", "Jordan Vale", "--type", "fine")
        self.assertIn("Senate Ethics Committee fined Jordan Vale", text)


if __name__ == "__main__":
    unittest.main()
