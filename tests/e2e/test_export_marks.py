"""End-to-end tests that every export and timeline format says what the store says:
the marks an editor must see (unreviewed, negated, unsupported, redacted, pending and
started), each in the form its consumer shows; names escaped for each format, with real
TimelineJS rendering hostile names in headless Chromium; GraphML and GEXF valid against
the official schemas (../shared/schemas) for the curated case, a generated archive and
hostile ids; and the timeline CSV as spreadsheets read it. The newsroom formats too: the
TimelineJS sheet, Neo4j's import CSV, Kumu's blueprint and ClaimReview JSON-LD."""
import csv
import functools
import html.parser
import http.server
import io
import json
import os
import shutil
import subprocess
import tempfile
import threading
import unittest
import xml.etree.ElementTree as ET

import networkx as nx

from harness import SOURCE_DIR, TempDbCase, run, write

SCHEMAS = os.path.normpath(os.path.join(SOURCE_DIR, "..", "shared", "schemas"))
GRAPHML_XSD = os.path.join(SCHEMAS, "graphml", "graphml.xsd")
GEXF_XSD = os.path.join(SCHEMAS, "gexf-1.2draft", "gexf.xsd")
CATALOG = os.path.join(SCHEMAS, "graphml", "catalog.xml")
GENERATOR = os.environ.get("ALLEGRAPH_GENERATOR", "build/bench/allegraph-generate")
TIMELINEJS = os.path.join(SOURCE_DIR, ".cache", "js", "node_modules", "@knight-lab", "timelinejs", "dist")
CHROMIUM = shutil.which("chromium")

G = "{http://graphml.graphdrawing.org/xmlns}"
Y = "{http://www.yworks.com/xml/graphml}"


def cited(quote="named"):
    return [{"source": "src:gazette", "quote": quote}]


# One event per mark, all about Victor Hale; Ann Roe is a private person.
MARKS_CASE = {
    "allegraph": 1,
    "sources": [
        {"id": "src:gazette", "title": "Guild acts", "publisher": "Gazette", "published": "2021-03-10"},
        {"id": "src:retracted", "title": "Guild fires Hale", "publisher": "Courier", "published": "2021-03-02",
         "retracted": "2021-03-05"},
    ],
    "entities": [
        {"id": "person:hale", "kind": "person", "name": "Victor Hale", "citations": cited()},
        {"id": "person:roe", "kind": "person", "name": "Ann Roe", "public": False, "citations": cited()},
        {"id": "org:guild", "kind": "organization", "category": "guild", "name": "Western Film Guild",
         "citations": cited()},
        {"id": "org:police", "kind": "organization", "category": "police", "name": "Harbor Police",
         "citations": cited()},
    ],
    "events": [
        {"id": "event:unreviewed", "type": "suspension", "date": "2021-03-03", "status": "completed",
         "review": "unreviewed", "participants": [{"entity": "org:guild", "role": "actor"},
                                                  {"entity": "person:hale", "role": "subject"}],
         "citations": cited("suspended")},
        {"id": "event:negated", "type": "charge", "date": "../2021-03-10", "negated": True,
         "participants": [{"entity": "person:hale", "role": "subject"}], "citations": cited("not charged")},
        {"id": "event:unsupported", "type": "firing", "date": "2021-03-01", "status": "completed",
         "participants": [{"entity": "org:guild", "role": "actor"}, {"entity": "person:hale", "role": "subject"}],
         "citations": [{"source": "src:retracted", "quote": "fired"}]},
        {"id": "event:redacted", "type": "allegation", "date": "2021-02", "nature": "harassment",
         "participants": [{"entity": "person:roe", "role": "accuser"}, {"entity": "person:hale", "role": "accused"}],
         "citations": cited("accused")},
        {"id": "event:pending", "type": "expulsion", "date": "2021-03-09", "status": "pending", "due": "2021-04-01",
         "participants": [{"entity": "org:guild", "role": "actor"}, {"entity": "person:hale", "role": "subject"}],
         "citations": cited("will expel")},
        {"id": "event:started", "type": "investigation", "date": "2021-03-08", "status": "started",
         "participants": [{"entity": "org:police", "role": "investigator"},
                          {"entity": "person:hale", "role": "subject"}],
         "citations": cited("investigating, Ann Roe said")},
    ],
}

MARKS = ("unreviewed", "negated", "unsupported", "redacted", "pending", "started")
INCLUDE = ("--include-unreviewed", "--include-unsupported")


def graphml_nodes(path):
    """node id → {attribute name: value} and, for yEd, label, border and fill."""
    root = ET.parse(path).getroot()
    names = {k.get("id"): k.get("attr.name") for k in root.iter(G + "key")}
    nodes = {}
    for node in root.iter(G + "node"):
        attrs = {names.get(d.get("key")): (d.text or "") for d in node.findall(G + "data") if names.get(d.get("key"))}
        shape = node.find(f"{G}data/{Y}ShapeNode")
        if shape is not None:
            attrs["_label"] = shape.find(Y + "NodeLabel").text or ""
            attrs["_border"] = shape.find(Y + "BorderStyle").get("type")
            attrs["_fill"] = shape.find(Y + "Fill").get("color")
        nodes[attrs.get("record_id") or node.get("id")] = attrs
    return nodes


def dot_nodes(text):
    """node id → its attribute text in a DOT file."""
    nodes = {}
    for line in text.splitlines():
        line = line.strip()
        if line.startswith('"') and " -> " not in line and "[" in line:
            nodes[line[1:line.index('"', 1)]] = line
    return nodes


class MarksInEveryFormat(TempDbCase):
    """Each format × each mark: a format that drops a mark fails here."""

    def setUp(self):
        super().setUp()
        self.import_ok(write(self.dir, "marks.json", json.dumps(MARKS_CASE)))

    def export(self, fmt, *flags):
        path = os.path.join(self.dir, "out." + fmt)
        code, _, err = run("export", fmt, "-o", path, *INCLUDE, *flags, db=self.db)
        self.assertEqual(code, 0, err)
        with open(path, encoding="utf-8-sig") as f:
            return path, f.read()

    def timeline(self, fmt):
        code, out, err = run("timeline", "Victor Hale", "--format", fmt, *INCLUDE, db=self.db)
        self.assertEqual(code, 0, err)
        return out

    def check(self, fmt, has):
        for mark in MARKS:
            with self.subTest(format=fmt, mark=mark):
                self.assertTrue(has(mark), f"{fmt} drops the {mark} mark")

    def test_graphml(self):
        path, text = self.export("graphml")
        n = graphml_nodes(path)
        self.assertNotIn("Ann Roe", text)
        self.check("graphml", lambda mark: {
            "unreviewed": n["event:unreviewed"].get("unreviewed") == "true",
            "negated": n["event:negated"].get("negated") == "true",
            "unsupported": n["event:unsupported"].get("unsupported") == "true",
            "redacted": any(a.get("redacted") == "true" and "[redacted" in a.get("label", "") for a in n.values()),
            "pending": n["event:pending"].get("status") == "pending",
            "started": n["event:started"].get("status") == "started"}[mark])

    def test_yed(self):
        path, text = self.export("graphml", "--flavor", "yed")
        n = graphml_nodes(path)
        self.assertNotIn("Ann Roe", text)
        self.check("yed", lambda mark: {
            "unreviewed": n["event:unreviewed"]["_border"] == "dashed",
            "negated": "had not been charged" in n["event:negated"]["_label"].replace("\n", " "),
            "unsupported": n["event:unsupported"]["_border"] == "dotted",
            "redacted": any(a.get("_fill") == "#DDDDDD" and "[redacted" in a["_label"] for a in n.values()),
            "pending": "was to expel" in n["event:pending"]["_label"].replace("\n", " "),
            "started": "under way" in n["event:started"]["_label"].replace("\n", " ")}[mark])

    def test_gexf(self):
        path, text = self.export("gexf")
        g = nx.read_gexf(path)
        self.assertNotIn("Ann Roe", text)
        self.check("gexf", lambda mark: {
            "unreviewed": g.nodes["event:unreviewed"].get("unreviewed") is True,
            "negated": g.nodes["event:negated"].get("negated") is True,
            "unsupported": g.nodes["event:unsupported"].get("unsupported") is True,
            "redacted": any(a.get("redacted") is True and "[redacted" in a.get("label", "") for _, a in g.nodes(data=True)),
            "pending": g.nodes["event:pending"].get("status") == "pending",
            "started": g.nodes["event:started"].get("status") == "started"}[mark])

    def test_cytoscape(self):
        _, text = self.export("cytoscape")
        n = {e["data"]["id"]: e["data"] for e in json.loads(text)["elements"]["nodes"]}
        self.assertNotIn("Ann Roe", text)
        self.check("cytoscape", lambda mark: {
            "unreviewed": n["event:unreviewed"].get("unreviewed") is True,
            "negated": n["event:negated"].get("negated") is True,
            "unsupported": n["event:unsupported"].get("unsupported") is True,
            "redacted": any(d.get("redacted") is True and "[redacted" in d["label"] for d in n.values()),
            "pending": n["event:pending"].get("status") == "pending",
            "started": n["event:started"].get("status") == "started"}[mark])

    def test_dot(self):
        _, text = self.export("dot")
        n = dot_nodes(text)
        self.assertNotIn("Ann Roe", text)
        flat = {k: v.replace("\\n", " ") for k, v in n.items()}
        self.check("dot", lambda mark: {
            "unreviewed": 'style="filled,dashed"' in n["event:unreviewed"],
            "negated": "had not been charged" in flat["event:negated"],
            "unsupported": 'style="filled,dotted"' in n["event:unsupported"],
            "redacted": any('fillcolor="#DDDDDD"' in v and "[redacted" in v for v in n.values()),
            "pending": "was to expel" in flat["event:pending"],
            "started": "under way" in flat["event:started"]}[mark])
        done = subprocess.run(["dot", "-Tsvg"], input=text, capture_output=True, text=True)
        self.assertEqual(done.returncode, 0, done.stderr)

    def test_timeline_text_md_html(self):
        words = {
            "text": ("UNREVIEWED", "UNSUPPORTED", "[redacted person]"),
            "md": ("*(unreviewed)*", "*(unsupported", "\\[redacted person\\]"),
            "html": ('class="unreviewed"', 'class="unsupported"', "[redacted person]"),
        }
        for fmt, (unreviewed, unsupported, redacted) in words.items():
            out = self.timeline(fmt)
            self.assertNotIn("Ann Roe", out)
            self.check(fmt, lambda mark: {
                "unreviewed": unreviewed in out,
                "negated": "had not been charged" in out,
                "unsupported": unsupported in out,
                "redacted": redacted in out,
                "pending": "was to expel Victor Hale" in out,
                "started": "under way" in out}[mark])

    def test_timeline_csv(self):
        out = self.timeline("csv")
        rows = {r["id"]: r for r in csv.DictReader(io.StringIO(out.lstrip("\ufeff")))}
        self.assertNotIn("Ann Roe", out)
        self.check("csv", lambda mark: {
            "unreviewed": rows["event:unreviewed"]["unreviewed"] == "yes",
            "negated": "had not been charged" in rows["event:negated"]["headline"],
            "unsupported": rows["event:unsupported"]["unsupported"] == "yes",
            "redacted": "[redacted person]" in rows["event:redacted"]["participants"],
            "pending": rows["event:pending"]["status"] == "pending" and "was to" in rows["event:pending"]["headline"],
            "started": rows["event:started"]["status"] == "started"}[mark])

    def test_timelinejs(self):
        out = self.timeline("timelinejs")
        slides = {s["unique_id"]: s for s in json.loads(out)["events"]}
        self.assertNotIn("Ann Roe", out)
        headline = lambda event: slides[event]["text"]["headline"]
        self.check("timelinejs", lambda mark: {
            "unreviewed": headline("event:unreviewed").startswith("[Unreviewed candidate]"),
            "negated": "had not been charged" in headline("event:negated"),
            "unsupported": "[Unsupported" in headline("event:unsupported"),
            "redacted": "[redacted person]" in headline("event:redacted"),
            "pending": "was to expel" in headline("event:pending"),
            "started": "under way" in headline("event:started")}[mark])

    def test_timelinejs_sheet(self):
        out = self.timeline("timelinejs-csv")
        rows = list(csv.DictReader(io.StringIO(out)))
        self.assertNotIn("Ann Roe", out)
        by_headline = lambda words: [r for r in rows if words in r["Headline"]]
        self.check("timelinejs-csv", lambda mark: {
            "unreviewed": any(r["Headline"].startswith("[Unreviewed candidate]") for r in by_headline("suspended")),
            "negated": bool(by_headline("had not been charged")),
            "unsupported": any(r["Headline"].startswith("[Unsupported") for r in by_headline("fired")),
            "redacted": any("[redacted person]" in r["Headline"] for r in by_headline("accused")),
            "pending": bool(by_headline("was to expel")),
            "started": bool(by_headline("under way"))}[mark])

    def test_neo4j(self):
        folder = os.path.join(self.dir, "neo4j")
        code, _, err = run("export", "neo4j", "-o", folder, *INCLUDE, db=self.db)
        self.assertEqual(code, 0, err)
        for name in os.listdir(folder):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                self.assertNotIn("Ann Roe", f.read(), name)
        with open(os.path.join(folder, "events.csv"), encoding="utf-8", newline="") as f:
            events = {r["id:ID(Event)"]: r for r in csv.DictReader(f)}
        with open(os.path.join(folder, "entities.csv"), encoding="utf-8", newline="") as f:
            entities = list(csv.DictReader(f))
        labels = lambda event: events[event][":LABEL"].split(";")
        self.check("neo4j", lambda mark: {
            "unreviewed": events["event:unreviewed"]["unreviewed:boolean"] == "true" and "Unreviewed" in labels("event:unreviewed"),
            "negated": events["event:negated"]["negated:boolean"] == "true" and "Negated" in labels("event:negated"),
            "unsupported": events["event:unsupported"]["unsupported:boolean"] == "true" and "Unsupported" in labels("event:unsupported"),
            "redacted": any(e["redacted:boolean"] == "true" and "Redacted" in e[":LABEL"].split(";") and
                            e["name"] == "[redacted person]" for e in entities),
            "pending": events["event:pending"]["status"] == "pending",
            "started": events["event:started"]["status"] == "started"}[mark])

    def test_kumu(self):
        _, text = self.export("kumu")
        elements = {e["id"]: e for e in json.loads(text)["elements"]}
        self.assertNotIn("Ann Roe", text)
        tags = lambda event: elements[event]["tags"]
        self.check("kumu", lambda mark: {
            "unreviewed": elements["event:unreviewed"]["label"].startswith("[Unreviewed candidate]") and "unreviewed" in tags("event:unreviewed"),
            "negated": "had not been charged" in elements["event:negated"]["label"] and "negated" in tags("event:negated"),
            "unsupported": elements["event:unsupported"]["label"].startswith("[Unsupported") and "unsupported" in tags("event:unsupported"),
            "redacted": any(e["label"] == "[redacted person]" and "redacted" in e["tags"] for e in elements.values()),
            "pending": "was to expel" in elements["event:pending"]["label"] and "pending" in tags("event:pending"),
            "started": "under way" in elements["event:started"]["label"] and "started" in tags("event:started")}[mark])

    def claimreview(self, *claim):
        code, out, err = run("check", *claim, "--format", "claimreview", "--org", "Desk", "--review-url",
                             "https://example.org/review", *INCLUDE, db=self.db)
        self.assertIn(code, (0, 1), err)
        self.assertNotIn("Ann Roe", out)
        return json.loads(out)

    def test_claimreview(self):
        rating = lambda *claim: self.claimreview(*claim)["reviewRating"]["alternateName"]
        hale = ("--subject", "Victor Hale")
        self.check("claimreview", lambda mark: {
            "unreviewed": "unreviewed" in rating("--actor", "Western Film Guild", "--type", "suspension", *hale),
            "negated": "had not been charged" in self.claimreview("--actor", "Harbor Police", "--type", "charge", *hale,
                                                                  "--negated")["claimReviewed"],
            "unsupported": "retracted" in rating("--actor", "Western Film Guild", "--type", "firing", *hale),
            "redacted": "investigating, [redacted] said" in [c["text"] for c in self.claimreview(
                "--actor", "Harbor Police", "--type", "investigation", *hale)["citation"]],
            "pending": "was to expel" in self.claimreview("--actor", "Western Film Guild", "--type", "expulsion", *hale,
                                                          "--status", "pending")["claimReviewed"],
            "started": "started" in rating("--actor", "Harbor Police", "--type", "investigation", *hale)}[mark])

    def test_timeline_json(self):
        out = self.timeline("json")
        events = {e["id"]: e for e in json.loads(out)["events"]}
        self.assertNotIn("Ann Roe", out)
        self.check("json", lambda mark: {
            "unreviewed": events["event:unreviewed"]["unreviewed"] is True,
            "negated": events["event:negated"]["negated"] is True,
            "unsupported": events["event:unsupported"]["unsupported"] is True,
            "redacted": any(p["name"] == "[redacted person]" for p in events["event:redacted"]["participants"]),
            "pending": events["event:pending"]["status"] == "pending",
            "started": events["event:started"]["status"] == "started"}[mark])


HOSTILE_CASE = {
    "allegraph": 1,
    "sources": [{"id": "src:gazette", "title": "Report <b>bold</b> & co", "publisher": "Gazette <i>X</i>",
                 "published": "2021-03-01"}],
    "entities": [
        {"id": "person:jane/o'neil&co>1", "kind": "person", "name": "Jane <i>Doe</i>", "citations": cited()},
        {"id": "org:ey", "kind": "organization", "category": "company", "name": "Ernst & Young <EY>",
         "citations": cited()},
        {"id": "person:x", "kind": "person", "name": "<img src=x id=injected onerror=\"document.title='pwned'\">",
         "citations": cited()},
    ],
    "events": [
        {"id": "event:e1", "type": "firing", "date": "2021-02-01", "status": "completed",
         "summary": "Fired <script>document.title='pwned'</script>",
         "participants": [{"entity": "org:ey", "role": "actor"}, {"entity": "person:jane/o'neil&co>1", "role": "subject"}],
         "citations": cited("fired")},
        {"id": "event:e2", "type": "allegation", "date": "2021-01", "nature": "harassment",
         "participants": [{"entity": "person:x", "role": "accuser"},
                          {"entity": "person:jane/o'neil&co>1", "role": "accused"}],
         "citations": cited("alleged")},
    ],
}


class ElementsOf(html.parser.HTMLParser):
    """The elements of an HTML document: (tag, attributes, text that follows)."""

    def __init__(self):
        super().__init__()
        self.elements, self.text = [], []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


class SheetServer(http.server.SimpleHTTPRequestHandler):
    """Serves the sheet to a page opened from a file, which TimelineJS fetches with CORS."""

    def end_headers(self):
        self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()

    def log_message(self, *args):
        pass


class HostileNames(TempDbCase):
    def setUp(self):
        super().setUp()
        self.import_ok(write(self.dir, "hostile.json", json.dumps(HOSTILE_CASE)))

    def timeline(self, fmt):
        code, out, err = run("timeline", "Jane <i>Doe</i>", "--format", fmt, db=self.db)
        self.assertEqual(code, 0, err)
        return out

    def render(self, source):
        """The DOM real TimelineJS renders for `source` (a JSON literal, or the address of a sheet)."""
        self.assertIsNotNone(CHROMIUM, "chromium is not installed: run make deps")
        self.assertTrue(os.path.isfile(os.path.join(TIMELINEJS, "js", "timeline.js")),
                        "TimelineJS is not installed: run make deps")
        page = write(self.dir, "timeline.html", f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>render</title>
<link rel="stylesheet" href="file://{TIMELINEJS}/css/timeline.css">
<script src="file://{TIMELINEJS}/js/timeline.js"></script></head><body>
<div id="timeline-embed" style="width:900px;height:600px"></div>
<script>new TL.Timeline('timeline-embed', {source}, {{}});</script></body></html>""")
        profile = tempfile.mkdtemp(dir=self.dir)
        done = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                               "--disable-background-networking", "--disable-component-update", "--disable-sync",
                               "--user-data-dir=" + profile, "--allow-file-access-from-files",
                               "--virtual-time-budget=10000", "--dump-dom", "file://" + page],
                              capture_output=True, text=True, timeout=120)
        self.assertEqual(done.returncode, 0, done.stderr[-2000:])
        dom = ElementsOf()
        dom.feed(done.stdout)
        return dom, done.stdout

    def assert_names_rendered_as_text(self, dom, page):
        text = "".join(dom.text)
        headlines = [a for t, a in dom.elements if "tl-headline" in a.get("class", "")]
        self.assertTrue(headlines, "TimelineJS rendered no slide")
        for name in ("Jane <i>Doe</i>", "Ernst & Young <EY>", "<img src=x id=injected"):
            self.assertIn(name, text)
        self.assertFalse([a for t, a in dom.elements if a.get("id") == "injected"])
        self.assertFalse([t for t, a in dom.elements if t in ("i", "ey", "b", "img")])
        self.assertIn("<title>render</title>", page)  # no injected handler renamed the page

    def test_timelinejs_renders_names_as_text_in_real_timelinejs(self):
        dom, page = self.render(self.timeline("timelinejs"))
        self.assert_names_rendered_as_text(dom, page)

    def test_the_timelinejs_sheet_renders_in_real_timelinejs(self):
        """TimelineJS reads a sheet's CSV from its address, as it reads a published Google Sheet."""
        sheet = self.timeline("timelinejs-csv")
        write(self.dir, "sheet.csv", sheet)
        handler = functools.partial(SheetServer, directory=self.dir)
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            dom, page = self.render(f"'http://127.0.0.1:{server.server_address[1]}/sheet.csv'")
        finally:
            server.shutdown()
            server.server_close()
        self.assert_names_rendered_as_text(dom, page)
        self.assertIn("Timeline: Jane <i>Doe</i>", "".join(dom.text))  # the title row
        slides = [a for t, a in dom.elements if "tl-slide" in a.get("class", "").split()]
        self.assertEqual(len(slides), len(list(csv.reader(io.StringIO(sheet)))) - 1)  # every row a slide

    def test_every_text_format_escapes_the_names(self):
        md = self.timeline("md")
        self.assertIn("Jane \\<i\\>Doe\\</i\\>", md)
        self.assertNotIn("<i>", md)
        page = self.timeline("html")
        dom = ElementsOf()
        dom.feed(page)
        self.assertFalse([t for t, a in dom.elements if t in ("i", "ey", "b", "img") or a.get("id") == "injected"])
        self.assertIn("Jane <i>Doe</i>", "".join(dom.text))
        rows = list(csv.DictReader(io.StringIO(self.timeline("csv").lstrip("\ufeff"))))
        self.assertTrue(any("Ernst & Young <EY>" in r["headline"] for r in rows))
        for fmt in ("graphml", "gexf"):
            path = os.path.join(self.dir, "out." + fmt)
            code, _, err = run("export", fmt, "-o", path, db=self.db)
            self.assertEqual(code, 0, err)
            names = [e.get("label") or e.text for e in ET.parse(path).getroot().iter()
                     if (e.get("label") or e.text or "").startswith(("Jane", "Ernst"))]
            self.assertIn("Ernst & Young <EY>", names, fmt)
        path = os.path.join(self.dir, "out.dot")
        self.assertEqual(run("export", "dot", "-o", path, db=self.db)[0], 0)
        svg = subprocess.run(["dot", "-Tsvg", path], capture_output=True, text=True)
        self.assertEqual(svg.returncode, 0, svg.stderr)
        self.assertIn("Ernst &amp; Young &lt;EY&gt;", svg.stdout)


    def test_the_newsroom_formats_keep_hostile_names_as_data(self):
        rows = list(csv.DictReader(io.StringIO(self.timeline("timelinejs-csv"))))
        self.assertTrue(any("Ernst &amp; Young &lt;EY&gt;" in r["Headline"] for r in rows))
        self.assertFalse(any("<i>" in r["Headline"] or "<script>" in r["Text"] for r in rows))
        code, out, err = run("export", "kumu", db=self.db)
        self.assertEqual(code, 0, err)
        labels = {e["id"]: e for e in json.loads(out)["elements"]}
        self.assertEqual(labels["org:ey"]["label"], "Ernst & Young <EY>")
        self.assertEqual(labels["org:ey"]["description"], "organization, company")
        self.assertIn("Fired \\<script\\>", labels["event:e1"]["description"])  # Markdown cannot run it
        folder = os.path.join(self.dir, "neo4j")
        code, _, err = run("export", "neo4j", "-o", folder, db=self.db)
        self.assertEqual(code, 0, err)
        with open(os.path.join(folder, "entities.csv"), encoding="utf-8", newline="") as f:
            names = {r["id:ID(Entity)"]: r["name"] for r in csv.DictReader(f)}
        self.assertEqual(names["person:jane/o'neil&co>1"], "Jane <i>Doe</i>")
        self.assertEqual(names["person:x"], "<img src=x id=injected onerror=\"document.title='pwned'\">")
        code, out, err = run("check", "--actor", "org:ey", "--type", "firing", "--subject", "person:jane/o'neil&co>1",
                             "--format", "claimreview", "--org", "<b>Desk</b>", "--review-url", "https://example.org/r",
                             db=self.db)
        self.assertEqual(code, 0, err)
        self.assertNotIn("<", out)
        self.assertEqual(json.loads(out)["author"]["name"], "<b>Desk</b>")


def xmllint(schema, path, catalog=None):
    env = dict(os.environ)
    if catalog:
        env["XML_CATALOG_FILES"] = catalog
    return subprocess.run(["xmllint", "--nonet", "--noout", "--schema", schema, path], capture_output=True,
                          text=True, env=env)


class OfficialSchemas(TempDbCase):
    """GraphML and GEXF validate against the official schemas, offline."""

    def validate_exports(self):
        for fmt, schema, catalog in (("graphml", GRAPHML_XSD, CATALOG), ("gexf", GEXF_XSD, None)):
            path = os.path.join(self.dir, "out." + fmt)
            code, _, err = run("export", fmt, "-o", path, "--include-unreviewed", db=self.db)
            self.assertEqual(code, 0, err)
            done = xmllint(schema, path, catalog)
            self.assertEqual(done.returncode, 0, f"{fmt}: {done.stderr[-3000:]}")

    def test_the_curated_case(self):
        self.import_case()
        self.validate_exports()

    def test_hostile_ids_and_names(self):
        self.import_ok(write(self.dir, "hostile.json", json.dumps(HOSTILE_CASE)))
        self.validate_exports()

    def test_a_generated_archive(self):
        archive = os.path.join(self.dir, "archive.jsonl")
        done = subprocess.run([GENERATOR, "--events", "3000", "--seed", "16", "-o", archive], capture_output=True,
                              text=True)
        self.assertEqual(done.returncode, 0, done.stderr)
        self.import_ok(archive)
        self.validate_exports()


if __name__ == "__main__":
    unittest.main()
