"""Private persons (`public: false`) never appear by name, id or alias in any
output unless --include-private is given; quotes and summaries are redacted."""
import json
import unittest

from harness import TempDbCase, load_case, run, run_json, write

CASE = load_case()
PRIVATE = [e for e in CASE["entities"] if e.get("public") is False]


def slug(text):
    return "".join(c for c in text.lower() if c.isalnum())


def private_strings():
    for entity in PRIVATE:
        yield entity["id"]
        yield entity["name"]
        yield from entity.get("aliases", [])
        yield entity["id"].split(":", 1)[1]


class PrivacyCase(TempDbCase):
    def setUp(self):
        super().setUp()
        self.import_case()

    def outputs(self, *flags):
        commands = [("timeline",), ("timeline", "--json"), ("responses", "--json"), ("stats", "--json")]
        commands += [("entity", e["id"], "--json") for e in CASE["entities"] if e.get("public", True)]
        commands += [("who", role, "Harvey Weinstein", "--json") for role in ("accuser", "participant")]
        commands += [("timeline", c["id"]) for c in CASE["entities"] if c["kind"] == "campaign"]
        for command in commands:
            code, out, err = run(*command, *flags, db=self.db)
            yield command, out + err

    def test_the_case_has_private_persons_in_quotes(self):
        self.assertTrue(PRIVATE)
        quotes = [c["quote"] for e in CASE["events"] for c in e.get("citations", [])]
        self.assertTrue(any(p["name"] in q for p in PRIVATE for q in quotes))

    def test_no_private_name_id_or_alias_leaks(self):
        for command, text in self.outputs():
            for secret in private_strings():
                self.assertNotIn(secret.lower(), text.lower(), command)

    def test_no_public_id_is_built_from_a_private_name(self):
        ids = [r["id"] for k in ("sources", "entities", "events") for r in CASE[k] if r.get("public", True)]
        for entity in PRIVATE:
            for name in [entity["name"]] + entity.get("aliases", []):
                for word in [slug(name)] + [slug(w) for w in name.split() if len(w) > 3]:
                    self.assertFalse(any(word in slug(i) for i in ids), (word, entity["id"]))

    def test_redaction_is_visible(self):
        text = "".join(out for _, out in self.outputs())
        self.assertIn("[redacted person]", text)
        self.assertIn("[redacted]", text)

    def test_private_names_do_not_resolve(self):
        for entity in PRIVATE:
            code, _, err = run("entity", entity["name"], db=self.db)
            self.assertEqual(code, 1)
            code, _, _ = run("entity", entity["id"], db=self.db)
            self.assertEqual(code, 1)

    def test_include_private_shows_them(self):
        text = "".join(out for _, out in self.outputs("--include-private"))
        for entity in PRIVATE:
            self.assertIn(entity["name"], text)
        code, out, _ = run("entity", PRIVATE[0]["name"], "--include-private", db=self.db)
        self.assertEqual(code, 0)
        self.assertIn(PRIVATE[0]["id"], out)


class MadePrivateLater(TempDbCase):
    """--as-of-db answers from the past, but with today's privacy: a person made private since then
    is hidden in the past too, by name, id and alias, in quotes as well."""

    def test_as_of_db_hides_persons_made_private_since(self):
        doc = {"allegraph": 1,
               "sources": [{"id": "src:a", "publisher": "A", "published": "2017-10-16"}],
               "entities": [{"id": "person:pat", "kind": "person", "name": "Pat Doe", "aliases": ["@patdoe"],
                             "citations": [{"source": "src:a", "quote": "Pat Doe, a witness"}]},
                            {"id": "org:board", "kind": "organization", "name": "The Board",
                             "citations": [{"source": "src:a", "quote": "the board"}]}],
               "events": [{"id": "event:x", "type": "statement", "date": "2017-10-15", "summary": "Pat Doe spoke.",
                           "participants": [{"entity": "org:board", "role": "actor"},
                                            {"entity": "person:pat", "role": "participant"}],
                           "citations": [{"source": "src:a", "quote": "@patdoe said so"}]}]}
        self.import_ok(write(self.dir, "case.json", json.dumps(doc)))
        then = run_json("history", db=self.db)["changes"][0]["at"]
        code, _, err = run("edit", "person:pat", "--public", "false", "--reason", "a survivor", db=self.db)
        self.assertEqual(code, 0, err)
        for command in (("timeline",), ("timeline", "--json"), ("entity", "The Board"), ("export", "json"),
                        ("stats", "--json"), ("search", "spoke")):
            with self.subTest(command=command):
                code, out, err = run("--as-of-db", then, *command, db=self.db)
                self.assertEqual(code, 0, err)
                for secret in ("Pat Doe", "person:pat", "patdoe"):
                    self.assertNotIn(secret.lower(), out.lower())
        self.assertEqual(run("--as-of-db", then, "entity", "Pat Doe", db=self.db)[0], 1)
        code, out, _ = run("--as-of-db", then, "--include-private", "entity", "Pat Doe", db=self.db)
        self.assertEqual(code, 0)


if __name__ == "__main__":
    unittest.main()
