"""End-to-end tests that a re-import never undoes an editor: a value set by `edit`, `review
--edit`, `review --accept-entity`, `review --reject`, `retract` or `merge` stays when an older
file is imported again, and the import says which values of the file it did not apply; and
`public: false` is never turned true by a record that merely leaves the field out."""
import json
import unittest

from harness import TempDbCase, run, run_json, write

SOURCE = {"id": "src:a", "title": "A", "publisher": "P", "published": "2017-10-16"}


def cite():
    return [{"source": "src:a", "quote": "q"}]


PERSON = {"id": "person:pat", "kind": "person", "name": "Pat Doe", "description": "a witness", "citations": cite()}
SURVIVOR = {"id": "person:sky", "kind": "person", "name": "Sky Roe", "public": False, "citations": cite()}
ORG = {"id": "org:board", "kind": "organization", "category": "other", "name": "The Board", "citations": cite()}
EVENT = {"id": "event:x", "type": "suspension", "date": "2017-10-14", "status": "started", "summary": "The Board acted.",
         "participants": [{"entity": "org:board", "role": "actor"}, {"entity": "person:pat", "role": "subject"}],
         "citations": cite()}
CANDIDATE = dict(EVENT, id="event:candidate", review="unreviewed", date="2017-10-15")
RELATION = {"from": "person:pat", "type": "member_of", "to": "org:board", "date": "2016", "citations": cite()}


def document(entities=(PERSON, SURVIVOR, ORG), events=(EVENT, CANDIDATE), relations=(RELATION,)):
    return json.dumps({"allegraph": 1, "sources": [SOURCE], "entities": list(entities), "events": list(events),
                       "relations": list(relations)})


class Reimport(TempDbCase):
    def setUp(self):
        super().setUp()
        self.file = write(self.dir, "case.json", document())
        self.import_ok(self.file)

    def edit(self, *args):
        code, _, err = run("--include-private", "edit", *args, "--reason", "an editor's correction", db=self.db)
        self.assertEqual(code, 0, err)

    def reimport(self, path=None):
        code, out, err = run("import", path or self.file, db=self.db)
        self.assertEqual(code, 0, err)
        return err

    def entity(self, id_, *flags):
        return run_json(*flags, "entity", id_, db=self.db)

    def event(self, id_):
        return next(e for e in run_json("--include-unreviewed", "timeline", "--json", db=self.db)["events"] if e["id"] == id_)

    def test_edited_fields_keep_the_editors_values_and_the_import_says_so(self):
        self.edit("event:x", "--date", "2017-10-13", "--status", "completed", "--summary", "Corrected.")
        self.edit("person:pat", "--name", "Patricia Doe", "--description", "the complainant")
        self.edit("person:pat member_of org:board", "--date", "2015")
        warnings = self.reimport()
        event = self.event("event:x")
        self.assertEqual((event["date"], event["status"], event["summary"]), ("2017-10-13", "completed", "Corrected."))
        pat = self.entity("person:pat")
        self.assertEqual(pat["name"], "Patricia Doe")
        self.assertEqual(pat["relations"][0]["date"], "2015")
        for said in ("event:x: date kept", "event:x: status kept", "event:x: summary kept", "person:pat: name kept",
                     "person:pat: description kept", "person:pat member_of org:board: date kept"):
            self.assertIn(said, warnings)
        self.assertEqual(self.reimport().count("kept as an editor set it"), 6, "said on every re-import")

    def test_a_field_no_editor_touched_still_takes_the_file(self):
        self.edit("event:x", "--status", "completed")
        newer = write(self.dir, "newer.json", document(events=(dict(EVENT, summary="The Board suspended Pat."),)))
        self.reimport(newer)
        event = self.event("event:x")
        self.assertEqual((event["status"], event["summary"]), ("completed", "The Board suspended Pat."))

    def test_public_false_is_never_turned_true_by_omission(self):
        left_out = {k: v for k, v in SURVIVOR.items() if k != "public"}
        self.reimport(write(self.dir, "out.json", document(entities=(PERSON, left_out, ORG))))
        self.reimport(write(self.dir, "null.json", document(entities=(PERSON, dict(SURVIVOR, public=None), ORG))))
        self.assertEqual(run("entity", "person:sky", db=self.db)[0], 1, "still private")
        self.edit("person:pat", "--public", "false")
        self.reimport()  # the file leaves `public` out for Pat
        self.assertEqual(run("entity", "person:pat", db=self.db)[0], 1, "the editor made Pat private")
        says_public = write(self.dir, "public.json", document(entities=(dict(PERSON, public=True), SURVIVOR, ORG)))
        warnings = self.reimport(says_public)
        self.assertIn("person:pat: public kept as an editor set it", warnings)
        self.assertEqual(run("entity", "person:pat", db=self.db)[0], 1)

    def test_review_decisions_and_edits_stay(self):
        code, _, err = run("review", "--edit", "event:candidate", "--date", "2017-10-16", "--remove", "person:pat",
                           "--reason", "wrong day, and Pat is not the subject", db=self.db)
        self.assertEqual(code, 0, err)
        warnings = self.reimport()
        candidate = self.event("event:candidate")
        self.assertEqual(candidate["date"], "2017-10-16")
        self.assertEqual([p["id"] for p in candidate["participants"]], ["org:board"])
        self.assertIn("event:candidate: participants kept", warnings)
        code, _, err = run("review", "--reject", "event:candidate", "--reason", "not an event", db=self.db)
        self.assertEqual(code, 0, err)
        accepted = write(self.dir, "accepted.json", document(events=(EVENT, {k: v for k, v in CANDIDATE.items()
                                                                            if k != "review"})))
        self.reimport(accepted)
        self.assertNotIn("event:candidate", [e["id"] for e in run_json("--include-unreviewed", "timeline", "--json",
                                                                      db=self.db)["events"]])

    def test_a_retraction_and_a_merge_stay(self):
        code, _, err = run("retract", "src:a", "--reason", "withdrawn", db=self.db)
        self.assertEqual(code, 0, err)
        self.reimport()
        self.assertIsNotNone(run_json("--include-unsupported", "history", "src:a", db=self.db))
        self.assertEqual(run("timeline", db=self.db)[0], 1, "everything rests on the retracted source")
        code, _, err = run("merge", "org:board", "person:pat", "--reason", "r", db=self.db)
        self.assertEqual(code, 3, "a person is not merged into an organization")
        twin = dict(PERSON, id="person:pat-doe", name="P. Doe")
        self.reimport(write(self.dir, "twin.json", document(entities=(PERSON, SURVIVOR, ORG, twin))))
        code, _, err = run("merge", "person:pat", "person:pat-doe", "--reason", "the same person", db=self.db)
        self.assertEqual(code, 0, err)
        self.reimport(write(self.dir, "twin.json", document(entities=(PERSON, SURVIVOR, ORG, twin))))
        card = self.entity("person:pat-doe", "--include-unsupported")
        self.assertEqual(card["id"], "person:pat")
        self.assertIn("P. Doe", card["aliases"])


if __name__ == "__main__":
    unittest.main()
