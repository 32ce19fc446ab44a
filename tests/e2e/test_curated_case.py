"""The curated dataset is journalism: every quote is verbatim in its seed
article, every id resolves, dates parse and relative dates stay within the
publication interval of the article that gives them."""
import json
import os
import unittest

from harness import CASE, SEEDS, TempDbCase, load_case, run

DATA = load_case()


def seed_text(source):
    path = os.path.normpath(os.path.join(os.path.dirname(CASE), source["text_file"]))
    with open(path, encoding="utf-8") as f:
        return f.read()


def citations():
    for kind in ("entities", "events", "relations"):
        for record in DATA[kind]:
            for citation in record.get("citations", []):
                yield record, citation


class CuratedCase(unittest.TestCase):
    def test_seed_articles_are_at_hand(self):
        self.assertTrue(os.path.isdir(SEEDS), SEEDS)
        for source in DATA["sources"]:
            self.assertTrue(source.get("text_file"), source["id"])
            self.assertTrue(seed_text(source))

    def test_every_quote_is_a_verbatim_substring_of_its_source(self):
        texts = {s["id"]: seed_text(s) for s in DATA["sources"]}
        count = 0
        for record, citation in citations():
            self.assertIn(citation["quote"], texts[citation["source"]], record.get("id", record))
            count += 1
        self.assertGreater(count, 100)

    def test_every_fact_is_cited(self):
        for kind in ("entities", "events", "relations"):
            for record in DATA[kind]:
                self.assertTrue(record.get("citations"), record.get("id", record))

    def test_ids_are_unique(self):
        ids = [r["id"] for k in ("sources", "entities", "events") for r in DATA[k]]
        self.assertEqual(len(ids), len(set(ids)))

    def test_the_case_covers_what_the_articles_state(self):
        types = {e["type"] for e in DATA["events"]}
        for needed in ("allegation", "denial", "expulsion", "suspension", "revocation", "termination_proceedings",
                       "investigation", "settlement", "report", "divorce_filing", "campaign_launch", "charge"):
            self.assertIn(needed, types)
        kinds = {e["kind"] for e in DATA["entities"]}
        self.assertEqual(kinds, {"person", "organization", "work", "campaign", "group"})
        self.assertTrue(any(e.get("negated") for e in DATA["events"]))
        self.assertTrue(any(e["kind"] == "group" and e.get("size") for e in DATA["entities"]))
        relation_types = {r["type"] for r in DATA["relations"]}
        self.assertTrue({"spouse_of", "friend_of", "co_star_of"} <= relation_types)

    def test_negated_facts_claim_no_more_than_their_source(self):
        published = {s["id"]: s["published"] for s in DATA["sources"]}
        for event in DATA["events"]:
            if not event.get("negated"):
                continue
            self.assertTrue(event["date"].startswith("../"), event["id"])
            end = event["date"][3:]
            for citation in event["citations"]:
                self.assertLessEqual(end, published[citation["source"]].split("/")[0], event["id"])


class CuratedImport(TempDbCase):
    def test_import_verifies_quotes_against_the_seed_texts(self):
        out, err = self.import_case()
        self.assertNotIn("not at hand", err)
        stats = json.loads(run("stats", "--json", db=self.db)[1])
        self.assertEqual(stats["sources_with_text"], len(DATA["sources"]))


if __name__ == "__main__":
    unittest.main()
