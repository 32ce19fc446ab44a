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
FORMATS = ("text", "md", "html", "timelinejs", "csv", "json")
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
            if fmt != "md":
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
            self.assertIn(slide["group"], ("allegation", "response", "legal", "media", "campaign", "personal"))
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


if __name__ == "__main__":
    unittest.main()
