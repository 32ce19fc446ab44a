"""End-to-end tests of `allegraph export`: every format is read back by the
tools people open it with (networkx, igraph, graphml2gv, dot), strings are
escaped, sub-graphs select what they say, private persons never leak, and
native JSON round-trips byte for byte."""
import json
import os
import re
import subprocess
import unittest
import xml.dom.minidom

import igraph
import networkx as nx

from harness import CASE, SOURCE_DIR, TempDbCase, load_case, run, write

DATA = load_case()
FORMATS = ("graphml", "gexf", "dot", "cytoscape", "json")
with open(os.path.join(SOURCE_DIR, "data", "vocabulary.json"), encoding="utf-8") as _f:
    CAMEO = {t["word"]: t["cameo"] for t in json.load(_f)["event_types"] if t.get("cameo")}
HOSTILE_NAME = '<b>"Tom" & Jerry\'s</b> — Владимир 東京'


def read_text(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def expected_counts(data):
    """Nodes and edges: roles, relations, two edges per relation with a context (each end to the
    work or setting), and links."""
    nodes = len(data["entities"]) + len(data["events"])
    edges = (sum(len(e["participants"]) for e in data["events"]) + len(data["relations"])
             + 2 * sum(1 for r in data["relations"] if r.get("context"))
             + sum(len(e.get("links", [])) for e in data["events"]))
    return nodes, edges


class ExportCase(TempDbCase):
    def setUp(self):
        super().setUp()
        self.import_case()

    def export(self, fmt, *args):
        path = os.path.join(self.dir, "out." + fmt)
        code, out, err = run("export", fmt, "-o", path, *args, db=self.db)
        self.assertEqual(code, 0, err)
        self.assertEqual(out, "")
        return path

    def test_graphml_read_by_networkx_and_igraph_with_the_store_counts(self):
        path = self.export("graphml")
        nodes, edges = expected_counts(DATA)
        g = nx.read_graphml(path)
        self.assertEqual((g.number_of_nodes(), g.number_of_edges()), (nodes, edges))
        self.assertTrue(g.is_directed())
        h = igraph.Graph.Read_GraphML(path)
        self.assertEqual((h.vcount(), h.ecount()), (nodes, edges))
        for node, attributes in g.nodes(data=True):
            self.assertTrue(attributes.get("label"), node)
        ampas = g.nodes["org:ampas"]
        self.assertEqual((ampas["kind"], ampas["category"]), ("organization", "academy"))
        expulsion = next(e for e in DATA["events"] if e["type"] == "expulsion")
        node = g.nodes[expulsion["id"]]
        self.assertEqual((node["type"], node["date"], node["citations"]),
                         ("expulsion", expulsion["date"], len(expulsion["citations"])))
        roles = {(u, v): d["role"] for u, v, d in g.edges(data=True) if d["kind"] == "role"}
        self.assertEqual(roles[("org:ampas", expulsion["id"])], "actor")

    def test_graphml_keys_are_readable_and_typed(self):
        text = read_text(self.export("graphml"))
        keys = re.findall(r'<key id="([^"]+)" for="(node|edge)" attr.name="([^"]+)" attr.type="([^"]+)"', text)
        self.assertTrue(keys)
        self.assertFalse([k for k in keys if re.fullmatch(r"d\d+", k[0])])
        names = {k[2] for k in keys}
        for needed in ("label", "kind", "type", "category", "date", "date_lo", "date_hi", "status", "role",
                       "relation_type", "citations", "first_source"):
            self.assertIn(needed, names)
        xml.dom.minidom.parseString(text.encode())

    def test_graphml2gv_converts_it(self):
        path = self.export("graphml")
        done = subprocess.run(["graphml2gv", path], capture_output=True, text=True)
        self.assertEqual(done.returncode, 0, done.stderr[-500:])
        self.assertIn("digraph", done.stdout)
        self.assertIn('"org:ampas"', done.stdout)

    def test_yed_flavor_draws_every_node_with_a_label(self):
        path = self.export("graphml", "--flavor", "yed")
        dom = xml.dom.minidom.parse(path)
        nodes = dom.getElementsByTagName("node")
        shapes = dom.getElementsByTagName("y:ShapeNode")
        self.assertEqual(len(shapes), len(nodes))
        labels = [s.getElementsByTagName("y:NodeLabel")[0].firstChild.data for s in shapes]
        self.assertTrue(all(labels))
        self.assertEqual(len(nx.read_graphml(path)), len(nodes))

    def test_gexf_is_dynamic_and_read_by_networkx(self):
        path = self.export("gexf")
        g = nx.read_gexf(path)
        nodes, edges = expected_counts(DATA)
        self.assertEqual((g.number_of_nodes(), g.number_of_edges()), (nodes, edges))
        text = read_text(path)
        self.assertIn('xmlns="http://www.gexf.net/1.2draft"', text)
        self.assertIn('mode="dynamic"', text)
        # an event appears on the first day its date allows and stays; "up to" a day: from the start
        for event in DATA["events"]:
            spells = g.nodes[event["id"]].get("spells")
            start = event["date"].split("/")[0]
            if start == "..":
                self.assertFalse(spells, event["id"])
            else:
                first_day = {4: start + "-01-01", 7: start + "-01"}.get(len(start), start[:10])
                self.assertEqual(len(spells), 1, event["id"])
                self.assertEqual(spells[0][0], first_day, event["id"])
                self.assertIn(spells[0][1], (None, "None"), event["id"])

    def test_gexf_spells_nest(self):
        """An entity is there by the time of every event it takes part in, open starts included, and
        an edge only once both its ends are."""
        g = nx.read_gexf(self.export("gexf"))

        def start(attrs):
            spells = attrs.get("spells")
            return spells[0][0] if spells else ""  # "" sorts first: there from the beginning

        for u, v, attrs in g.edges(data=True):
            self.assertGreaterEqual(start(attrs), max(start(g.nodes[u]), start(g.nodes[v])), (u, v))
        for event in DATA["events"]:
            for p in event["participants"]:
                if p["entity"] in g:  # a private person is exported under another id
                    self.assertLessEqual(start(g.nodes[p["entity"]]), start(g.nodes[event["id"]]), (p, event["id"]))
        # Harvey Weinstein takes part in allegations dated only "up to" a day: there from the beginning
        self.assertFalse(g.nodes["person:harvey-weinstein"].get("spells"))

    def test_dot_renders_with_graphviz(self):
        path = self.export("dot")
        done = subprocess.run(["dot", "-Tsvg", path], capture_output=True, text=True)
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertIn("<svg", done.stdout)
        self.assertIn("Harvey Weinstein", done.stdout)
        self.assertEqual(done.stdout.count('class="node"'), expected_counts(DATA)[0])

    def test_cytoscape_elements(self):
        doc = json.loads(read_text(self.export("cytoscape")))
        nodes, edges = doc["elements"]["nodes"], doc["elements"]["edges"]
        self.assertEqual((len(nodes), len(edges)), expected_counts(DATA))
        ids = {n["data"]["id"] for n in nodes}
        for e in edges:
            self.assertIn(e["data"]["source"], ids)
            self.assertIn(e["data"]["target"], ids)
        self.assertTrue(all(n["data"]["label"] for n in nodes))

    def cameo_codes(self):
        """Each format's `cameo` by node id, for the nodes that carry one."""
        graphml = nx.read_graphml(self.export("graphml"))
        gexf = nx.read_gexf(self.export("gexf"))
        cytoscape = json.loads(read_text(self.export("cytoscape")))["elements"]["nodes"]
        return {
            "graphml": {n: a["cameo"] for n, a in graphml.nodes(data=True) if "cameo" in a},
            "gexf": {n: a["cameo"] for n, a in gexf.nodes(data=True) if "cameo" in a},
            "cytoscape": {n["data"]["id"]: n["data"]["cameo"] for n in cytoscape if "cameo" in n["data"]},
        }

    def test_event_nodes_carry_their_types_cameo_code(self):
        by_type = {}
        for event in DATA["events"]:
            by_type.setdefault(event["type"], event["id"])
        expected = {e["id"]: CAMEO[e["type"]] for e in DATA["events"] if e["type"] in CAMEO}
        for fmt, codes in self.cameo_codes().items():
            self.assertEqual(codes[by_type["allegation"]], "112", fmt)
            self.assertEqual(codes[by_type["denial"]], "016", fmt)
            self.assertNotIn(by_type["termination_proceedings"], codes, fmt)  # a type without a code
            self.assertEqual(codes, expected, fmt)  # events only, each its type's code

    def test_graphml_and_gexf_declare_cameo_as_a_string(self):
        graphml = read_text(self.export("graphml"))
        self.assertIn('<key id="v_cameo" for="node" attr.name="cameo" attr.type="string"/>', graphml)
        gexf = read_text(self.export("gexf"))
        self.assertIn('<attribute id="cameo" title="cameo" type="string"/>', gexf)

    def test_native_json_round_trips_byte_for_byte(self):
        first = self.export("json", "--include-private")
        empty = self.new_database("empty.db")
        code, _, err = run("import", first, db=empty)
        self.assertEqual(code, 0, err)
        second = os.path.join(self.dir, "second.json")
        self.assertEqual(run("export", "json", "--include-private", "-o", second, db=empty)[0], 0)
        with open(first, "rb") as a, open(second, "rb") as b:
            self.assertEqual(a.read(), b.read())
        exported = json.loads(read_text(first))
        self.assertEqual(expected_counts(exported), expected_counts(DATA))

    def test_around_exports_the_neighbourhood_as_an_induced_sub_graph(self):
        path = self.export("graphml", "--around", "Georgina Chapman", "--depth", "1")
        g = nx.read_graphml(path)
        entities = {n for n, d in g.nodes(data=True) if d["kind"] != "event"}
        self.assertIn("person:georgina-chapman", entities)
        self.assertIn("person:harvey-weinstein", entities)
        self.assertIn("person:alyssa-milano", entities)
        self.assertLess(len(g), expected_counts(DATA)[0])
        for n, d in g.nodes(data=True):
            if d["kind"] == "event":
                sources = [p for p in g.predecessors(n) if g.nodes[p]["kind"] != "event"]
                self.assertTrue(sources and all(p in entities for p in sources), n)

    def test_window_and_category_select_events_and_what_they_touch(self):
        g = nx.read_graphml(self.export("graphml", "--from", "2017-10-14", "--to", "2017-10-14"))
        events = [d for n, d in g.nodes(data=True) if d["kind"] == "event"]
        self.assertTrue(events)
        self.assertTrue(all(d.get("date_lo", "0000") <= "2017-10-14" <= d.get("date_hi", "9999") for d in events))
        g = nx.read_graphml(self.export("graphml", "--category", "response"))
        categories = {d["category"] for n, d in g.nodes(data=True) if d["kind"] == "event"}
        self.assertEqual(categories, {"response"})
        touched = {u for u, v in g.edges()}
        self.assertTrue(all(n in touched or d["kind"] == "event" for n, d in g.nodes(data=True)))

    def test_unwritable_output_is_a_clear_error(self):
        code, out, err = run("export", "graphml", "-o", "/nonexistent-dir/x.graphml", db=self.db)
        self.assertEqual(code, 3)
        self.assertIn("cannot write /nonexistent-dir/x.graphml", err)

    def test_stdout_is_the_default(self):
        code, out, _ = run("export", "dot", db=self.db)
        self.assertEqual(code, 0)
        self.assertTrue(out.startswith("digraph"))


class HostileAndPrivateExports(TempDbCase):
    def setUp(self):
        super().setUp()
        doc = {"allegraph": 1, "sources": [{"id": "src:a", "publisher": "P & <Q>", "published": "2017-10-16"}],
               "entities": [
                   {"id": "person:odd", "kind": "person", "name": HOSTILE_NAME, "aliases": ["a\"b"],
                    "citations": [{"source": "src:a", "quote": "line one\nline\ttwo"}]},
                   {"id": "person:zq-secret", "kind": "person", "name": "Zephyrine Quillfeather",
                    "aliases": ["@zq_secret"], "public": False,
                    "citations": [{"source": "src:a", "quote": "Zephyrine Quillfeather said"}]}],
               "events": [{"id": "event:post", "type": "campaign_post", "date": "2017-10-15",
                           "summary": "Zephyrine Quillfeather (@zq_secret) replied to <b>Tom</b> & co.",
                           "participants": [{"entity": "person:odd", "role": "initiator"},
                                            {"entity": "person:zq-secret", "role": "participant"}],
                           "citations": [{"source": "src:a", "quote": "@zq_secret wrote \"x\" & <y>"}]}]}
        self.import_ok(write(self.dir, "hostile.json", json.dumps(doc)))

    def exports(self, *flags):
        for fmt in FORMATS:
            code, out, err = run("export", fmt, *flags, db=self.db)
            self.assertEqual(code, 0, err)
            yield fmt, out

    def test_hostile_strings_survive_every_consumer(self):
        outputs = dict(self.exports())
        for fmt in ("graphml", "gexf"):
            xml.dom.minidom.parseString(outputs[fmt].encode())
        path = write(self.dir, "h.graphml", outputs["graphml"])
        self.assertEqual(nx.read_graphml(path).nodes["person:odd"]["label"], HOSTILE_NAME)
        self.assertEqual(igraph.Graph.Read_GraphML(path).vs.find(id="person:odd")["label"], HOSTILE_NAME)
        gexf = write(self.dir, "h.gexf", outputs["gexf"])
        self.assertEqual(nx.read_gexf(gexf).nodes["person:odd"]["label"], HOSTILE_NAME)
        done = subprocess.run(["dot", "-Tsvg"], input=outputs["dot"], capture_output=True, text=True)
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertEqual(json.loads(outputs["cytoscape"])["elements"]["nodes"][0]["data"]["label"], HOSTILE_NAME)
        self.assertEqual(json.loads(outputs["json"])["entities"][0]["name"], HOSTILE_NAME)

    def test_private_person_never_leaks_in_any_format(self):
        for fmt, out in self.exports():
            for secret in ("Zephyrine", "Quillfeather", "zq_secret", "zq-secret"):
                self.assertNotIn(secret.lower(), out.lower(), fmt)
            self.assertIn("[redacted", out, fmt)

    def test_include_private_exports_the_name(self):
        for fmt, out in self.exports("--include-private"):
            self.assertIn("Zephyrine Quillfeather", out, fmt)


if __name__ == "__main__":
    unittest.main()
