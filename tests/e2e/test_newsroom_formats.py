"""End-to-end tests of the formats newsrooms already use, each against what its consumer's
documentation requires: ClaimReview JSON-LD (Google's fact-check structured data: the required
and recommended properties, the schema.org context only, claimReviewed under 75 characters
where the names allow, a documented 1-5 rating, not_found never rated), the TimelineJS Google
Sheet both ways (the template's exact columns, the same slides as the TimelineJS JSON, and a
newsroom's sheet read back as unreviewed candidates citing the sheet), Neo4j's
`neo4j-admin database import` CSV (header format, id spaces, typed columns, the command in a
README) and Kumu's JSON blueprint (ids where labels repeat)."""
import csv
import io
import json
import os
import sqlite3
import stat
import unittest

from harness import SOURCE_DIR, TempDbCase, canonical_dump, run, sqlite_only, write

GOLDEN = os.path.join(SOURCE_DIR, "tests", "golden")

TEMPLATE = ["Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date",
            "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Alt Text", "Type",
            "Group", "Background"]
REVIEW = ("--format", "claimreview", "--org", "Example Fact Desk", "--review-url", "https://example.org/checks/1")


class ClaimReview(TempDbCase):
    def setUp(self):
        super().setUp()
        self.import_case()

    def review(self, *claim, expect=0, extra=()):
        code, out, err = run("check", *claim, *REVIEW, *extra, db=self.db)
        self.assertEqual(code, expect, err)
        return json.loads(out), out

    def test_google_required_and_recommended_properties(self):
        doc, _ = self.review("--actor", "AMPAS", "--type", "expulsion", "--subject", "weinstein", "--date", "2017-10-14",
                             extra=("--claim-url", "https://example.com/post", "--claim-author", "A Blogger",
                                    "--claim-date", "2017-10-15", "--review-date", "2017-10-21"))
        self.assertEqual(doc["@context"], "https://schema.org")  # the schema.org context only
        self.assertEqual(doc["@type"], "ClaimReview")
        # required: claimReviewed, reviewRating (alternateName), url
        self.assertTrue(doc["claimReviewed"])
        self.assertEqual(doc["url"], "https://example.org/checks/1")
        rating = doc["reviewRating"]
        self.assertEqual(rating["@type"], "Rating")
        self.assertEqual(rating["alternateName"], "Supported")
        # recommended: author, datePublished, itemReviewed (Claim: appearance, author, datePublished), rating numbers
        self.assertEqual(doc["author"], {"@type": "Organization", "name": "Example Fact Desk"})
        self.assertEqual(doc["datePublished"], "2017-10-21")
        claim = doc["itemReviewed"]
        self.assertEqual(claim["@type"], "Claim")
        self.assertEqual(claim["appearance"][0]["url"], "https://example.com/post")
        self.assertEqual(claim["author"], {"@type": "Person", "name": "A Blogger"})
        self.assertEqual(claim["datePublished"], "2017-10-15")
        self.assertEqual((rating["ratingValue"], rating["bestRating"], rating["worstRating"]), (5, 5, 1))
        # Google: keep claimReviewed under 75 characters; the Academy's alias makes it fit
        self.assertLess(len(doc["claimReviewed"]), 75, doc["claimReviewed"])
        self.assertIn("expelled Harvey Weinstein on 14 October 2017", doc["claimReviewed"])
        # the evidence: each source with its verbatim quote
        quotes = [c["text"] for c in doc["citation"]]
        self.assertIn("expelled as a lifetime member of the U.S. Academy of Motion Picture Arts and Sciences on Saturday",
                      quotes)
        for c in doc["citation"]:
            self.assertEqual(c["@type"], "CreativeWork")
            self.assertTrue(c["publisher"]["name"])
            self.assertTrue(c["description"].startswith("Supports: "))

    def test_the_record_holding_less_is_in_the_rating_words(self):
        doc, _ = self.review("--actor", "PGA", "--type", "termination_proceedings", "--subject", "weinstein",
                             "--due", "2017-11-06")
        rating = doc["reviewRating"]
        self.assertIn("started, not completed", rating["alternateName"])
        self.assertTrue(rating["alternateName"].startswith("Supported; the record holds less"))
        self.assertEqual(rating["ratingValue"], 4)

    def test_contradicted_is_rated_1(self):
        doc, _ = self.review("--actor", "police in New York", "--type", "charge", "--subject", "weinstein",
                             "--date", "2017-10-10")
        self.assertEqual(doc["reviewRating"]["alternateName"], "Contradicted")
        self.assertEqual(doc["reviewRating"]["ratingValue"], 1)
        self.assertTrue(any(c["description"].startswith("Contradicts: ") for c in doc["citation"]))

    def test_not_found_is_never_rated_as_false(self):
        doc, _ = self.review("--actor", "BAFTA", "--type", "expulsion", "--subject", "weinstein", expect=1)
        rating = doc["reviewRating"]
        for number in ("ratingValue", "bestRating", "worstRating"):
            self.assertNotIn(number, rating)
        self.assertIn("Not found", rating["alternateName"])
        self.assertNotIn("false", rating["alternateName"].lower())

    def test_the_review_url_and_organization_are_required(self):
        code, _, err = run("check", "--actor", "AMPAS", "--type", "expulsion", "--subject", "weinstein",
                           "--format", "claimreview", db=self.db)
        self.assertEqual(code, 2)
        self.assertIn("--review-url", err)
        code, _, err = run("check", "--actor", "AMPAS", "--type", "expulsion", "--subject", "weinstein", *REVIEW,
                           "--claim-date", "2017-10", db=self.db)
        self.assertEqual(code, 2)
        self.assertIn("--claim-date", err)

    def test_the_global_json_flag_still_gives_the_check_document(self):
        code, out, err = run("check", "--actor", "AMPAS", "--type", "expulsion", "--subject", "weinstein", "--json",
                             db=self.db)
        self.assertEqual(code, 0, err)
        self.assertEqual(json.loads(out)["verdict"], "supported")
        code, out, _ = run("check", "--actor", "AMPAS", "--type", "expulsion", "--subject", "weinstein",
                           "--format", "json", db=self.db)
        self.assertEqual(json.loads(out)["verdict"], "supported")


class GoldenFiles(TempDbCase):
    """The curated case in each format, as tests/golden/update.sh wrote it and an editor read it."""

    def setUp(self):
        super().setUp()
        self.import_case()

    def golden(self, name):
        with open(os.path.join(GOLDEN, name), encoding="utf-8", newline="") as f:
            return f.read()

    def test_golden_files(self):
        advice = "regenerate with tests/golden/update.sh and review the diff by eye"
        code, out, _ = run("export", "kumu", db=self.db)
        self.assertEqual(out, self.golden("weinstein.kumu.json"), advice)
        folder = os.path.join(self.dir, "neo4j")
        self.assertEqual(run("export", "neo4j", "-o", folder, db=self.db)[0], 0)
        self.assertEqual(sorted(os.listdir(folder)), sorted(os.listdir(os.path.join(GOLDEN, "weinstein-neo4j"))))
        for name in os.listdir(folder):
            with open(os.path.join(folder, name), encoding="utf-8", newline="") as f:
                self.assertEqual(f.read(), self.golden(os.path.join("weinstein-neo4j", name)), f"{name}: {advice}")
        code, out, _ = run("check", "--actor", "PGA", "--type", "termination_proceedings", "--subject", "weinstein",
                           "--due", "2017-11-06", "--format", "claimreview", "--org", "Example Fact Desk",
                           "--review-url", "https://example.org/checks/pga", "--review-date", "2017-10-21",
                           "--claim-url", "https://example.com/post", "--claim-author", "A Blogger",
                           "--claim-date", "2017-10-17", db=self.db)
        self.assertEqual(out, self.golden("weinstein.claimreview.jsonld"), advice)


class ClaimReviewEscaping(TempDbCase):
    def test_markup_in_names_cannot_close_the_script_element(self):
        case = {"allegraph": 1,
                "sources": [{"id": "src:s", "title": "A </script><script>alert(1)</script>", "publisher": "P & Q",
                             "published": "2021-03-01"}],
                "entities": [{"id": "org:x", "kind": "organization", "category": "guild",
                              "name": "Guild </script><b>", "citations": [{"source": "src:s", "quote": "q"}]},
                             {"id": "person:y", "kind": "person", "name": "Jo <i>Y</i>",
                              "citations": [{"source": "src:s", "quote": "q"}]}],
                "events": [{"id": "event:e", "type": "expulsion", "date": "2021-02-01",
                            "participants": [{"entity": "org:x", "role": "actor"},
                                             {"entity": "person:y", "role": "subject"}],
                            "citations": [{"source": "src:s", "quote": "expelled <now>"}]}]}
        self.import_ok(write(self.dir, "h.json", json.dumps(case)))
        code, out, err = run("check", "--actor", "org:x", "--type", "expulsion", "--subject", "person:y", *REVIEW,
                             db=self.db)
        self.assertEqual(code, 0, err)
        self.assertNotIn("<", out)
        self.assertNotIn("&", out)
        doc = json.loads(out)
        self.assertIn("Guild </script><b>", doc["claimReviewed"])
        self.assertEqual(doc["citation"][0]["text"], "expelled <now>")


def read_sheet(text):
    return list(csv.reader(io.StringIO(text)))


class TimelineJsSheet(TempDbCase):
    def setUp(self):
        super().setUp()
        self.import_case()

    def timeline(self, fmt, *extra):
        code, out, err = run("timeline", "Harvey Weinstein", "--format", fmt, *extra, db=self.db)
        self.assertEqual(code, 0, err)
        return out

    def test_exactly_the_template_columns_and_the_same_slides_as_the_json(self):
        out = self.timeline("timelinejs-csv")
        self.assertFalse(out.startswith("\ufeff"))
        rows = read_sheet(out)
        self.assertEqual(rows[0], TEMPLATE)
        sheet = [dict(zip(TEMPLATE, r)) for r in rows[1:]]
        self.assertEqual(sheet[0]["Type"], "title")
        slides = json.loads(self.timeline("timelinejs"))
        self.assertEqual(sheet[0]["Headline"], slides["title"]["text"]["headline"])
        self.assertEqual(len(sheet) - 1, len(slides["events"]))
        for row, slide in zip(sheet[1:], slides["events"]):
            start = slide["start_date"]
            self.assertEqual((row["Year"], row["Month"], row["Day"]),
                             (start["year"], start.get("month", ""), start.get("day", "")))
            end = slide.get("end_date", {})
            self.assertEqual((row["End Year"], row["End Month"], row["End Day"]),
                             (end.get("year", ""), end.get("month", ""), end.get("day", "")))
            self.assertEqual(row["Display Date"], slide["display_date"])
            self.assertEqual(row["Headline"], slide["text"]["headline"])
            self.assertEqual(row["Text"], slide["text"]["text"])
            self.assertEqual(row["Group"], slide["group"])
            self.assertEqual(row["Time"], "")

    def test_each_date_at_its_true_precision(self):
        rows = [dict(zip(TEMPLATE, r)) for r in read_sheet(self.timeline("timelinejs-csv"))[1:]]
        by_display = {r["Display Date"]: r for r in rows}
        expelled = by_display["14 October 2017"]
        self.assertEqual((expelled["Year"], expelled["Month"], expelled["Day"]), ("2017", "10", "14"))
        week = by_display["week of 9 October 2017"]  # an interval: the End columns
        self.assertEqual((week["Year"], week["Month"], week["Day"], week["End Year"], week["End Month"], week["End Day"]),
                         ("2017", "10", "9", "2017", "10", "15"))
        up_to = [r for r in rows if r["Display Date"].startswith("up to ")]
        self.assertTrue(up_to)
        for r in up_to:  # placed at its last day, in the group of its own, no end
            self.assertEqual(r["End Year"], "")
            self.assertEqual(r["Group"], "Reported by these dates, date not given")

    def test_a_month_fills_year_and_month_only(self):
        case = {"allegraph": 1, "sources": [{"id": "src:s", "title": "T", "publisher": "P", "published": "2021-03-01"}],
                "entities": [{"id": "org:g", "kind": "organization", "category": "guild", "name": "=cmd|' /C calc'!A0",
                              "citations": [{"source": "src:s", "quote": "q"}]},
                             {"id": "person:h", "kind": "person", "name": "Hale",
                              "citations": [{"source": "src:s", "quote": "q"}]}],
                "events": [{"id": "event:m", "type": "suspension", "date": "2021-02",
                            "participants": [{"entity": "org:g", "role": "actor"}, {"entity": "person:h", "role": "subject"}],
                            "citations": [{"source": "src:s", "quote": "suspended"}]}]}
        db = self.new_database("month.db")
        self.assertEqual(run("import", write(self.dir, "m.json", json.dumps(case)), db=db)[0], 0)
        code, out, _ = run("timeline", "Hale", "--format", "timelinejs-csv", db=db)
        self.assertEqual(code, 0)
        row = dict(zip(TEMPLATE, read_sheet(out)[2]))
        self.assertEqual((row["Year"], row["Month"], row["Day"]), ("2021", "2", ""))
        self.assertEqual(row["Display Date"], "February 2021")
        # a cell a spreadsheet would run as a formula starts with a character reference instead
        self.assertTrue(row["Headline"].startswith("&#61;cmd"), row["Headline"])


SHEET_HEADER = ",".join(TEMPLATE)


def sheet_row(year="", month="", day="", headline="", text="", type_="", end=("", "", "")):
    fields = {"Year": year, "Month": month, "Day": day, "End Year": end[0], "End Month": end[1], "End Day": end[2],
              "Headline": headline, "Text": text, "Type": type_}
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow([fields.get(c, "") for c in TEMPLATE])
    return out.getvalue()


NEWSROOM_SHEET = (SHEET_HEADER + "\r\n"
                  + sheet_row(headline="The Weinstein case", text="<p>Our desk's timeline.</p>", type_="title")
                  + sheet_row("2017", "10", "14", "Academy acts",
                              "<p>The Academy of Motion Picture Arts and Sciences expelled Harvey Weinstein.</p>")
                  + sheet_row("2017", "10", "", "BAFTA",
                              "<p>The British Academy of Film and Television Arts suspended Harvey Weinstein.</p>")
                  + sheet_row("2017", "10", "9", "Police", "Police in New York began investigating Harvey Weinstein.",
                              end=("2017", "10", "13"))
                  + sheet_row("2017", "10", "", "Autumn", "A season of reckoning.", type_="era")
                  + sheet_row("2017", "10", "20", "A quiet day", "<p>Nothing of note &amp; no one acted.</p>")
                  + sheet_row(headline="Another title", type_="title"))


class TimelineJsSheetImport(TempDbCase):
    def setUp(self):
        super().setUp()
        self.import_case()
        self.sheet = write(self.dir, "desk-timeline.csv", NEWSROOM_SHEET)

    def events_of(self, source):
        con = sqlite3.connect(self.db)
        try:
            return con.execute("SELECT e.text_id, e.type, e.date, e.review FROM events e WHERE EXISTS "
                               "(SELECT 1 FROM citations c JOIN sources s ON s.id = c.source WHERE c.event = e.id "
                               "AND s.text_id = ?) ORDER BY e.date", (source,)).fetchall()
        finally:
            con.close()

    @sqlite_only("reads the stored rows from the SQLite file with the sqlite3 module")
    def test_rows_become_unreviewed_candidates_dated_by_the_row_citing_the_sheet(self):
        code, out, err = run("import", self.sheet, "--format", "timelinejs-csv", "--publisher", "Desk", "--json",
                             db=self.db)
        self.assertEqual(code, 0, err)
        self.assertGreaterEqual(json.loads(out)["events"], 3)
        code, out, _ = run("review", "--json", db=self.db)
        self.assertEqual(code, 0)
        events = json.loads(out)["events"]
        from_sheet = [e for e in events if e["citations"][0]["publisher"] == "Desk"]
        by_type = {e["type"]: e for e in from_sheet}
        self.assertEqual(by_type["expulsion"]["date"], "2017-10-14")
        self.assertEqual(by_type["suspension"]["date"], "2017-10")
        self.assertEqual(by_type["investigation"]["date"], "2017-10-09/2017-10-13")
        for e in from_sheet:
            self.assertTrue(e["unreviewed"])
            self.assertEqual(e["citations"][0]["title"], "The Weinstein case")  # the title row names the source
        names = {p["name"] for p in by_type["expulsion"]["participants"]}
        self.assertEqual(names, {"Academy of Motion Picture Arts and Sciences", "Harvey Weinstein"})
        # the sheet's text is stored: every quote is verbatim in it
        con = sqlite3.connect(self.db)
        text = con.execute("SELECT body FROM sources WHERE publisher = 'Desk'").fetchone()[0]
        con.close()
        self.assertIn("Nothing of note & no one acted.", text)
        for e in from_sheet:
            for c in e["citations"]:
                self.assertIn(c["quote"], text)

    def test_rows_without_an_event_are_reported_never_skipped_silently(self):
        code, _, err = run("import", self.sheet, "--format", "timelinejs-csv", db=self.db)
        self.assertEqual(code, 0, err)
        self.assertIn("desk-timeline.csv:6: row 5: an era", err)
        self.assertIn("desk-timeline.csv:7: row 6: the article rules found no event", err)
        self.assertIn("desk-timeline.csv:8: row 7: a second title row", err)

    @sqlite_only("reads the stored rows from the SQLite file with the sqlite3 module")
    def test_reimport_changes_nothing(self):
        self.assertEqual(run("import", self.sheet, "--format", "timelinejs-csv", db=self.db)[0], 0)
        first = self.events_of_sheet()
        code, out, err = run("import", self.sheet, "--format", "timelinejs-csv", db=self.db)
        self.assertEqual(code, 0, err)
        self.assertIn("0 sources", out)
        self.assertEqual(self.events_of_sheet(), first)

    def events_of_sheet(self):
        con = sqlite3.connect(self.db)
        try:
            return con.execute("SELECT count(*), group_concat(text_id) FROM events WHERE review = 'unreviewed'").fetchall()
        finally:
            con.close()

    def test_hostile_sheets_are_refused_with_their_place_and_nothing_written(self):
        before = canonical_dump(self.db)
        cases = {
            "month 13": (sheet_row("2017", "13", "1", "x", "y"), ":2:6: row 1: column Month: expected a month 1-12"),
            "bad year": (sheet_row("20x7", "", "", "x", "y"), ":2:1: row 1: column Year: expected a year of four digits"),
            "no year": (sheet_row("", "", "", "x", "y"), ":2:1: row 1: column Year: a slide needs its year"),
            "31 February": (sheet_row("2017", "2", "31", "x", "y"), ":2:8: row 1: column Day: no day 31"),
            "end first": (sheet_row("2017", "10", "14", "x", "y", end=("2017", "10", "1")), "row 1: column End Year"),
            "short row": ("2017,10\r\n", ":2:1: row 1: has 2 fields; the header has 19"),
        }
        for name, (row, expected) in cases.items():
            with self.subTest(name):
                path = write(self.dir, "bad.csv", SHEET_HEADER + "\r\n" + row)
                code, _, err = run("import", path, "--format", "timelinejs-csv", db=self.db)
                self.assertEqual(code, 3, err)
                self.assertIn("bad.csv" + expected if expected.startswith(":") else expected, err)
                self.assertEqual(canonical_dump(self.db), before)
        path = write(self.dir, "latin1.csv", (SHEET_HEADER + "\r\n").encode() + b"2017,,,,,,,,,Caf\xe9,x" + b"," * 8 + b"\r\n")
        code, _, err = run("import", path, "--format", "timelinejs-csv", db=self.db)
        self.assertEqual(code, 3)
        self.assertIn("latin1.csv:2:", err)
        path = write(self.dir, "nocols.csv", "Date,Headline\r\n2017,x\r\n")
        code, _, err = run("import", path, "--format", "timelinejs-csv", db=self.db)
        self.assertEqual(code, 3)
        self.assertIn("nocols.csv:1:1: header: no column Year", err)
        self.assertEqual(canonical_dump(self.db), before)

    def test_an_exported_sheet_reads_back_as_candidates_of_the_same_events(self):
        out = run("timeline", "Harvey Weinstein", "--type", "expulsion,suspension", "--format", "timelinejs-csv",
                  db=self.db)[1]
        path = write(self.dir, "ours.csv", out)
        code, _, err = run("import", path, "--format", "timelinejs-csv", db=self.db)
        self.assertEqual(code, 0, err)
        code, out, _ = run("review", "--json", db=self.db)
        types = {e["type"] for e in json.loads(out)["events"]}
        self.assertTrue({"expulsion", "suspension"} <= types, types)


class Neo4jImport(TempDbCase):
    def setUp(self):
        super().setUp()
        self.import_case()

    def export(self, *extra):
        folder = os.path.join(self.dir, "neo4j")
        code, _, err = run("export", "neo4j", "-o", folder, *extra, db=self.db)
        self.assertEqual(code, 0, err)
        return folder

    def read(self, folder, name):
        with open(os.path.join(folder, name), encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))

    def test_header_format_ids_and_references(self):
        folder = self.export()
        self.assertEqual(sorted(os.listdir(folder)),
                         ["README.txt", "entities.csv", "events.csv", "links.csv", "relations.csv", "roles.csv"])
        entities = self.read(folder, "entities.csv")
        events = self.read(folder, "events.csv")
        entity_ids = [e["id:ID(Entity)"] for e in entities]
        event_ids = [e["id:ID(Event)"] for e in events]
        self.assertEqual(len(entity_ids), len(set(entity_ids)))
        self.assertEqual(len(event_ids), len(set(event_ids)))
        self.assertEqual((len(entities), len(events)), (51, 47))
        for e in events:
            self.assertEqual(e[":LABEL"].split(";")[0], "Event")
            for column in ("negated:boolean", "unreviewed:boolean", "unsupported:boolean"):
                self.assertIn(e[column], ("true", "false"))
            for column in ("date_lo:date", "date_hi:date"):
                self.assertRegex(e[column], r"^(\d{4}-\d\d-\d\d)?$")
        spaces = {"roles.csv": ("Entity", "Event"), "relations.csv": ("Entity", "Entity"), "links.csv": ("Event", "Event")}
        ids = {"Entity": set(entity_ids), "Event": set(event_ids)}
        counts = {}
        for name, (start, end) in spaces.items():
            rows = self.read(folder, name)
            counts[name] = len(rows)
            for r in rows:
                self.assertIn(r[f":START_ID({start})"], ids[start])
                self.assertIn(r[f":END_ID({end})"], ids[end])
                self.assertRegex(r[":TYPE"], r"^[A-Z_]+$")
        self.assertEqual(counts["links.csv"], 32)
        with open(os.path.join(folder, "README.txt")) as f:
            readme = f.read()
        command = [line.strip() for line in readme.splitlines() if line.strip().startswith("neo4j-admin database import full")][0]
        for name in ("entities.csv", "events.csv", "roles.csv", "relations.csv", "links.csv"):
            self.assertIn(name, command)
        self.assertIn("--multiline-fields=true", command)
        self.assertIn('--array-delimiter=";"', command)

    def test_private_files_are_for_their_owner_only(self):
        folder = self.export("--include-private")
        self.assertEqual(stat.S_IMODE(os.stat(folder).st_mode), 0o700)
        for name in os.listdir(folder):
            self.assertEqual(stat.S_IMODE(os.stat(os.path.join(folder, name)).st_mode), 0o600, name)

    def test_a_folder_is_required(self):
        code, _, err = run("export", "neo4j", db=self.db)
        self.assertEqual(code, 2)
        self.assertIn("-o DIR", err)
        path = write(self.dir, "a-file", "x")
        code, _, err = run("export", "neo4j", "-o", path, db=self.db)
        self.assertEqual(code, 3)
        self.assertIn("is not a folder", err)
        folder = self.export()  # an existing folder is written into again
        self.assertEqual(self.export(), folder)
        self.assertEqual(len(self.read(folder, "events.csv")), 47)

    def test_hostile_names_stay_one_field(self):
        db = self.new_database("h.db")
        case = {"allegraph": 1, "sources": [{"id": "src:s", "title": "T", "publisher": "P", "published": "2021-03-01"}],
                "entities": [{"id": "org:x", "kind": "organization", "category": "guild",
                              "name": 'Guild, "the" ;best; \\"', "citations": [{"source": "src:s", "quote": "q"}]},
                             {"id": "person:y", "kind": "person", "name": "Y", "citations": [{"source": "src:s", "quote": "q"}]}],
                "events": [{"id": "event:e", "type": "suspension", "date": "2021-02",
                            "summary": 'Two lines,\nthe second "quoted"',
                            "participants": [{"entity": "org:x", "role": "actor"}, {"entity": "person:y", "role": "subject"}],
                            "citations": [{"source": "src:s", "quote": "q"}]}]}
        code, _, err = run("import", write(self.dir, "h.json", json.dumps(case)), db=db)
        self.assertEqual(code, 0, err)
        folder = os.path.join(self.dir, "hostile")
        self.assertEqual(run("export", "neo4j", "-o", folder, db=db)[0], 0)
        rows = {r["id:ID(Entity)"]: r for r in self.read(folder, "entities.csv")}
        self.assertEqual(rows["org:x"]["name"], 'Guild, "the" ;best; \\"')
        self.assertEqual(rows["org:x"][":LABEL"], "Entity;Organization")
        event = self.read(folder, "events.csv")[0]
        self.assertEqual(event["summary"], 'Two lines,\nthe second "quoted"')
        self.assertEqual((event["date"], event["date_lo:date"], event["date_hi:date"]), ("2021-02", "2021-02-01", "2021-02-28"))
        self.assertEqual(event["due_lo:date"], "")  # absent: an empty field, no property


class KumuBlueprint(TempDbCase):
    def test_elements_and_connections_by_id(self):
        self.import_case()
        code, out, err = run("export", "kumu", db=self.db)
        self.assertEqual(code, 0, err)
        doc = json.loads(out)
        elements, connections = doc["elements"], doc["connections"]
        ids = [e["id"] for e in elements] + [c["id"] for c in connections]
        self.assertEqual(len(ids), len(set(ids)))  # Kumu: ids unique across elements and connections
        element_ids = {e["id"] for e in elements}
        for e in elements:
            for key in ("label", "type", "description", "tags"):
                self.assertIn(key, e)
        for c in connections:
            self.assertIn(c["from"], element_ids)
            self.assertIn(c["to"], element_ids)
            self.assertTrue(c["type"] and c["label"])
            self.assertIn(c["direction"], ("directed", "mutual"))
        self.assertTrue(any(c["direction"] == "mutual" for c in connections))  # co_star_of reads both ways
        by_label = {e["label"]: e for e in elements}
        self.assertEqual(by_label["Harvey Weinstein"]["type"], "Person")
        labels = [e["label"] for e in elements]
        self.assertGreater(len(labels), len(set(labels)))  # labels repeat ([redacted person]): ids carry the links


if __name__ == "__main__":
    unittest.main()
