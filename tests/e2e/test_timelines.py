"""End-to-end tests of timeline formats: golden files of the curated case,
filters in every format, Markdown notes, CSV escaping, the TimelineJS shape
field by field, and the HTML page loaded in a real headless Chromium."""
import csv
import io
import json
import os
import re
import shutil
import subprocess
import tempfile
import unittest

from harness import SOURCE_DIR, TempDbCase, load_case, run, write

DATA = load_case()
GOLDEN = os.path.join(SOURCE_DIR, "tests", "golden")
FORMATS = ("text", "md", "html", "timelinejs", "timelinejs-csv", "csv", "json")
CHROMIUM = shutil.which("chromium")


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def weinstein_events():
    return [e for e in DATA["events"] if any(p["entity"] == "person:harvey-weinstein" for p in e["participants"])]


class TimelineCase(TempDbCase):
    def setUp(self):
        super().setUp()
        self.import_case()

    def timeline(self, fmt, *args):
        code, out, err = run("timeline", *args, "--format", fmt, db=self.db)
        self.assertIn(code, (0, 1), err)
        return out

    def test_golden_files(self):
        for fmt in FORMATS:
            with self.subTest(format=fmt):
                self.assertEqual(self.timeline(fmt, "Harvey Weinstein"), read(os.path.join(GOLDEN, "weinstein." + fmt)),
                                 f"regenerate with tests/golden/update.sh and review the diff by eye ({fmt})")

    def test_filters_apply_to_every_format(self):
        expulsions = [e for e in weinstein_events() if e["type"] == "expulsion"]
        self.assertEqual(len(expulsions), 1)
        event_id = expulsions[0]["id"]
        others = [e["id"] for e in weinstein_events() if e["type"] != "expulsion"]
        for fmt in FORMATS:
            out = self.timeline(fmt, "Harvey Weinstein", "--type", "expulsion")
            if fmt not in ("md", "timelinejs-csv"):  # the sheet template has no id column
                self.assertIn(event_id, out, fmt)
            self.assertIn("expelled", out, fmt)
            for other in others:
                self.assertNotIn(other + '"', out, fmt)
        for fmt in FORMATS:
            code, _, _ = run("timeline", "--as-of", "2017-10-13", "--format", fmt, db=self.db)
            self.assertEqual(code, 1, fmt)

    def test_markdown_notes_are_numbered_and_complete(self):
        md = self.timeline("md", "Harvey Weinstein")
        used = set(re.findall(r"\[\^(\d+)\](?!:)", md))
        defined = re.findall(r"^\[\^(\d+)\]: (.*)$", md, re.M)
        self.assertEqual(used, {n for n, _ in defined})
        self.assertEqual([int(n) for n, _ in defined], list(range(1, len(defined) + 1)))
        quotes = {c["quote"] for e in DATA["events"] for c in e["citations"]}
        for _, note in defined:
            quote = note.rsplit(": \u201c", 1)[1].rstrip("\u201d").replace("\\", "")
            self.assertIn(quote, quotes)
        entries = [l for l in md.splitlines() if l.startswith("- **")]
        self.assertEqual(len(entries), len(weinstein_events()))

    def test_allegations_keep_their_denials_in_every_format(self):
        denied = [e for e in weinstein_events() if e["type"] == "allegation"
                  and any(l["event"] == e["id"] for d in DATA["events"] if d["type"] == "denial" for l in d.get("links", []))]
        self.assertTrue(denied)
        md = self.timeline("md", "Harvey Weinstein", "--type", "allegation")
        self.assertEqual(md.count("*Denied:*"), sum(
            1 for d in DATA["events"] if d["type"] == "denial" for l in d.get("links", [])
            if l["event"] in {e["id"] for e in denied}))
        html = self.timeline("html", "Harvey Weinstein", "--type", "allegation")
        self.assertIn("<strong>Denied:</strong>", html)
        self.assertNotIn("raped her.", md.replace("accused", ""))  # never stated as fact

    def test_csv_opens_with_a_byte_order_mark_for_spreadsheets(self):
        path = os.path.join(self.dir, "timeline.csv")
        code, _, err = run("timeline", "Harvey Weinstein", "--format", "csv", "-o", path, db=self.db)
        self.assertEqual(code, 0, err)
        with open(path, "rb") as f:
            self.assertEqual(f.read(3), b"\xef\xbb\xbf")  # Excel reads UTF-8 only with it
        with open(path, encoding="utf-8-sig", newline="") as f:  # Python, as its documentation says
            rows = list(csv.DictReader(f))
        self.assertEqual(list(rows[0])[0], "date")
        self.assertTrue(any("\u201c" in r["sources"] for r in rows))
        self.assertFalse(self.timeline("csv", "Harvey Weinstein", "--no-bom").startswith("\ufeff"))

    def test_csv_is_rfc4180_and_defuses_formulas(self):
        text = self.timeline("csv", "Harvey Weinstein", "--no-bom")
        rows = list(csv.DictReader(io.StringIO(text, newline="")))
        self.assertEqual(len(rows), len(weinstein_events()))
        self.assertTrue(all(r["sources"] and r["quotes"] for r in rows))
        hostile = {"allegraph": 1, "sources": [{"id": "src:x", "publisher": "X", "published": "2017"}],
                   "entities": [{"id": "person:x", "kind": "person", "name": "=HYPERLINK(\"http://evil\")",
                                 "citations": [{"source": "src:x", "quote": "q"}]}],
                   "events": [{"id": "event:x", "type": "statement", "date": "2017", "summary": "@SUM(A1) \"quoted\", comma",
                               "participants": [{"entity": "person:x", "role": "actor"}],
                               "citations": [{"source": "src:x", "quote": "-1+1"}]}]}
        self.import_ok(write(self.dir, "hostile.json", json.dumps(hostile)))
        rows = list(csv.DictReader(io.StringIO(self.timeline("csv", "person:x", "--no-bom"), newline="")))
        self.assertEqual(len(rows), 1)
        self.assertEqual(rows[0]["summary"], "'@SUM(A1) \"quoted\", comma")
        self.assertEqual(rows[0]["quotes"], "'-1+1")
        self.assertTrue(rows[0]["participants"].startswith("'="))

    def test_timelinejs_shape_field_by_field(self):
        doc = json.loads(self.timeline("timelinejs", "Harvey Weinstein"))
        self.assertTrue(doc["title"]["text"]["headline"].endswith("Harvey Weinstein"))
        events = {e["id"]: e for e in weinstein_events()}
        self.assertEqual(len(doc["events"]), len(events))
        for slide in doc["events"]:
            source = events[slide["unique_id"]]
            date = source["date"]
            start = slide["start_date"]
            self.assertRegex(start["year"], r"^\d{4}$")
            self.assertTrue(slide["text"]["headline"])
            self.assertIn("source", slide["text"]["text"])
            self.assertTrue(slide["display_date"])
            self.assertIn(slide["group"], ("allegation", "response", "legal", "media", "campaign", "personal",
                                           "Reported by these dates, date not given"))
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
                self.assertEqual((start["year"], start["month"], start["day"]),
                                 (date[:4], str(int(date[5:7])), str(int(date[8:]))))
                self.assertNotIn("end_date", slide)
            elif re.fullmatch(r"\d{4}-\d{2}", date):
                self.assertNotIn("day", start)
            elif "/" in date and not date.startswith(".."):
                self.assertIn("end_date", slide)
            elif date.startswith("../"):
                self.assertIn("up to", slide["display_date"])

    def test_html_is_self_contained(self):
        html = self.timeline("html", "Harvey Weinstein")
        self.assertNotRegex(html, r"<script|<link|<img|<iframe|\ssrc=|@import|url\(")
        self.assertIn('<html lang="en">', html)
        self.assertIn("prefers-color-scheme: dark", html)
        self.assertIn("@media print", html)
        self.assertEqual(html.count('<li class="event'), len(weinstein_events()))

    def test_html_in_headless_chromium(self):
        self.assertIsNotNone(CHROMIUM, "chromium is not installed: run make deps")
        page = write(self.dir, "timeline.html", self.timeline("html", "Harvey Weinstein"))
        profile = tempfile.mkdtemp(dir=self.dir)
        flags = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--window-size=420,900"]
        dom = subprocess.run(flags + ["--dump-dom", "file://" + page], capture_output=True, text=True, timeout=120)
        self.assertEqual(dom.returncode, 0, dom.stderr[-2000:])
        self.assertEqual(dom.stdout.count('<li class="event'), len(weinstein_events()))
        self.assertIn("<time", dom.stdout)
        self.assertNotRegex(dom.stderr, r"CONSOLE|Uncaught|Refused to")
        shot = os.path.join(self.dir, "timeline.png")
        done = subprocess.run(flags + ["--screenshot=" + shot, "file://" + page], capture_output=True, text=True,
                              timeout=120)
        self.assertEqual(done.returncode, 0, done.stderr[-2000:])
        with open(shot, "rb") as f:
            self.assertEqual(f.read(8), b"\x89PNG\r\n\x1a\n")
        self.assertGreater(os.path.getsize(shot), 10000)


class OrderCase(TempDbCase):
    """One ordering rule in every timeline format: dated events first, by date; the events dated
    only "up to" a day after them in their own section, by that day."""

    def setUp(self):
        super().setUp()
        self.import_case()

    def test_every_format_puts_the_undated_after_the_dated(self):
        events = json.loads(run("timeline", "Harvey Weinstein", "--json", db=self.db)[1])["events"]
        sections = [e["section"] for e in events]
        self.assertEqual(sections, sorted(sections, key=lambda s: s != "dated"))
        dated = [e for e in events if e["section"] == "dated"]
        undated = [e for e in events if e["section"] == "reported_by"]
        self.assertTrue(dated and undated)
        self.assertEqual([e["date_lo"] for e in dated], sorted(e["date_lo"] for e in dated))
        self.assertEqual([e["date_hi"] for e in undated], sorted(e["date_hi"] for e in undated))
        order = [e["id"] for e in events]
        for fmt in ("text", "md", "html", "csv", "timelinejs"):
            with self.subTest(format=fmt):
                out = run("timeline", "Harvey Weinstein", "--format", fmt, db=self.db)[1]
                self.assertIn("Reported by these dates, date not given", out)
                if fmt == "timelinejs":
                    slides = json.loads(out)["events"]
                    self.assertEqual({s["unique_id"] for s in slides if s["group"].startswith("Reported by")},
                                     {e["id"] for e in undated})
                    continue
                if fmt == "md":  # no ids: every "up to" entry comes after the section's heading, none before
                    header = out.index("## Reported by these dates")
                    self.assertNotIn("**up to", out[:header])
                    self.assertEqual(out[header:out.index("## Sources")].count("**up to"), len(undated))
                    continue
                positions = [out.index(i) for i in order]  # the ids in the JSON's order
                self.assertEqual(positions, sorted(positions))
                if fmt != "csv":
                    header = out.index({"text": "== Reported", "html": "<h2>Reported"}[fmt])
                    self.assertLess(max(out.index(e["id"]) for e in dated), header)
                    self.assertGreater(min(out.index(e["id"]) for e in undated), header)


class AsOfCase(TempDbCase):
    """--as-of D shows nothing written from a source published after D: a summary that cites a later
    source is withheld (the worded sentence stays), and so are its relative words."""

    CASE = {
        "allegraph": 1,
        "sources": [
            {"id": "src:early", "publisher": "Early Post", "published": "2017-10-10"},
            {"id": "src:late", "publisher": "Late Courier", "published": "2017-10-20"},
        ],
        "entities": [
            {"id": "person:lee", "kind": "person", "name": "Sam Lee", "citations": [{"source": "src:early", "quote": "Lee"}]},
            {"id": "org:academy", "kind": "organization", "category": "academy", "name": "Western Film Academy",
             "citations": [{"source": "src:early", "quote": "academy"}]},
        ],
        "events": [
            {"id": "event:suspension", "type": "suspension", "date": "2017-10-09", "status": "completed",
             "summary": "Sam Lee was suspended last week by the academy (Late Courier).",
             "participants": [{"entity": "org:academy", "role": "actor"}, {"entity": "person:lee", "role": "subject"}],
             "citations": [{"source": "src:early", "quote": "suspended"}, {"source": "src:late", "quote": "suspended last week"}]},
            {"id": "event:allegation", "type": "allegation", "date": "../2017-10-10",
             "summary": "Sam Lee faces allegations (Early Post).",
             "participants": [{"entity": "person:lee", "role": "accused"}],
             "citations": [{"source": "src:early", "quote": "allegations"}]},
            {"id": "event:denial", "type": "denial", "date": "2017-10-19", "summary": "Lee denied it on Thursday.",
             "participants": [{"entity": "person:lee", "role": "actor"}],
             "links": [{"type": "responds_to", "event": "event:allegation"}],
             "citations": [{"source": "src:late", "quote": "denied"}]},
        ],
    }

    def setUp(self):
        super().setUp()
        self.import_ok(write(self.dir, "case.json", json.dumps(self.CASE)))

    def test_a_summary_from_a_later_source_is_withheld(self):
        for fmt in ("text", "md", "html", "csv", "timelinejs", "json"):
            with self.subTest(format=fmt):
                code, out, err = run("timeline", "Sam Lee", "--as-of", "2017-10-12", "--format", fmt, db=self.db)
                self.assertEqual(code, 0, err)
                self.assertNotIn("last week", out)
                self.assertNotIn("Late Courier", out)
                self.assertNotIn("denied", out.lower())  # the denial came later: not yet on record
                self.assertIn("Western Film Academy suspended Sam Lee", out)
                self.assertIn("faces allegations", out)  # written from a source of its time
        events = {e["id"]: e for e in json.loads(run("timeline", "Sam Lee", "--as-of", "2017-10-12", "--json",
                                                     db=self.db)[1])["events"]}
        self.assertTrue(events["event:suspension"]["summary_withheld"])
        self.assertEqual(events["event:suspension"]["summary"], "")
        self.assertNotIn("summary_withheld", events["event:allegation"])

    def test_later_the_summary_is_shown(self):
        code, out, err = run("timeline", "Sam Lee", "--as-of", "2017-10-20", db=self.db)
        self.assertEqual(code, 0, err)
        self.assertIn("suspended last week", out)
        self.assertIn("Lee denied it on Thursday", out)

    def test_the_curated_case_at_several_dates(self):
        self.import_case()
        for day, shown in (("2017-10-12", 0), ("2017-10-17", 0), ("2017-10-20", len(weinstein_events()))):
            code, out, _ = run("timeline", "Harvey Weinstein", "--as-of", day, "--json", db=self.db)
            events = json.loads(out)["events"] if code == 0 else []
            self.assertEqual(len(events), shown, day)
            # the curated sources were published 16-20 October: by the 20th every summary may be shown
            self.assertFalse(any(e.get("summary_withheld") for e in events), day)


if __name__ == "__main__":
    unittest.main()
