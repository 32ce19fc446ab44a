"""End-to-end tests of the query commands on the curated case: timeline order
and filters, --as-of, entity cards, name resolution, responses, who, exit
codes and the JSON contract of DESIGN §6."""
import json
import unicodedata
import unittest

from harness import TempDbCase, load_case, run, run_json, sqlite_only, write

CASE = load_case()
SOURCE_DATES = {s["id"]: s["published"] for s in CASE["sources"]}


def events_of(entity_id):
    return [e for e in CASE["events"] if any(p["entity"] == entity_id for p in e["participants"])]


def strip_accents(text):
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class QueryCase(TempDbCase):
    def setUp(self):
        super().setUp()
        self.import_case()

    def timeline(self, *args):
        return run_json("timeline", *args, db=self.db)["events"]

    def test_timeline_holds_every_event_of_the_entity_in_timeline_order(self):
        """Known starts by date, then the events dated only "up to" a day, by that day."""
        events = self.timeline("Harvey Weinstein")
        self.assertEqual({e["id"] for e in events}, {e["id"] for e in events_of("person:harvey-weinstein")})
        keys = [(e["date_lo"] is None, e["date_lo"] or e["date_hi"], e["date_hi"] or "9999") for e in events]
        self.assertEqual(keys, sorted(keys))

    def test_every_timeline_row_is_sourced(self):
        for e in self.timeline():
            self.assertTrue(e["citations"], e["id"])
            for c in e["citations"]:
                self.assertTrue(c["publisher"] and c["published"] and c["quote"], c)
            for field in ("id", "type", "category", "date", "date_lo", "date_hi", "status", "summary",
                          "participants"):
                self.assertIn(field, e)

    def test_day_precise_dates_have_equal_bounds(self):
        for e in self.timeline():
            if len(e["date"]) == 10:
                self.assertEqual(e["date_lo"], e["date"])
                self.assertEqual(e["date_hi"], e["date"])

    def test_type_and_category_filters(self):
        expulsions = self.timeline("--type", "expulsion")
        self.assertEqual(len(expulsions), sum(1 for e in CASE["events"] if e["type"] == "expulsion"))
        responses = self.timeline("--category", "response,legal")
        self.assertTrue(responses)
        self.assertTrue(all(e["category"] in ("response", "legal") for e in responses))

    def test_window_keeps_overlapping_intervals(self):
        inside = self.timeline("--from", "2017-10-14", "--to", "2017-10-14")
        self.assertTrue(inside)
        for e in inside:
            self.assertTrue((e["date_lo"] or "0000") <= "2017-10-14" <= (e["date_hi"] or "9999"), e["id"])
        everything = self.timeline()
        self.assertGreater(len(everything), len(inside))

    def test_actor_filter(self):
        events = self.timeline("--actor", "AMPAS")
        self.assertTrue(events)
        for e in events:
            self.assertIn({"id": "org:ampas", "role": "actor"},
                          [{"id": p["id"], "role": p["role"]} for p in e["participants"]])

    def test_as_of_counts_only_sources_surely_published_by_then(self):
        latest = max(s.split("/")[-1] for s in SOURCE_DATES.values())
        earliest = min(s.split("/")[0] for s in SOURCE_DATES.values())
        self.assertEqual(run("timeline", "--as-of", "2017-10-13", db=self.db)[0], 1)
        self.assertEqual(len(self.timeline("--as-of", latest)), len(self.timeline()))
        if earliest < latest:  # a publication known only as an interval is not yet surely out at its start
            self.assertEqual(run("timeline", "--as-of", earliest, db=self.db)[0], 1)

    def test_entity_card_shape(self):
        card = run_json("entity", "AMPAS", db=self.db)
        for field in ("id", "kind", "name", "aliases", "events", "relations"):
            self.assertIn(field, card)
        self.assertEqual(card["id"], "org:ampas")
        self.assertIn("the Academy", card["aliases"])
        self.assertEqual({e["id"] for e in card["events"]}, {e["id"] for e in events_of("org:ampas")})

    def test_symmetric_relations_read_both_ways(self):
        for relation in CASE["relations"]:
            if relation["type"] not in ("spouse_of", "friend_of", "co_star_of", "colleague_of"):
                continue
            for one, other in ((relation["from"], relation["to"]), (relation["to"], relation["from"])):
                card = run_json("entity", one, "--include-private", db=self.db)
                self.assertIn((relation["type"], other), [(r["type"], r["other"]["id"]) for r in card["relations"]])

    def test_every_alias_resolves_in_any_case_and_without_accents(self):
        for entity in CASE["entities"]:
            if entity.get("public") is False:
                continue
            for name in [entity["name"]] + entity.get("aliases", []):
                for variant in (name.upper(), strip_accents(name).lower()):
                    code, out, err = run("entity", variant, "--json", db=self.db)
                    if code == 2:  # a name two entities share must be reported as ambiguous
                        self.assertIn(entity["id"], err)
                    else:
                        self.assertEqual(json.loads(out)["id"], entity["id"], variant)

    def test_typographic_apostrophe_and_accents(self):
        self.assertEqual(run_json("entity", "LÉGION D’HONNEUR", db=self.db)["id"], "org:legion-of-honour")

    def test_bare_word_finds_the_hashtag_campaign(self):
        campaigns = [e for e in CASE["entities"] if e["kind"] == "campaign" and e["name"].startswith("#")]
        self.assertTrue(campaigns)
        for campaign in campaigns:
            self.assertEqual(run_json("entity", campaign["name"][1:].upper(), db=self.db)["id"], campaign["id"])

    def test_ambiguous_name_lists_candidates(self):
        extra = {"allegraph": 1, "entities": [{"id": "org:other-academy", "kind": "organization",
                                               "name": "Other Academy", "aliases": ["the Academy"]}]}
        self.import_ok(write(self.dir, "extra.json", json.dumps(extra)), extra=("--allow-uncited",))
        code, _, err = run("entity", "the academy", db=self.db)
        self.assertEqual(code, 2)
        self.assertIn("org:ampas", err)
        self.assertIn("org:other-academy", err)

    def test_unknown_name_exit_1(self):
        code, _, err = run("timeline", "Nobody At All", db=self.db)
        self.assertEqual(code, 1)
        self.assertIn("no entity named", err)

    def test_usage_errors_exit_2(self):
        self.assertEqual(run("timeline", "--from", "2017-13-01", db=self.db)[0], 2)
        self.assertEqual(run("timeline", "--type", "banishment", db=self.db)[0], 2)
        self.assertEqual(run("frobnicate", db=self.db)[0], 2)

    @sqlite_only("a missing SQLite path (the database path with a suffix)")
    def test_missing_database_exit_3(self):
        code, _, err = run("timeline", db=self.db + ".missing")
        self.assertEqual(code, 3)
        self.assertIn("no database", err)

    def test_responses_list_every_response_whoever_acts(self):
        """Every response-category event concerning Weinstein or done by him: the police investigations
        (investigators), Macron's revocation (a person acting) and his own denials included."""
        rows = run_json("responses", "Harvey Weinstein", db=self.db)["responses"]
        acting, concerned = ("actor", "initiator", "investigator"), ("subject", "object")
        responses = {e["id"] for e in run_json("timeline", "--category", "response", db=self.db)["events"]}
        expected = {e["id"] for e in events_of("person:harvey-weinstein")
                    if e["id"] in responses
                    and any(p["entity"] == "person:harvey-weinstein" and p["role"] in acting + concerned
                            for p in e["participants"])}
        self.assertEqual({r["event"] for r in rows}, expected)
        self.assertIn("event:police-new-york-investigation", expected)
        self.assertIn("event:macron-revocation-legion-of-honour", expected)
        for r in rows:
            for field in ("organization", "actor", "actor_role", "type", "date", "status", "subject", "citations"):
                self.assertIn(field, r)
            if r["actor"] and r["actor"]["kind"] != "organization":
                self.assertIsNone(r["organization"])
        police = [r for r in rows if r["event"] == "event:police-new-york-investigation"]
        self.assertEqual([(r["actor_role"], r["subject"]["id"]) for r in police],
                         [("investigator", "person:harvey-weinstein")])

    def test_responses_of_an_organization_include_its_own_acts(self):
        rows = run_json("responses", "Producers Guild of America", db=self.db)["responses"]
        self.assertTrue(rows)
        self.assertTrue(all(r["actor"] and r["actor"]["id"] == "org:pga" for r in rows))
        self.assertIn("termination_proceedings", {r["type"] for r in rows})

    def test_pga_proceedings_status_and_due_date(self):
        rows = run_json("responses", "Producers Guild", db=self.db)
        proceedings = [e for e in self.timeline("--type", "termination_proceedings")]
        self.assertTrue(proceedings)
        self.assertEqual(proceedings[0]["status"], "started")
        self.assertEqual(proceedings[0]["due_lo"], "2017-11-06")
        self.assertIsNotNone(rows)

    def test_who_accuser(self):
        rows = run_json("who", "accuser", "Harvey Weinstein", db=self.db)["entities"]
        expected = {p["entity"] for e in events_of("person:harvey-weinstein") for p in e["participants"]
                    if p["role"] == "accuser"}
        private = {e["id"] for e in CASE["entities"] if e.get("public") is False}
        self.assertEqual({r["id"] for r in rows}, expected - private)
        self.assertTrue(all(r["events"] for r in rows))

    def test_allegations_show_denials_on_record(self):
        code, out, _ = run("timeline", "Harvey Weinstein", "--type", "allegation", db=self.db)
        self.assertEqual(code, 0)
        denied = {l["event"] for e in CASE["events"] if e["type"] == "denial" for l in e.get("links", [])}
        self.assertTrue(denied)
        blocks = out.split("\n\n")
        for block in blocks:
            event_id = block.strip().splitlines()[-1].strip().removeprefix("id: ")
            self.assertEqual("denial on record" in block, event_id in denied, event_id)

    def test_negated_fact_is_worded_as_of_its_source(self):
        negated = [e for e in CASE["events"] if e.get("negated")]
        self.assertTrue(negated)
        out = run("timeline", "--type", negated[0]["type"], db=self.db)[1]
        self.assertIn("As of", out)

    def test_stats_counts(self):
        stats = run_json("stats", db=self.db)
        self.assertEqual(stats["events"], len(CASE["events"]))
        self.assertEqual(sum(stats["events_by_category"].values()), stats["events"])


if __name__ == "__main__":
    unittest.main()
