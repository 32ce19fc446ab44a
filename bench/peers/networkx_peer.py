"""Benchmark peer: builds the graph of `allegraph export graphml` with networkx from an
allegraph JSON Lines archive and writes it with networkx.write_graphml.
Usage: networkx_peer.py ARCHIVE.jsonl OUT.graphml  (prints its timings as JSON; see run_peer)
A MultiDiGraph, because two entities may hold several relations; each edge's key is our
edge id, which networkx writes as the GraphML edge id. networkx writes edges grouped by
source node, not in our order, and booleans as True/False.
"""
import sys

import networkx

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from archive_graph import run_peer  # noqa: E402


def build(nodes, edges):
    graph = networkx.MultiDiGraph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from(edges)
    return graph


def counts(graph):
    return graph.number_of_nodes(), graph.number_of_edges()


if __name__ == "__main__":
    run_peer("networkx", networkx.__version__, build, networkx.write_graphml, counts)
