"""End-to-end tests on hostile input: every file of tests/hostile/ (JSON documents,
JSON Lines, CSV tables, articles with their sidecars, and dates inside records) is
refused with exit code 3 and one located line on stderr, and leaves a database
pre-filled with the curated case byte for byte as it was; two huge inputs made at
test time (a 50 MB string, nesting 10^6 deep) likewise; and names full of markup
are stored verbatim and escaped by the exports. tests/hostile/make_corpus.py
regenerates the corpus; tests/hostile/pending/ (inputs not refused yet) is not read."""
import csv
import html.parser
import io
import json
import os
import re
import tempfile
import unittest
import xml.etree.ElementTree as ET

from harness import CASE, CASE_FLAGS, SOURCE_DIR, TempDbCase, create_database, drop_database, run, sha256_of, write

HOSTILE = os.path.join(SOURCE_DIR, "tests", "hostile")
SUPPORT = os.path.join(HOSTILE, "support")
with open(os.path.join(HOSTILE, "expected.json"), encoding="utf-8") as f:
    EXPECTED = json.load(f)
EXTENSIONS = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".txt": "article"}
LOCATED = ("json", "jsonl", "csv")


def corpus():
    """(path relative to tests/hostile, format) of every hostile file, in a stable order."""
    files = []
    for directory in ("json", "jsonl", "csv", "article", "dates"):
        for name in sorted(os.listdir(os.path.join(HOSTILE, directory))):
            if directory == "article" and name.endswith(".json"):
                continue  # a sidecar, read with its article
            files.append((f"{directory}/{name}", EXTENSIONS.get(os.path.splitext(name)[1], directory)))
    return files


def sidecar_of(path):
    """The metadata file the article importer reads beside `path`, if there is one."""
    for candidate in (os.path.splitext(path)[0] + ".json", path + ".json"):
        if os.path.exists(candidate):
            return candidate
    return None


class HostileInput(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls._tmp = tempfile.TemporaryDirectory()
        cls.dir = cls._tmp.name
        cls.template = create_database(cls.dir, "template.db")
        cls.addClassCleanup(drop_database, cls.template)
        code, _, err = run("import", CASE, *CASE_FLAGS, db=cls.template)
        assert code == 0, err
        run("stats", db=cls.template)  # let SQLite checkpoint and close
        cls.template_sha = sha256_of(cls.template)

    @classmethod
    def tearDownClass(cls):
        cls._tmp.cleanup()

    def fresh_db(self, name="work.db"):
        db = os.path.join(self.dir, name)
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(db + suffix):
                os.remove(db + suffix)
        db = create_database(self.dir, name, template=self.template)
        self.addCleanup(drop_database, db)
        return db

    def assert_refused(self, path, fmt, db, code, err, expected=""):
        """Exit 3, one line naming the file (and for JSON, JSON Lines and CSV where in it), nothing written."""
        self.assertEqual(code, 3, err)
        self.assertTrue(err.endswith("\n") and err.count("\n") == 1, f"not one line: {err!r}")
        line = err[:-1]
        self.assertTrue(line.startswith("allegraph: error: "), line)
        if fmt in LOCATED:
            self.assertRegex(line, "^allegraph: error: " + re.escape(path) + r":\d+:\d+: ")
        else:
            named = [p for p in (path, sidecar_of(path)) if p]  # a line and column where the text has one
            self.assertTrue(any(re.match("allegraph: error: " + re.escape(p) + r"(:\d+:\d+)?: ", line) for p in named),
                            line)
        self.assertIn(expected, line)
        self.assertEqual(sha256_of(db), self.template_sha, "the database changed")

    def test_every_hostile_file_is_refused_and_changes_nothing(self):
        files = corpus()
        self.assertGreaterEqual(len(files), 100)
        db = self.fresh_db()
        for rel, fmt in files:
            with self.subTest(file=rel):
                path = os.path.join(HOSTILE, rel)
                flags = [] if EXTENSIONS.get(os.path.splitext(rel)[1]) == fmt else ["--format", fmt]
                try:
                    code, _, err = run("import", path, *flags, "--text-root", SUPPORT, db=db)
                    self.assert_refused(path, fmt, db, code, err, EXPECTED["errors"].get(rel, ""))
                finally:
                    if sha256_of(db) != self.template_sha:
                        db = self.fresh_db()  # one bad file must not fail the ones after it

    def test_a_fifty_megabyte_string_is_refused_where_it_is(self):
        db = self.fresh_db("big.db")
        head = '{"allegraph": 1, "sources": [{"id": "src:big", "title": "Big", "note": "'
        path = write(self.dir, "fifty-megabytes.json", head + "x" * (50 << 20) + '"}]}\n')
        code, _, err = run("import", path, db=db)
        self.assert_refused(path, "json", db, code, err, "note: too long")
        self.assertIn(f"{path}:1:{len(head)}: ", err)
        os.remove(path)

    def test_nesting_a_million_deep_is_refused_where_it_is(self):
        db = self.fresh_db("deep.db")
        depth = 10 ** 6
        path = write(self.dir, "deep.json", '{"allegraph": 1, "x": ' + "[" * depth + "]" * depth + "}\n")
        code, _, err = run("import", path, db=db)
        self.assert_refused(path, "json", db, code, err, "nesting deeper than")
        path = write(self.dir, "deep.jsonl", '{"record": "source", "x": ' + "[" * depth + "\n")
        code, _, err = run("import", path, db=db)
        self.assert_refused(path, "jsonl", db, code, err, "nesting deeper than")


class DotChecker:
    """A DOT lexer strict enough to notice a quoted ID that a name broke open: it returns
    every quoted string (unescaped) and fails on anything DOT would not read."""
    TOKEN = re.compile(r'\s+|//[^\n]*|/\*.*?\*/|"((?:[^"\\]|\\.)*)"|[A-Za-z_][A-Za-z_0-9.]*|-?\d+(?:\.\d+)?|'
                       r'->|--|[{}\[\];,=:]|#[^\n]*', re.S)

    @classmethod
    def strings(cls, text):
        found, at = [], 0
        while at < len(text):
            m = cls.TOKEN.match(text, at)
            if not m:
                raise AssertionError(f"DOT does not read {text[at:at + 60]!r}")
            if m.group(1) is not None:
                found.append(re.sub(r'\\(["\\])', r"\1", m.group(1)))
            at = m.end()
        return found


class HtmlText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.text = set(), []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)

    def handle_data(self, data):
        self.text.append(data)


class MarkupIsData(TempDbCase):
    """Markup in names is valid input: stored verbatim, escaped by every export."""

    def setUp(self):
        super().setUp()
        self.import_case()
        self.base_tags = self.html_of()[0]
        for name in sorted(os.listdir(os.path.join(HOSTILE, "valid"))):
            self.import_ok(os.path.join(HOSTILE, "valid", name))
        self.names = EXPECTED["valid_names"]

    def html_of(self):
        code, out, err = run("timeline", "--format", "html", db=self.db)
        self.assertEqual(code, 0, err)
        parser = HtmlText()
        parser.feed(out)
        parser.close()
        return parser.tags, "".join(parser.text)

    def test_names_are_stored_verbatim(self):
        for name in self.names:
            with self.subTest(name=name):
                code, out, err = run("entity", name, "--json", db=self.db)
                self.assertEqual(code, 0, err)
                self.assertEqual(json.loads(out)["name"], name)

    def test_graphml_parses_and_holds_the_names(self):
        path = os.path.join(self.dir, "x.graphml")
        code, _, err = run("export", "graphml", "-o", path, db=self.db)
        self.assertEqual(code, 0, err)
        texts = {element.text for element in ET.parse(path).iter()}
        for name in self.names:
            self.assertIn(name, texts)

    def test_dot_reads_and_holds_the_names(self):
        code, out, err = run("export", "dot", db=self.db)
        self.assertEqual(code, 0, err)
        strings = DotChecker.strings(out)
        for name in self.names:
            self.assertTrue(any(name in s for s in strings), name)

    def test_timeline_csv_keeps_its_columns(self):
        code, out, err = run("timeline", "--format", "csv", db=self.db)
        self.assertEqual(code, 0, err)
        rows = list(csv.reader(io.StringIO(out, newline="")))
        self.assertTrue(all(len(r) == len(rows[0]) for r in rows), "ragged rows")
        cells = "\n".join(c for r in rows[1:] for c in r)
        for name in self.names:
            self.assertIn(name, cells)

    def test_timeline_html_adds_no_tags_and_shows_the_names(self):
        tags, text = self.html_of()
        self.assertEqual(tags - self.base_tags, set())
        for name in self.names:
            self.assertIn(name, text)


if __name__ == "__main__":
    unittest.main()
