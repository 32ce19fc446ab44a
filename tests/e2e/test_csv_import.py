"""End-to-end tests of the CSV importer: RFC 4180 input with a BOM, CRLF and
embedded line breaks, --map for other headers, new names created and marked
needs_review, idempotence, and located errors that leave the database as it was."""
import json
import unittest

from harness import TempDbCase, canonical_dump, run, run_json, sha256_of, write

HEADER = "date,type,actor,subject,status,summary,source_title,source_publisher,source_published,source_url,quote\r\n"
ROW = ('2017-10-14,expulsion,AMPAS,Harvey Weinstein,completed,"The Academy expelled him,\r\nby vote",'
       '"Academy votes",Desk Wire,2017-10-15,https://example.org/a,"voted to expel ""him"""\r\n')


class CsvImportCase(TempDbCase):
    def setUp(self):
        super().setUp()
        self.import_case()

    def test_rows_become_sourced_events_resolved_through_aliases(self):
        # The curated expulsion is dated 2017-10-14: a row of the same actor, type and subject on a
        # day that cannot be it (an incompatible date) is an event of its own.
        later = ROW.replace("2017-10-14", "2017-10-20")
        path = write(self.dir, "desk.csv", ("\ufeff" + HEADER + later).encode())
        self.import_ok(path)
        events = run_json("timeline", "--actor", "AMPAS", "--type", "expulsion", db=self.db)["events"]
        desk = [e for e in events if e["citations"][0]["publisher"] == "Desk Wire"]
        self.assertEqual(len(desk), 1)
        self.assertEqual(desk[0]["summary"], "The Academy expelled him,\r\nby vote")
        self.assertEqual(desk[0]["citations"][0]["quote"], 'voted to expel "him"')
        self.assertEqual({p["id"] for p in desk[0]["participants"]}, {"org:ampas", "person:harvey-weinstein"})

    def test_a_row_stating_a_fact_on_record_cites_it(self):
        before = run_json("timeline", "--actor", "AMPAS", "--type", "expulsion", db=self.db)["events"]
        path = write(self.dir, "desk.csv", HEADER + ROW)
        code, out, err = run("import", path, "--json", db=self.db)
        self.assertEqual(code, 0, err)
        report = json.loads(out)
        self.assertEqual(report["events"], 0)
        self.assertEqual([a["record"] for a in report["attached"]], [before[0]["id"]])
        after = run_json("timeline", "--actor", "AMPAS", "--type", "expulsion", db=self.db)["events"]
        self.assertEqual([e["id"] for e in after], [e["id"] for e in before])
        self.assertIn("Desk Wire", {c["publisher"] for c in after[0]["citations"]})
        self.assertEqual(after[0]["summary"], before[0]["summary"])

    def test_column_map_and_new_names_marked_for_review(self):
        text = ("Org;Action;Person;When;Paper;Quote\n"
                "Weinstein Company Board,firing,Harvey Weinstein,2017-10-08,The Paper,The board fired him\n")
        text = text.replace("Org;Action;Person;When;Paper;Quote", "Org,Action,Person,When,Paper,Quote")
        path = write(self.dir, "other.csv", text)
        code, _, err = run("import", path, "--map", "Org=actor,Action=type,Person=subject,When=date,"
                                                    "Paper=source_publisher", db=self.db)
        self.assertEqual(code, 0, err)
        card = run_json("entity", "Weinstein Company Board", db=self.db)
        self.assertTrue(card["needs_review"])
        self.assertEqual(card["kind"], "organization")
        self.assertIn("NEEDS REVIEW", run("entity", "Weinstein Company Board", db=self.db)[1])
        self.assertFalse(run_json("entity", "AMPAS", db=self.db)["needs_review"])

    def test_reimport_changes_nothing(self):
        path = write(self.dir, "desk.csv", HEADER + ROW)
        self.import_ok(path)
        before = canonical_dump(self.db)
        self.import_ok(path)
        self.assertEqual(before, canonical_dump(self.db))

    def assert_rejected(self, text, pattern, *flags):
        run("stats", db=self.db)
        before = sha256_of(self.db)
        path = write(self.dir, "bad.csv", text)
        code, _, err = run("import", path, *flags, db=self.db)
        self.assertEqual(code, 3, err)
        self.assertEqual(len(err.strip().splitlines()), 1, err)
        self.assertRegex(err, pattern)
        self.assertEqual(before, sha256_of(self.db))

    def test_located_errors_leave_the_database_byte_identical(self):
        good = ROW.replace("2017-10-14", "2017-10-13")
        self.assert_rejected(HEADER + good + ROW.replace("expulsion", "banishment"),
                             r"bad\.csv:4:12: row 2: column type: unknown event type \"banishment\" \(expected one of")
        self.assert_rejected(HEADER + good + ROW.replace("2017-10-14", "2017-02-29"),
                             r"bad\.csv:4:1: row 2: column date: invalid date \"2017-02-29\"")
        self.assert_rejected(HEADER + "2017-10-14,expulsion,AMPAS\r\n", r"bad\.csv:2:1: row 1: has 3 fields; the header has 11")
        self.assert_rejected(HEADER + '2017-10-14,expulsion,"AMPAS', r"bad\.csv:2:\d+: unterminated quoted field")
        self.assert_rejected("date,type,actor\r\n2017-10-14,expulsion,AMPAS\r\n", r"header: missing column\(s\): quote")
        self.assert_rejected(HEADER + ROW.replace('"voted to expel ""him"""', '"  "'),
                             r"column quote: every row needs a verbatim quote")
        code, _, err = run("import", write(self.dir, "bad.csv", HEADER + ROW), "--map", "Org=nonsense", db=self.db)
        self.assertEqual(code, 2, err)
        self.assertIn("--map", err)

    def test_ambiguous_names_are_errors_listing_the_ids(self):
        extra = {"allegraph": 1, "entities": [{"id": "org:other", "kind": "organization", "name": "Other Academy",
                                               "aliases": ["the Academy"]}]}
        self.import_ok(write(self.dir, "extra.json", json.dumps(extra)), extra=("--allow-uncited",))
        self.assert_rejected(HEADER + ROW.replace("AMPAS", "the Academy"),
                             r"column actor: \"the Academy\" names several entities \(org:ampas, org:other\)")


if __name__ == "__main__":
    unittest.main()
