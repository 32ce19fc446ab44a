"""Benchmark peer: builds the graph of `allegraph export graphml` with python-igraph from
an allegraph JSON Lines archive and writes it with Graph.write_graphml.
Usage: igraph_peer.py ARCHIVE.jsonl OUT.graphml  (prints its timings as JSON; see run_peer)
igraph names its nodes n0..nN, so our node id is the "name" attribute and our edge id
the "id" attribute. Every attribute is a column over all nodes (or edges): a value an
element lacks is "" for text (written as empty data), NaN for numbers (not written)
and False for booleans (written), since igraph has no missing value for those.
"""
import sys

import igraph

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from archive_graph import run_peer  # noqa: E402

BOOLEANS = {"negated", "unreviewed"}
NUMBERS = {"citations"}


def columns(attr_dicts):
    """Attribute name -> one value per element, filled where an element lacks it."""
    names = dict.fromkeys(name for attrs in attr_dicts for name in attrs)
    out = {}
    for name in names:
        missing = False if name in BOOLEANS else float("nan") if name in NUMBERS else ""
        out[name] = [attrs.get(name, missing) for attrs in attr_dicts]
    return out


def build(nodes, edges):
    index = {node_id: i for i, (node_id, _) in enumerate(nodes)}
    vertex_attrs = {"name": [node_id for node_id, _ in nodes], **columns([attrs for _, attrs in nodes])}
    edge_attrs = {"id": [edge_id for _, _, edge_id, _ in edges], **columns([attrs for *_, attrs in edges])}
    pairs = [(index[source], index[target]) for source, target, _, _ in edges]
    return igraph.Graph(n=len(nodes), edges=pairs, directed=True, vertex_attrs=vertex_attrs, edge_attrs=edge_attrs)


def counts(graph):
    return graph.vcount(), graph.ecount()


if __name__ == "__main__":
    run_peer("igraph", igraph.__version__, build, lambda graph, path: graph.write_graphml(path), counts)
