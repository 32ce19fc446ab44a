"""End-to-end tests of the relationship questions: path (in words, each hop
sourced, hubs not walked through by default), relations, search, check,
conflicts, pending and the graph statistics of stats."""
import json
import unittest

from harness import TempDbCase, load_case, run, run_json, write

CASE = load_case()


def cite(quote="q"):
    return [{"source": "src:a", "quote": quote}]


def entity(ident, name, kind="person", **extra):
    return dict({"id": ident, "kind": kind, "name": name, "citations": cite()}, **extra)


def event(ident, type_, date, participants, source="src:a", **extra):
    return dict({"id": ident, "type": type_, "date": date,
                 "participants": [{"entity": e, "role": r} for e, r in participants],
                 "citations": [{"source": source, "quote": ident}]}, **extra)


class CuratedRelationships(TempDbCase):
    def setUp(self):
        super().setUp()
        self.import_case()

    def test_path_through_a_relation_names_the_relation_and_its_source(self):
        co_stars = [r for r in CASE["relations"] if r["type"] == "co_star_of"]
        self.assertTrue(co_stars)
        r = co_stars[0]
        result = run_json("path", r["from"], r["to"], db=self.db)
        hops = result["paths"][0]["hops"]
        self.assertEqual(len(hops), 1)
        self.assertTrue(hops[0]["via"].startswith("co_star_of"))
        self.assertEqual(hops[0]["citations"][0]["quote"], r["citations"][0]["quote"])
        for field in ("from", "via", "to", "citations"):
            self.assertIn(field, hops[0])

    def test_every_hop_of_every_shortest_path_is_sourced_and_chained(self):
        result = run_json("path", "Alyssa Milano", "Lysette Anthony", "--all", db=self.db)
        self.assertTrue(result["paths"])
        lengths = {len(p["hops"]) for p in result["paths"]}
        self.assertEqual(len(lengths), 1)
        for path in result["paths"]:
            self.assertEqual(path["hops"][0]["from"]["id"], "person:alyssa-milano")
            self.assertEqual(path["hops"][-1]["to"]["id"], "person:lysette-anthony")
            for a, b in zip(path["hops"], path["hops"][1:]):
                self.assertEqual(a["to"]["id"], b["from"]["id"])
            for hop in path["hops"]:
                self.assertTrue(hop["citations"], hop)

    def test_relations_of_an_entity(self):
        spouse = [r for r in CASE["relations"] if r["type"] == "spouse_of"][0]
        result = run_json("relations", spouse["from"], db=self.db)
        ids = {n["id"] for n in result["neighbours"]}
        self.assertIn(spouse["to"], ids)
        narrowed = run_json("relations", spouse["from"], "--type", "spouse_of", db=self.db)
        self.assertEqual({n["id"] for n in narrowed["neighbours"]}, {spouse["to"]})
        for n in result["neighbours"]:
            self.assertEqual(n["depth"], 1)
            self.assertTrue(all(c["citations"] for c in n["connections"]))

    def test_deeper_rings_reach_further(self):
        one = run_json("relations", "Georgina Chapman", db=self.db)["neighbours"]
        two = run_json("relations", "Georgina Chapman", "--depth", "2", db=self.db)["neighbours"]
        self.assertGreater(len(two), len(one))
        self.assertEqual({n["depth"] for n in two}, {1, 2})

    def test_search_ranks_snippets_and_ignores_query_syntax(self):
        result = run_json("search", "expelled", db=self.db)
        self.assertTrue(result["hits"])
        self.assertTrue(all("[" in h["snippet"] for h in result["hits"]))
        ranks = [h["rank"] for h in result["hits"]]
        self.assertEqual(ranks, sorted(ranks))
        self.assertEqual(run_json("search", "LÉGION", db=self.db)["hits"][0]["owner"], "org:legion-of-honour")
        for hostile in ('"', "AND OR NOT", "name:(x", "*"):
            code, _, err = run("search", hostile, db=self.db)
            self.assertIn(code, (0, 1), err)

    def test_search_cannot_confirm_a_private_name(self):
        private = [e for e in CASE["entities"] if e.get("public") is False]
        for e in private:
            for word in e["name"].replace("@", " ").split():
                code, out, _ = run("search", word, db=self.db)
                self.assertEqual(code, 1, word)
        code, out, _ = run("search", private[0]["name"], "--include-private", db=self.db)
        self.assertEqual(code, 0)

    def test_stats_ranks_entities_and_counts_components(self):
        graph = run_json("stats", db=self.db)["graph"]
        self.assertEqual(graph["entities"], len(CASE["entities"]))
        self.assertGreaterEqual(graph["components"], 1)
        self.assertEqual(sum(graph["largest_components"]) <= graph["entities"], True)
        self.assertFalse(graph["betweenness_estimated"])
        top = graph["top_degree"][0]["id"]
        self.assertEqual(top, "person:harvey-weinstein")
        scores = [r["score"] for r in graph["top_betweenness"]]
        self.assertEqual(scores, sorted(scores, reverse=True))

    def check(self, *args):
        code, out, err = run("check", *args, "--json", db=self.db)
        result = json.loads(out)
        self.assertEqual(code, 1 if result["verdict"] == "not_found" else 0, err)
        return result

    @staticmethod
    def field(evidence, name):
        return next(f for f in evidence["fields"] if f["field"] == name)

    def test_check_a_due_date_is_asked_with_due_and_the_date_of_a_decision_points_there(self):
        by_day = self.check("--actor", "PGA", "--type", "termination_proceedings", "--subject", "weinstein",
                            "--date", "2017-11-06")
        self.assertEqual(by_day["verdict"], "contradicted")
        self.assertIn("ask with --due", by_day["summary"])
        due = self.check("--actor", "PGA", "--type", "termination_proceedings", "--subject", "weinstein",
                         "--due", "2017-11-06")
        self.assertEqual(due["verdict"], "supported")
        self.assertEqual(self.field(due["evidence"][0], "due")["verdict"], "match")
        self.assertIn("started, not completed", due["holds_less"])
        self.assertTrue(any("not yet decided" in h for h in due["holds_less"]), due["holds_less"])
        self.assertIn("not yet decided", due["summary"])
        wrong_due = self.check("--actor", "PGA", "--type", "termination_proceedings", "--subject", "weinstein",
                               "--due", "2017-12-01")
        self.assertEqual(wrong_due["verdict"], "contradicted")
        self.assertEqual(self.field(wrong_due["evidence"][0], "due")["verdict"], "mismatch")

    def test_check_a_denial_needs_no_subject_and_agrees_with_conflicts(self):
        denials = [e for e in CASE["events"] if e["type"] == "denial"
                   and any(p["entity"] == "person:harvey-weinstein" and p["role"] == "actor" for p in e["participants"])]
        self.assertGreaterEqual(len(denials), 2)
        for args in ((), ("--subject", "weinstein")):
            result = self.check("--actor", "Weinstein", "--type", "denial", *args)
            self.assertEqual(result["verdict"], "supported", args)
            supporting = {e["event"]["id"] for e in result["evidence"] if e["bearing"] == "supports"}
            self.assertEqual(supporting, {e["id"] for e in denials})
        self.assertIsNone(self.check("--actor", "Weinstein", "--type", "denial")["claim"]["subject"])
        code, _, err = run("check", "--actor", "AMPAS", "--type", "expulsion", db=self.db)
        self.assertEqual(code, 2)
        self.assertIn("--subject is required for expulsion", err)

    def test_check_a_started_revocation_is_supported_saying_it_is_not_completed(self):
        result = self.check("--actor", "Macron", "--type", "revocation", "--subject", "weinstein")
        self.assertEqual(result["verdict"], "supported")
        self.assertIn("started, not completed", result["summary"])
        self.assertEqual(self.field(result["evidence"][0], "status")["on_record"], "started")
        done = self.check("--actor", "Macron", "--type", "revocation", "--subject", "weinstein", "--status", "completed")
        self.assertEqual(done["verdict"], "not_found")
        self.assertIn("status is started, not completed", done["summary"])
        started = self.check("--actor", "AMPAS", "--type", "expulsion", "--subject", "weinstein", "--status", "started")
        self.assertEqual(started["verdict"], "supported")  # a completed expulsion was started too
        self.assertEqual(started["holds_less"], [])

    def test_check_nature_and_negation_field_by_field(self):
        rape = next(e for e in CASE["events"] if e["type"] == "allegation" and e.get("nature") == "rape")
        accuser = next(p["entity"] for p in rape["participants"] if p["role"] == "accuser")
        same = self.check("--actor", accuser, "--type", "allegation", "--subject", "weinstein", "--nature", "rape")
        self.assertEqual(same["verdict"], "supported")
        self.assertEqual(self.field(same["evidence"][0], "nature")["verdict"], "match")
        other = self.check("--actor", accuser, "--type", "allegation", "--subject", "weinstein", "--nature", "harassment")
        self.assertEqual(other["verdict"], "not_found")
        self.assertEqual(self.field(other["evidence"][0], "nature"),
                         {"field": "nature", "claimed": "harassment", "on_record": "rape", "verdict": "mismatch"})
        not_charged = next(e for e in CASE["events"] if e["type"] == "charge" and e.get("negated"))
        police = "org:police-new-york"
        negated = self.check("--actor", police, "--type", "charge", "--subject", "weinstein", "--negated")
        self.assertEqual(negated["verdict"], "supported")
        self.assertEqual(negated["evidence"][0]["event"]["id"], not_charged["id"])
        self.assertTrue(any("only as of" in h for h in negated["holds_less"]))
        later = self.check("--actor", police, "--type", "charge", "--subject", "weinstein", "--negated",
                           "--date", "2017-12-01")
        self.assertEqual(later["verdict"], "not_found")  # "not as of October" says nothing of December
        earlier = self.check("--actor", police, "--type", "charge", "--subject", "weinstein", "--date", "2017-10-01")
        self.assertEqual(earlier["verdict"], "contradicted")


class FixtureCase(TempDbCase):
    """Small hand-made graphs whose answers are known."""

    def load(self, entities, events=(), relations=(), sources=None):
        doc = {"allegraph": 1,
               "sources": sources or [{"id": "src:a", "publisher": "A", "published": "2017-10-16"}],
               "entities": entities, "events": list(events), "relations": list(relations)}
        self.import_ok(write(self.dir, "fixture.json", json.dumps(doc)))

    def test_hubs_do_not_connect_everyone_unless_asked(self):
        self.load([entity("person:a", "A"), entity("person:b", "B"),
                   entity("org:net", "Net", "organization", category="platform")],
                  [event("event:pa", "campaign_post", "2017-10-15", [("person:a", "participant"), ("org:net", "participant")]),
                   event("event:pb", "campaign_post", "2017-10-15", [("person:b", "participant"), ("org:net", "participant")])])
        code, out, _ = run("path", "A", "B", db=self.db)
        self.assertEqual(code, 1)
        self.assertIn("--through-hubs", out)
        hops = run_json("path", "A", "B", "--through-hubs", db=self.db)["paths"][0]["hops"]
        self.assertEqual([h["to"]["id"] for h in hops], ["org:net", "person:b"])

    def test_max_degree_makes_busy_entities_hubs(self):
        people = [entity(f"person:{i}", f"P{i}") for i in range(5)]
        events = [event(f"event:{i}", "statement", "2017-10-15", [("person:0", "actor"), (f"person:{i}", "subject")])
                  for i in range(1, 5)]
        self.load(people, events)
        self.assertEqual(len(run_json("path", "P1", "P2", db=self.db)["paths"][0]["hops"]), 2)
        self.assertEqual(run("path", "P1", "P2", "--max-degree", "3", db=self.db)[0], 1)

    def test_all_gives_every_shortest_path(self):
        people = [entity(f"person:{x}", x.upper()) for x in "abcd"]
        relations = [{"from": f, "type": "friend_of", "to": t, "citations": cite()}
                     for f, t in (("person:a", "person:b"), ("person:a", "person:c"),
                                  ("person:b", "person:d"), ("person:c", "person:d"))]
        self.load(people, relations=relations)
        self.assertEqual(len(run_json("path", "A", "D", db=self.db)["paths"]), 1)
        paths = run_json("path", "A", "D", "--all", db=self.db)["paths"]
        middles = sorted(p["hops"][0]["to"]["id"] for p in paths)
        self.assertEqual(middles, ["person:b", "person:c"])
        self.assertEqual(run("path", "A", "D", "--max-hops", "1", db=self.db)[0], 1)

    def test_all_stops_at_its_cap_on_a_graph_with_astronomically_many_paths(self):
        layers = [["person:start"]] + [[f"person:l{l}-{k}" for k in range(10)] for l in range(14)] + [["person:end"]]
        people = [entity(i, i.split(":")[1]) for layer in layers for i in layer]
        relations = [{"from": a, "type": "colleague_of", "to": b, "citations": cite()}
                     for here, there in zip(layers, layers[1:]) for a in here for b in there]
        self.load(people, relations=relations)
        code, out, err = run("path", "person:start", "person:end", "--all", "--max-hops", "20", "--json", db=self.db)
        self.assertEqual(code, 0, err)  # 10^14 shortest paths: the answer is the first 100, said to be cut
        answer = json.loads(out)
        self.assertEqual(len(answer["paths"]), 100)
        self.assertTrue(answer["truncated"])
        self.assertEqual({len(p["hops"]) for p in answer["paths"]}, {15})

    def test_a_negative_or_huge_max_degree_is_a_usage_error(self):
        self.load([entity("person:a", "A"), entity("person:b", "B")])
        for value in ("-1", "18446744073709551615", "lots"):
            code, _, err = run("path", "A", "B", "--max-degree", value, db=self.db)
            self.assertEqual(code, 2, err)
            self.assertIn("--max-degree", err)

    def organizations(self):
        return [entity("person:w", "W"), entity("org:x", "X Academy", "organization", category="academy")]

    def test_check_verdicts(self):
        self.load(self.organizations(),
                  [event("event:e", "expulsion", "2017-10-14", [("org:x", "actor"), ("person:w", "subject")]),
                   event("event:s", "suspension", "2017-10-09/2017-10-15", [("org:x", "actor"), ("person:w", "subject")]),
                   event("event:n", "charge", "../2017-10-16", [("person:w", "subject")], negated=True)])

        def verdict(*args):
            code, out, err = run("check", "--actor", "X Academy", "--subject", "W", *args, "--json", db=self.db)
            result = json.loads(out)
            self.assertEqual(code, 1 if result["verdict"] == "not_found" else 0, err)
            return result

        self.assertEqual(verdict("--type", "expulsion", "--date", "2017-10-14")["verdict"], "supported")
        self.assertEqual(verdict("--type", "expulsion", "--date", "2017-10")["verdict"], "supported")
        self.assertEqual(verdict("--type", "expulsion")["verdict"], "supported")
        wrong_day = verdict("--type", "expulsion", "--date", "2017-10-20")
        self.assertEqual(wrong_day["verdict"], "contradicted")
        self.assertEqual(wrong_day["evidence"][0]["bearing"], "contradicts")
        vague = verdict("--type", "suspension", "--date", "2017-10-11")
        self.assertEqual(vague["verdict"], "supported")
        self.assertIn("does not establish", vague["evidence"][0]["reason"])
        self.assertEqual(verdict("--type", "charge", "--date", "2017-10-10")["verdict"], "contradicted")
        self.assertEqual(verdict("--type", "charge", "--date", "2017-11-10")["verdict"], "not_found")
        code, out, _ = run("check", "--actor", "X Academy", "--subject", "W", "--type", "revocation", db=self.db)
        self.assertEqual(code, 1)
        self.assertIn("not evidence that it did not happen", out)

    def test_conflicts_between_two_sources(self):
        sources = [{"id": "src:a", "publisher": "A", "published": "2017-10-16"},
                   {"id": "src:b", "publisher": "B", "published": "2017-10-17"}]
        groups = [entity("group:8", "eight women", "group", size="eight women"),
                  entity("group:9", "nine women", "group", size="nine women")]
        self.load(self.organizations() + groups,
                  [event("event:e1", "expulsion", "2017-10-14", [("org:x", "actor"), ("person:w", "subject")]),
                   event("event:e2", "expulsion", "2017-10-10", [("org:x", "actor"), ("person:w", "subject")], "src:b"),
                   event("event:c1", "charge", "2017-10-12", [("org:x", "actor"), ("person:w", "subject")], "src:b"),
                   event("event:n", "charge", "../2017-10-16", [("person:w", "subject")], negated=True),
                   event("event:s1", "settlement", "2017", [("person:w", "subject"), ("group:8", "participant")]),
                   event("event:s2", "settlement", "2017", [("person:w", "subject"), ("group:9", "participant")], "src:b")],
                  sources=sources)
        found = run_json("conflicts", db=self.db)["conflicts"]
        kinds = {c["kind"]: {e["id"] for e in c["events"]} for c in found}
        self.assertEqual(kinds.get("dates"), {"event:e1", "event:e2"})
        self.assertEqual(kinds.get("negation"), {"event:c1", "event:n"})
        self.assertEqual(kinds.get("counts"), {"event:s1", "event:s2"})

    def test_no_conflict_when_sources_agree(self):
        self.load(self.organizations(),
                  [event("event:e1", "expulsion", "2017-10-14", [("org:x", "actor"), ("person:w", "subject")]),
                   event("event:e2", "expulsion", "2017-10", [("org:x", "actor"), ("person:w", "subject")])])
        self.assertEqual(run("conflicts", db=self.db)[0], 1)

    def test_pending_lists_an_item_once_whatever_number_of_events_state_it(self):
        sources = [{"id": "src:a", "publisher": "A", "published": "2017-10-16"},
                   {"id": "src:b", "publisher": "B", "published": "2017-10-18"}]
        curated = event("event:p", "termination_proceedings", "2017-10-16",
                        [("org:x", "actor"), ("person:w", "subject")], status="started", due="2017-11-06")
        desk = event("event:desk", "termination_proceedings", "2017-10", [("org:x", "actor"), ("person:w", "subject")],
                     source="src:b", status="started")
        other = event("event:q", "termination_proceedings", "2017-10-16", [("org:x", "actor"), ("person:v", "subject")],
                      status="started")
        self.load(self.organizations() + [entity("person:v", "V")], [curated, desk, other], sources=sources)
        items = run_json("pending", "--as-of", "2017-11-07", db=self.db)["pending"]
        self.assertEqual(sorted((i["event"]["id"], i["past_due"], i["same_as"]) for i in items),
                         [("event:p", True, ["event:desk"]), ("event:q", False, [])])
        merged = next(i for i in items if i["event"]["id"] == "event:p")
        self.assertEqual({c["source"] for c in merged["event"]["citations"]}, {"src:a", "src:b"})
        code, out, _ = run("pending", "--as-of", "2017-11-07", db=self.db)
        self.assertEqual(out.count("PAST DUE"), 1)
        self.assertIn("also stated as event:desk", out)

    def test_pending_flags_past_due_and_closes_on_follow_up(self):
        proceedings = event("event:p", "termination_proceedings", "2017-10-16",
                            [("org:x", "actor"), ("person:w", "subject")], status="started", due="2017-11-06")
        self.load(self.organizations(), [proceedings])
        before = run_json("pending", "--as-of", "2017-10-30", db=self.db)["pending"]
        self.assertEqual([(i["event"]["id"], i["past_due"]) for i in before], [("event:p", False)])
        after = run_json("pending", "--as-of", "2017-11-07", db=self.db)["pending"]
        self.assertEqual([(i["event"]["id"], i["past_due"]) for i in after], [("event:p", True)])
        self.assertEqual(run("pending", "--as-of", "2017-10-15", db=self.db)[0], 1)
        done = event("event:t", "termination", "2017-11-06", [("org:x", "actor"), ("person:w", "subject")],
                     status="completed", links=[{"type": "follows_up", "event": "event:p"}])
        self.load(self.organizations(), [proceedings, done])
        self.assertEqual(run("pending", "--as-of", "2017-11-07", db=self.db)[0], 1)
        self.assertEqual(len(run_json("pending", "--as-of", "2017-11-01", db=self.db)["pending"]), 1)


if __name__ == "__main__":
    unittest.main()
