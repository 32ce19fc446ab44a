"""End-to-end tests that no command is an oracle: without --include-private, every command
answers a private person's name or id exactly as it answers one that does not exist — the same
exit code and the same words, the name itself aside — and an import treats private persons as
if they were not there (a name that only a private person has makes a new proposed person, kept
private; a private id is an unknown id; an ambiguity never lists one). The few places that
cannot (README, "What --include-private protects") are tested as documented."""
import json
import os
import tempfile
import unittest

from harness import CASE, CASE_FLAGS, create_database, drop_database, run

PRIVATE = {"name": "Dominique Fraser", "id": "person:dominique-fraser"}
NOBODY = {"name": "Dominique Frazer", "id": "person:dominique-frazer"}
RELATION = "{id} friend_of person:alyssa-milano"


def csv_row(name):
    return ("date,type,actor,subject,source_title,quote\n"
            f"2017-10-20,suspension,Producers Guild of America,{name},Guild note,suspended\n")


def commands(who):
    """Every command that takes a name or an id, asked about `who`."""
    name, id_ = who["name"], who["id"]
    return [
        ("entity", name), ("entity", id_), ("entity", id_, "--json"), ("timeline", name), ("timeline", "--actor", name),
        ("timeline", id_, "--format", "md"), ("responses", name), ("who", "accuser", name), ("relations", name),
        ("path", name, "Harvey Weinstein"), ("path", "Harvey Weinstein", id_, "--all"),
        ("check", "--actor", "AMPAS", "--type", "expulsion", "--subject", name),
        ("check", "--actor", name, "--type", "statement", "--subject", "Harvey Weinstein", "--json"),
        ("export", "graphml", "--around", name), ("history", id_), ("history", RELATION.format(id=id_)),
        ("search", name), ("search", name, "--json"), ("search", id_),
        ("edit", id_, "--name", "X", "--reason", "r"), ("edit", id_, "--public", "true", "--reason", "r"),
        ("edit", RELATION.format(id=id_), "--date", "2017", "--reason", "r"),
        ("merge", "person:harvey-weinstein", id_, "--reason", "r"), ("merge", id_, "person:alyssa-milano", "--reason", "r"),
        ("review", "--accept-entity", name, "--reason", "r"), ("review", "--merge-entity", id_, "--into", "AMPAS"),
    ]


class OracleCase(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls._tmp = tempfile.TemporaryDirectory()
        cls.dir = cls._tmp.name
        cls.template = create_database(cls.dir, "template.db")
        cls.addClassCleanup(drop_database, cls.template)
        code, _, err = run("import", CASE, *CASE_FLAGS, db=cls.template)
        assert code == 0, err
        extra = {"allegraph": 1, "relations": [{"from": PRIVATE["id"], "type": "friend_of", "to": "person:alyssa-milano"}]}
        path = os.path.join(cls.dir, "extra.json")
        with open(path, "w") as f:
            json.dump(extra, f)
        code, _, err = run("--include-private", "import", path, "--allow-uncited", db=cls.template)
        assert code == 0, err
        article = os.path.join(cls.dir, "guild.txt")
        with open(article, "w") as f:
            f.write("The Example Guild suspended Harvey Weinstein on Monday, the board said.\n")
        with open(article + ".json", "w") as f:
            json.dump({"title": "Guild", "publisher": "Wire", "published": "2017-10-18"}, f)
        code, _, err = run("import", article, db=cls.template)
        assert code == 0, err
        code, out, err = run("review", "--json", db=cls.template)
        assert code == 0, err
        cls.candidate = json.loads(out)["events"][0]["id"]

    @classmethod
    def tearDownClass(cls):
        cls._tmp.cleanup()

    def fresh(self, name):
        db = create_database(self.dir, name, template=self.template)
        self.addCleanup(drop_database, db)
        return db

    def answer(self, who, *args, db=None):
        code, out, err = run(*args, db=db or self.fresh("work.db"))
        text = out + "\n" + err
        for key in ("id", "name"):
            text = text.replace(who[key], "<" + key + ">")
        text = text.replace(who["id"].split(":")[1], "<slug>")
        return code, text

    def assert_same_answer(self, private_args, nobody_args, db_maker=None):
        private = self.answer(PRIVATE, *private_args, db=db_maker() if db_maker else None)
        nobody = self.answer(NOBODY, *nobody_args, db=db_maker() if db_maker else None)
        self.assertEqual(private, nobody)
        self.assertNotIn(PRIVATE["name"], private[1])

    def test_every_command_answers_a_private_name_as_an_unknown_one(self):
        for private_args, nobody_args in zip(commands(PRIVATE), commands(NOBODY)):
            with self.subTest(command=private_args):
                self.assert_same_answer(private_args, nobody_args)

    def test_a_search_sharing_a_word_with_a_private_name_finds_the_public_record(self):
        # "Rose Petal" used to find nothing when a private "Rose Smith" existed: a word of a private name
        # in the query made the search answer empty, which confirmed the private name.
        db = self.fresh("petal.db")
        given = PRIVATE["name"].split()[0]
        public = self.write("petal.json", json.dumps({"allegraph": 1, "entities": [
            {"id": "org:petal", "kind": "organization", "category": "other", "name": given + " Petal Trust"}]}))
        code, _, err = run("import", public, "--allow-uncited", db=db)
        self.assertEqual(code, 0, err)
        code, out, err = run("search", given + " Petal", "--json", db=db)
        self.assertEqual(code, 0, err)
        self.assertEqual([hit["owner"] for hit in json.loads(out)["hits"]], ["org:petal"])

    def test_review_edit_names_a_private_person_as_an_unknown_one(self):
        for edit in (("--add", "{name}=subject"), ("--add", "{id}=subject"), ("--remove", "{name}"),
                     ("--replace", "person:harvey-weinstein={id}"), ("--role", "{name}=actor")):
            args = lambda who: ("review", "--edit", self.candidate, edit[0], edit[1].format(**who),  # noqa: E731
                                "--reason", "r")
            with self.subTest(edit=edit):
                self.assert_same_answer(args(PRIVATE), args(NOBODY))

    def test_the_documented_exceptions_say_no_name(self):
        # README, "What --include-private protects": counts, and one space of ids.
        db = self.fresh("exceptions.db")
        code, out, err = run("stats", db=db)
        self.assertEqual(code, 0, err)
        self.assertIn("private", out)
        self.assertNotIn(PRIVATE["name"], out)
        record = self.write("same-id.json", json.dumps({"allegraph": 1, "entities": [
            {"id": PRIVATE["id"], "kind": "person", "name": "Someone Else"}]}))
        code, out, err = run("import", record, "--allow-uncited", db=db)
        self.assertEqual(code, 0, err)
        self.assertNotIn(PRIVATE["name"], out + err)
        self.assertEqual(run("entity", "Someone Else", db=db)[0], 1, "the record updated the private person, still private")
        event = self.write("event-id.json", json.dumps({"allegraph": 1, "events": [
            {"id": PRIVATE["id"], "type": "statement", "date": "2017-10-20",
             "participants": [{"entity": "person:harvey-weinstein", "role": "actor"}]}]}))
        code, _, err = run("import", event, "--allow-uncited", db=db)
        self.assertEqual(code, 3)
        self.assertIn("is already the id of an entity", err)
        self.assertNotIn(PRIVATE["name"], err)

    def test_with_include_private_the_private_person_is_found(self):
        code, out, _ = run("--include-private", "entity", PRIVATE["name"], db=self.fresh("shown.db"))
        self.assertEqual(code, 0)
        self.assertIn(PRIVATE["id"], out)

    def write(self, name, text):
        path = os.path.join(self.dir, name)
        with open(path, "w") as f:
            f.write(text)
        return path

    def import_answer(self, who, filename, text, *flags):
        path = self.write(filename, text.replace("WHO_NAME", who["name"]).replace("WHO_ID", who["id"]))
        return self.answer(who, "import", path, *flags)

    def test_an_import_naming_a_private_person_answers_as_for_a_new_name(self):
        for flags in (("--dry-run",), ("--dry-run", "--json"), ()):
            with self.subTest(flags=flags):
                self.assertEqual(self.import_answer(PRIVATE, "row.csv", csv_row("WHO_NAME"), *flags),
                                 self.import_answer(NOBODY, "row.csv", csv_row("WHO_NAME"), *flags))

    def test_a_private_id_in_an_import_is_an_unknown_id(self):
        doc = json.dumps({"allegraph": 1, "events": [
            {"id": "event:x", "type": "statement", "date": "2017-10-20",
             "participants": [{"entity": "WHO_ID", "role": "actor"}]}],
            "relations": [{"from": "WHO_ID", "type": "friend_of", "to": "person:harvey-weinstein"}]})
        for flags in (("--allow-uncited",), ("--allow-uncited", "--dry-run")):
            private = self.import_answer(PRIVATE, "doc.json", doc, *flags)
            self.assertEqual(private, self.import_answer(NOBODY, "doc.json", doc, *flags))
            self.assertEqual(private[0], 3)
        doc = doc.replace('"events"', '"ignored"')  # the relation alone
        self.assertEqual(self.import_answer(PRIVATE, "doc.json", doc, "--allow-uncited")[0], 3)

    def test_the_person_an_import_makes_of_a_private_name_is_private_too(self):
        for who in (PRIVATE, NOBODY):
            db = self.fresh(f"made-{who['id']}.db")
            path = self.write("row.csv", csv_row(who["name"]))
            code, _, err = run("import", path, db=db)
            self.assertEqual(code, 0, err)
            with self.subTest(who=who["name"]):
                self.assertEqual(run("entity", who["name"], db=db)[0], 1)
                code, out, _ = run("--include-private", "entity", who["name"], "--json", db=db)
                self.assertEqual(code, 0 if who is NOBODY else 2)  # two private records of one name: an editor merges them

    def test_an_ambiguity_never_lists_a_private_id(self):
        db = self.fresh("twin.db")
        twin = self.write("twin.json", json.dumps({"allegraph": 1, "entities": [
            {"id": "person:df-public", "kind": "person", "name": PRIVATE["name"]}]}))
        code, _, err = run("import", twin, "--allow-uncited", db=db)
        self.assertEqual(code, 0, err)
        code, out, err = run("import", self.write("row.csv", csv_row(PRIVATE["name"])), "--dry-run", db=db)
        self.assertEqual(code, 0, err)
        self.assertNotIn(PRIVATE["id"], out + err)


if __name__ == "__main__":
    unittest.main()
