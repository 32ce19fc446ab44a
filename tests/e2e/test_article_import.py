"""End-to-end tests of the article importer and review: candidates from the two
seed articles measured against the curated case (precision and recall over the
allegation, response and legal categories), candidates kept out of every
answer until reviewed, idempotent re-import, rejected candidates not proposed
again, and the rules on articles of our own about other cases."""
import json
import os
import unittest

from harness import SOURCE_DIR, TempDbCase, canonical_dump, load_case, run, run_json, write

CASE = load_case()
FIXTURES = os.path.join(SOURCE_DIR, "tests", "fixtures", "articles")
ACT = {"actor", "accuser", "investigator", "initiator", "publisher"}
SUB = {"subject", "accused", "object"}
CATEGORIES = {"allegation", "response", "legal"}


def sides(pairs):
    pairs = list(pairs)
    return {e for e, r in pairs if r in ACT}, {e for e, r in pairs if r in SUB}


def interval(date):
    a, _, b = date.partition("/")
    b = b or a
    lo = "0000" if a == ".." else a
    hi = "9999" if b == ".." else b + ("-12-31" if len(b) == 4 else "-31" if len(b) == 7 else "")
    return lo, hi


def matches(curated, candidate):
    """Same type, same actor or subject, compatible dates (the issue's definition)."""
    if curated["type"] != candidate["type"]:
        return False
    ca, cs = sides((p["entity"], p["role"]) for p in curated["participants"])
    ga, gs = sides((p["id"], p["role"]) for p in candidate["participants"])
    (a, b), (x, y) = interval(curated["date"]), interval(candidate["date"])
    return bool((ca & ga) or (cs & gs)) and a <= y and x <= b


class SeedArticles(TempDbCase):
    def setUp(self):
        super().setUp()
        base = {"allegraph": 1, "sources": [{k: v for k, v in s.items() if k != "text_file"} for s in CASE["sources"]],
                "entities": CASE["entities"], "relations": CASE["relations"]}
        self.import_ok(write(self.dir, "base.json", json.dumps(base)))
        self.import_articles()

    def candidates(self):
        out = run("timeline", "--include-unreviewed", "--include-private", "--json", db=self.db)[1]
        return [e for e in json.loads(out)["events"] if e["unreviewed"]]

    def test_precision_and_recall_against_the_curated_case(self):
        got = [e for e in self.candidates() if e["category"] in CATEGORIES]
        curated = [e for e in CASE["events"] if e["type"] not in
                   ("report", "statement", "interview", "campaign_launch", "campaign_post", "divorce_filing", "separation")]
        true_positives = sum(1 for g in got if any(matches(c, g) for c in curated))
        found = sum(1 for c in curated if any(matches(c, g) for g in got))
        precision, recall = true_positives / len(got), found / len(curated)
        print(f"\narticle extraction on the seeds: precision {true_positives}/{len(got)} = {precision:.2f}, "
              f"recall {found}/{len(curated)} = {recall:.2f}")
        self.assertGreaterEqual(recall, 0.80)
        self.assertGreaterEqual(precision, 0.85)

    def test_candidates_are_quoted_sentences_with_offsets(self):
        texts = {}
        for source in CASE["sources"]:
            with open(os.path.normpath(os.path.join(SOURCE_DIR, "data", source["text_file"])), encoding="utf-8") as f:
                texts[source["id"]] = f.read()
        for e in self.candidates():
            c = e["citations"][0]
            self.assertEqual(texts[c["source"]][c["start"]:c["end"]], c["quote"])

    def test_candidates_stay_out_until_reviewed(self):
        self.assertEqual(run("timeline", db=self.db)[0], 1)
        self.assertEqual(run("export", "json", db=self.db)[1].count("candidate"), 0)
        candidate = self.candidates()[0]["id"]
        code, out, err = run("review", "--accept", candidate, "--reason", "checked against the article", db=self.db)
        self.assertEqual(code, 0, err)
        self.assertEqual([e["id"] for e in run_json("timeline", db=self.db)["events"]], [candidate])
        change = run_json("history", candidate, db=self.db)["changes"][-1]
        self.assertEqual((change["command"], change["reason"]), ("review", "checked against the article"))
        self.assertEqual(change["facts"][0]["fields"], [{"field": "review", "before": "unreviewed", "after": "reviewed"}])

    def import_articles(self):
        for source in CASE["sources"]:
            path = os.path.normpath(os.path.join(SOURCE_DIR, "data", source["text_file"]))
            self.import_ok(path, extra=("--source-id", source["id"], "--title", source["title"],
                                        "--publisher", source["publisher"], "--published", source["published"]))

    def test_reimport_is_idempotent(self):
        before = canonical_dump(self.db)
        self.import_articles()
        self.assertEqual(before, canonical_dump(self.db))

    def test_rejected_candidates_are_not_proposed_again(self):
        rejected = self.candidates()[0]["id"]
        self.assertEqual(run("review", "--reject", rejected, db=self.db)[0], 0)
        self.import_articles()
        self.assertNotIn(rejected, [e["id"] for e in self.candidates()])
        code, _, err = run("review", "--accept", rejected, db=self.db)
        self.assertEqual(code, 3)
        self.assertIn("already rejected", err)


class OwnArticles(TempDbCase):
    def setUp(self):
        super().setUp()
        self.import_ok(os.path.join(FIXTURES, "entities.json"), extra=("--allow-uncited",))
        self.import_ok(os.path.join(FIXTURES, "bar-association.txt"), os.path.join(FIXTURES, "orchestra.txt"))
        out = run("review", "--json", db=self.db)[1]
        self.events = [(e["type"], e["date"], tuple(sorted((p["id"], p["role"]) for p in e["participants"])), e["negated"])
                       for e in json.loads(out)["events"]]

    def has(self, type_, date, *participants, negated=False):
        self.assertIn((type_, date, tuple(sorted(participants)), negated), self.events)

    def test_rules_generalise_to_other_cases(self):
        self.has("suspension", "2019-11-12", ("org:northfield-bar", "actor"), ("person:daniel-crane", "subject"))
        # "suspended … on Tuesday after three former clients accused him": the accusation came first, up to Tuesday
        self.has("allegation", "../2019-11-12", ("group:three-former-clients", "accuser"), ("person:daniel-crane", "accused"))
        self.has("denial", "../2019-11-14", ("person:daniel-crane", "actor"))
        self.has("charge", "../2019-11-14", ("person:daniel-crane", "subject"), negated=True)
        self.has("firing", "2020-02-24/2020-03-01", ("org:lakeside-symphony", "actor"), ("person:paul-meyer", "subject"))
        self.has("allegation", "../2020-03-05", ("person:ana-ruiz", "accuser"), ("person:paul-meyer", "accused"))
        self.has("divorce_filing", "../2020-03-05", ("person:clara-meyer", "actor"), ("person:paul-meyer", "subject"))

    def test_unknown_names_are_proposed_as_entities_for_review(self):
        self.import_ok(os.path.join(FIXTURES, "museum.txt"))
        out = run("review", "--json", "--include-private", db=self.db)[1]
        events = {(e["type"], tuple(sorted(p["id"] for p in e["participants"]))) for e in json.loads(out)["events"]}
        self.assertIn(("suspension", ("org:harbor-art-museum", "person:maria-lopez")), events)
        self.assertIn(("allegation", ("person:maria-lopez", "person:tom-baker")), events)
        card = json.loads(run("entity", "Maria Lopez", "--include-private", "--json", db=self.db)[1])
        self.assertTrue(card["needs_review"])
        self.assertNotIn("Maria Lopez", run("review", db=self.db)[1])  # proposed persons stay private until reviewed
        self.assertEqual(run_json("entity", "Harbor Art Museum", db=self.db)["kind"], "organization")

    def test_review_edit_corrects_a_candidate_before_accepting_it(self):
        out = json.loads(run("review", "--json", db=self.db)[1])
        candidate = next(e for e in out["events"] if e["type"] == "suspension")["id"]
        code, _, err = run("review", "--edit", candidate, "--date", "2019-11", "--type", "expulsion", "--accept",
                           candidate, db=self.db)
        self.assertEqual(code, 0, err)
        accepted = run_json("timeline", db=self.db)["events"]
        self.assertEqual([(e["id"], e["type"], e["date"]) for e in accepted], [(candidate, "expulsion", "2019-11")])
        self.assertEqual(run("review", "--edit", candidate, "--date", "2019", db=self.db)[0], 3)

    def test_a_shared_surname_is_not_guessed(self):
        wrong = [e for e in self.events if ("person:clara-meyer", "accused") in e[2]]
        self.assertEqual(wrong, [])

    def test_the_sidecar_supplies_the_metadata(self):
        self.assertEqual(run_json("entity", "person:daniel-crane", db=self.db)["events"], [])
        stats = run_json("stats", db=self.db)
        self.assertEqual(stats["sources_with_text"], 2)


if __name__ == "__main__":
    unittest.main()
