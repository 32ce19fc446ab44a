"""End-to-end tests of redaction (queries/privacy.hpp, queries/redactor.hpp) in every output:
a property test draws random spellings of random private names (case, accents, decomposed
accents, white space and invisible characters between and inside words, hyphens, full-width
letters, handles with and without @, "Surname, Given", titles with the surname, hashtags, ids)
inside random text, in quotes, source texts, summaries, descriptions and source metadata,
and finds none of them in any output of any command or format; source titles, publishers,
authors and addresses are redacted; offsets never tell a hidden name's length; and the
README's redacted backup imports back. The checker folds text on its own (Python's unicodedata),
not with the code under test."""
import csv
import html
import io
import json
import os
import random
import re
import unicodedata
import unittest

from harness import TempDbCase, run, write

PRIVATE = [("Jérôme", "Élan"), ("Sam", "Rivers"), ("Zofia", "Kowalczyk"), ("Ngozi", "Adeyemi"),
           ("Søren", "Lindqvist"), ("Inès", "Fischer"), ("Mạnh", "Nguyễn"), ("Dominique", "Fraser")]
WORDS = ("the board said on monday that an inquiry was opened after a complaint and the academy "
         "voted to suspend its member pending review of the case by independent counsel").split()
TITLES = ("Ms", "Mr.", "Dr", "Mrs", "Prof.")
SEED = 20171016


def fold(text):
    """Independent folding: NFKD, marks and format characters dropped, case folded."""
    out = []
    for c in unicodedata.normalize("NFKD", text):
        if unicodedata.category(c) in ("Mn", "Cf"):
            continue
        out.append(c)
    return "".join(out).casefold()


def tokens(text):
    return re.findall(r"[^\W_]+", fold(text))


def leaks(text, people):
    """The private names `text` still shows, in any spelling the property test draws."""
    found = []
    words = tokens(text)
    for index, (given, surname) in enumerate(people):
        g, s = fold(given), fold(surname)
        pairs = list(zip(words, words[1:]))
        if (g, s) in pairs or (s, g) in pairs or any(g + s in w for w in words) or f"p{index}" in words:
            found.append(f"{given} {surname}")
        if any(a in (fold(t.rstrip(".")) for t in TITLES) and b == s for a, b in pairs):
            found.append(f"title {surname}")
    return found


def fullwidth(text):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def strip_accents(text):
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def spelling(rng, given, surname, index, one_line=False):
    """One random way a writer (or an adversary) spells the person's name (on one line for metadata)."""
    g, s = rng.choice([(given, surname), (given.upper(), surname.upper()), (given.lower(), surname.lower()),
                       (strip_accents(given), strip_accents(surname))])
    if rng.random() < 0.2:
        g, s = unicodedata.normalize("NFD", g), unicodedata.normalize("NFD", s)
    if rng.random() < 0.2:
        cut = rng.randrange(1, len(g))
        g = g[:cut] + rng.choice(["\u00ad", "\u200b", "\u200d", "\u2060"]) + g[cut:]
    between = rng.choice([" ", "\n", "\t", "\u00a0", "\u202f", "  ", "-", " \u200b", "\u200b", "\r\n"])
    if one_line and between in ("\n", "\t", "\r\n"):
        between = " "
    form = rng.randrange(9)
    if form == 0:
        return f"{s}, {g}"
    if form == 1:
        return f"{rng.choice(TITLES)} {s}"
    if form == 2:
        return "@" + (g + s).lower().replace(" ", "")
    if form == 3:
        return (g + s).lower()
    if form == 4:
        return f"#JusticeFor{strip_accents(given)}{strip_accents(surname)}"
    if form == 5:
        return fullwidth(f"{strip_accents(g)} {strip_accents(s)}")
    if form == 6:
        return f"person:p{index}"
    return g + between + s


def sentence(rng, people, one_line=False):
    words = [rng.choice(WORDS) for _ in range(rng.randrange(3, 12))]
    for _ in range(rng.randrange(1, 3)):
        index = rng.randrange(len(people))
        words.insert(rng.randrange(len(words) + 1), spelling(rng, *people[index], index, one_line))
    return " ".join(words) + rng.choice([".", "!", ";", ""])


def case_document(rng):
    people = [{"id": f"person:p{i}", "kind": "person", "name": f"{g} {s}", "public": False,
               "aliases": [f"@{strip_accents(g + s).lower()}"]} for i, (g, s) in enumerate(PRIVATE)]
    quotes = [sentence(rng, PRIVATE) for _ in range(30)]
    text = " ".join(quotes)
    meta = lambda: sentence(rng, PRIVATE, one_line=True)  # noqa: E731
    source = {"id": "src:wire", "title": meta(), "publisher": meta(), "author": meta(),
              "url": "https://example.org/" + meta().replace(" ", "-"), "published": "2017-10-16", "text": text}
    orgs = [{"id": "org:board", "kind": "organization", "category": "other", "name": "The Board",
             "description": sentence(rng, PRIVATE)},
            {"id": "campaign:justice", "kind": "campaign", "name": "#JusticeForSamRivers"}]
    events = []
    for i in range(10):
        events.append({"id": f"event:e{i}", "type": rng.choice(["statement", "suspension", "allegation"]),
                       "date": f"2017-10-{10 + i}", "summary": sentence(rng, PRIVATE),
                       "participants": [{"entity": "org:board", "role": "actor"},
                                        {"entity": f"person:p{i % len(PRIVATE)}", "role": "subject"}],
                       "citations": [{"source": "src:wire", "quote": quotes[i]}, {"source": "src:wire",
                                                                                  "quote": quotes[10 + i]}]})
    events.append({"id": "event:campaign", "type": "campaign_post", "date": "2017-10-16",
                   "summary": "The campaign posted.", "participants": [{"entity": "campaign:justice", "role": "object"},
                                                                      {"entity": "org:board", "role": "participant"}],
                   "citations": [{"source": "src:wire", "quote": quotes[0]}]})
    return {"allegraph": 1, "sources": [source], "entities": people + orgs, "events": events}


def readable(out):
    """Output text with JSON, XML and HTML escapes undone, so the checker sees what a reader sees."""
    try:
        return json.dumps(json.loads(out), ensure_ascii=False)
    except ValueError:
        return html.unescape(out).replace("\\n", "\n")


OUTPUTS = [("timeline",), ("timeline", "--json"), ("timeline", "--format", "md"), ("timeline", "--format", "html"),
           ("timeline", "--format", "timelinejs"), ("timeline", "--format", "csv"), ("entity", "org:board"),
           ("entity", "org:board", "--json"), ("entity", "campaign:justice", "--json"), ("responses", "--json"),
           ("who", "subject", "org:board"), ("who", "subject", "org:board", "--json"), ("relations", "org:board"),
           ("history", "--facts"), ("history", "event:e1"), ("history", "--json"), ("stats", "--json"),
           ("check", "--actor", "org:board", "--type", "suspension", "--subject", "org:board"), ("conflicts",),
           ("pending",), ("export", "json"), ("export", "graphml"), ("export", "gexf"), ("export", "dot"),
           ("export", "cytoscape"), ("search", "board"), ("search", "inquiry", "--json"), ("search", "wire"),
           ("review",), ("review", "--entities")]


class RedactionProperty(TempDbCase):
    def test_random_spellings_of_private_names_appear_in_no_output(self):
        rng = random.Random(SEED)
        for trial in range(4):
            with self.subTest(trial=trial):
                db = self.new_database(f"trial{trial}.db")
                doc = case_document(rng)
                path = write(self.dir, f"trial{trial}.json", json.dumps(doc, ensure_ascii=False))
                code, _, err = run("import", path, "--allow-uncited", db=db)
                self.assertEqual(code, 0, err)
                shown = 0
                for command in OUTPUTS:
                    code, out, err = run(*command, db=db)
                    self.assertIn(code, (0, 1), (command, err))
                    shown += len(out)
                    found = leaks(readable(out) + err, PRIVATE)
                    self.assertEqual(found, [], (command, out[:2000]))
                self.assertGreater(shown, 10000, "the outputs were empty: the test proved nothing")
                code, out, _ = run("--include-private", "timeline", "--json", db=db)
                self.assertTrue(leaks(readable(out), PRIVATE), "with --include-private the names are shown")

    def test_the_checker_sees_every_spelling_it_draws(self):
        rng = random.Random(SEED)
        for _ in range(500):
            index = rng.randrange(len(PRIVATE))
            text = spelling(rng, *PRIVATE[index], index)
            self.assertTrue(leaks(f"a {text} b", PRIVATE), repr(text))


class SourceMetadata(TempDbCase):
    def setUp(self):
        super().setUp()
        doc = {"allegraph": 1,
               "sources": [{"id": "src:interview", "title": "Interview with Rose Smith", "publisher": "Rose Smith Media",
                            "author": "Rose Smith", "url": "https://example.org/interview-rose-smith",
                            "published": "2017-10-16", "text": "Rose Smith said the board knew. The board denied it."}],
               "entities": [{"id": "person:rose", "kind": "person", "name": "Rose Smith", "public": False},
                            {"id": "org:board", "kind": "organization", "name": "The Board"}],
               "events": [{"id": "event:denial", "type": "denial", "date": "2017-10-16", "summary": "The board denied it.",
                           "participants": [{"entity": "org:board", "role": "actor"}],
                           "citations": [{"source": "src:interview", "quote": "Rose Smith said the board knew."}]}]}
        self.import_ok(write(self.dir, "case.json", json.dumps(doc)), extra=("--allow-uncited",))

    def test_title_publisher_author_and_address_are_redacted_everywhere(self):
        for command in [("timeline",), ("timeline", "--json"), ("timeline", "--format", "md"),
                        ("timeline", "--format", "html"), ("timeline", "--format", "timelinejs"),
                        ("timeline", "--format", "csv"), ("export", "json"), ("entity", "The Board"),
                        ("history", "src:interview")]:
            with self.subTest(command=command):
                code, out, err = run(*command, db=self.db)
                self.assertEqual(code, 0, err)
                self.assertNotRegex(fold(readable(out)), r"rose.?smith", out)
                self.assertIn("redacted", out)

    def test_offsets_of_a_redacted_quote_are_not_shown(self):
        citation = json.loads(run("timeline", "--json", db=self.db)[1])["events"][0]["citations"][0]
        self.assertEqual(citation["quote"], "[redacted] said the board knew.")
        self.assertIsNone(citation["start"])
        self.assertIsNone(citation["end"])
        shown = json.loads(run("--include-private", "timeline", "--json", db=self.db)[1])["events"][0]["citations"][0]
        self.assertEqual((shown["start"], shown["end"]), (0, 31))


class RedactedBackup(TempDbCase):
    def test_the_readmes_backup_without_private_persons_imports_back(self):
        self.import_case()
        backup = os.path.join(self.dir, "backup.json")
        code, _, err = run("export", "json", "-o", backup, db=self.db)
        self.assertEqual(code, 0, err)
        restored = self.new_database("restored.db")
        code, _, err = run("import", backup, db=restored)
        self.assertEqual(code, 0, err)
        with open(backup, encoding="utf-8") as f:
            doc = json.load(f)
        texts = {s["id"]: s.get("text") for s in doc["sources"]}
        quoted = 0
        for record in doc["entities"] + doc["events"] + doc["relations"]:
            for c in record.get("citations", []):
                if texts.get(c["source"]) and "start" in c:
                    quoted += 1
                    self.assertEqual(texts[c["source"]][c["start"]:c["end"]], c["quote"])
        self.assertGreater(quoted, 100)
        for private in ("Dominique Fraser", "Alexis Benveniste", "2Fikornot2fik"):
            self.assertNotIn(private.lower(), json.dumps(doc, ensure_ascii=False).lower())
        again = os.path.join(self.dir, "again.json")
        code, _, err = run("export", "json", "-o", again, db=restored)
        self.assertEqual(code, 0, err)


if __name__ == "__main__":
    unittest.main()
