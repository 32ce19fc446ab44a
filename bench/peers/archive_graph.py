"""The benchmark peers' common half: reads an allegraph JSON Lines archive and derives
the nodes and edges `allegraph export graphml` writes for the whole database, with the
same ids, attributes and order (graph/sql/export_reads.cpp, exporters/graphml.cpp):
entities then events as nodes; role edges entity -> event, relation edges, and link
edges event -> event. Private entities become "private:N" and their names are
scrubbed from summaries, as the export does without --include-private.

Each node is (id, attrs) and each edge (source, target, id, attrs); attrs holds only
the attributes our export writes for that element (empty values are left out).
run_peer() is both peers' main: it times reading, building and writing separately.
"""
import datetime
import gc
import json
import re
import resource
import sys
import time

CATEGORY_OF = {
    "allegation": "allegation",
    "campaign_launch": "campaign", "campaign_post": "campaign",
    "divorce_filing": "personal", "separation": "personal",
    "report": "media", "statement": "media", "interview": "media",
}
for _type in ("denial", "apology", "expulsion", "suspension", "termination_proceedings", "termination",
              "revocation", "resignation", "firing", "investigation", "task_force", "policy_change", "vote"):
    CATEGORY_OF[_type] = "response"
for _type in ("settlement", "complaint", "charge", "arrest", "trial", "conviction", "acquittal", "sentence"):
    CATEGORY_OF[_type] = "legal"

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


# ---- Dates: the EDTF subset of graph/date.cpp, as datetime.date intervals (None = open end).

class Date:
    __slots__ = ("text", "lo", "hi", "approximate", "uncertain")

    def __init__(self, text):
        self.text = text
        self.approximate = self.uncertain = False
        if "/" not in text:
            self.lo, self.hi = self._side(text)
            return
        start, end = text.split("/")
        self.lo = None if start == ".." else self._side(start)[0]
        self.hi = None if end == ".." else self._side(end)[1]

    def _side(self, text):
        if text[-1] in "~?%":
            self.approximate |= text[-1] != "?"
            self.uncertain |= text[-1] != "~"
            text = text[:-1]
        parts = [int(p) for p in text.split("-")]
        if len(parts) == 3:
            day = datetime.date(*parts)
            return day, day
        if len(parts) == 2:
            first = datetime.date(parts[0], parts[1], 1)
            following = datetime.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
            return first, following - datetime.timedelta(days=1)
        return datetime.date(parts[0], 1, 1), datetime.date(parts[0], 12, 31)

    def closed_side(self):
        """The days of the closed side of a half-open interval, from its text."""
        start, end = self.text.split("/")
        probe = Date(end if self.lo is None else start)
        return probe.lo, probe.hi

    def display(self):
        """English prose at the date's precision, as display_date() in graph/date.cpp."""
        if self.lo is None or self.hi is None:
            lo, hi = self.closed_side()
            body = ("up to " if self.lo is None else "from ") + prose_span(lo, hi)
        else:
            body = prose_span(self.lo, self.hi)
        return ("c. " if self.approximate else "") + body + (" (uncertain)" if self.uncertain else "")

    def attrs(self, prefix):
        out = {prefix: self.text}
        if self.lo is not None:
            out[prefix + "_lo"] = self.lo.isoformat()
        if self.hi is not None:
            out[prefix + "_hi"] = self.hi.isoformat()
        return out


def prose_day(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def prose_month(d):
    return f"{MONTHS[d.month - 1]} {d.year}"


def prose_span(lo, hi):
    if lo == hi:
        return prose_day(lo)
    starts_month = lo.day == 1
    ends_month = (hi + datetime.timedelta(days=1)).day == 1
    if starts_month and ends_month and lo.month == 1 and hi.month == 12:
        return str(lo.year) if lo.year == hi.year else f"{lo.year}–{hi.year}"
    if starts_month and ends_month:
        if (lo.year, lo.month) == (hi.year, hi.month):
            return prose_month(lo)
        if lo.year == hi.year:
            return f"{MONTHS[lo.month - 1]} – {prose_month(hi)}"
        return f"{prose_month(lo)} – {prose_month(hi)}"
    if (hi - lo).days == 6 and lo.weekday() == 0:
        return "week of " + prose_day(lo)
    if (lo.year, lo.month) == (hi.year, hi.month):
        return f"{lo.day}–{prose_day(hi)}"
    if lo.year == hi.year:
        return f"{lo.day} {MONTHS[lo.month - 1]} – {prose_day(hi)}"
    return f"{prose_day(lo)} – {prose_day(hi)}"


# ---- Privacy: the names of private entities are scrubbed from summaries (queries/privacy.cpp).

def trie_pattern(words):
    """One regular expression matching any of `words`, longest first, as a trie of alternatives."""
    trie = {}
    for word in words:
        node = trie
        for byte in word:
            node = node.setdefault(byte, {})
        node[None] = True
    return re.compile(_trie_regex(trie))


def _trie_regex(node):
    branches = [re.escape(bytes([byte])) + _trie_regex(child) for byte, child in sorted(node.items(), key=_key)
                if byte is not None]
    if not branches:
        return b""
    body = branches[0] if len(branches) == 1 else b"(?:" + b"|".join(branches) + b")"
    return b"(?:" + body + b")?" if None in node else body


def _key(item):
    return -1 if item[0] is None else item[0]


class Scrubber:
    """Replaces private names with "[redacted]" as Privacy::scrub does: ASCII case-insensitive, anywhere
    in the text, leftmost first and the longest name at each start, never overlapping."""

    def __init__(self, names):
        names = {n.encode().lower() for n in names if n}
        self.pattern = trie_pattern(names) if names else None

    def __call__(self, text):
        if self.pattern is None:
            return text
        raw = text.encode()
        spans = [m.span() for m in self.pattern.finditer(raw.lower())]
        if not spans:
            return text
        out, at = [], 0
        for start, end in spans:
            out += [raw[at:start], b"[redacted]"]
            at = end
        out.append(raw[at:])
        return b"".join(out).decode()


# ---- The archive and the rows.

class Archive:
    def __init__(self):
        self.sources = {}    # id -> (published lo, id), the order of "first source"
        self.entities = []   # records in file order; the store's key is the index + 1
        self.events = []
        self.relations = []


def read_archive(path):
    archive = Archive()
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            kind = record["record"]
            if kind == "source":
                published = record.get("published")
                lo = Date(published).lo if published else None
                archive.sources[record["id"]] = (lo or datetime.date.min, record["id"])
            elif kind == "entity":
                archive.entities.append(record)
            elif kind == "event":
                archive.events.append(record)
            elif kind == "relation":
                archive.relations.append(record)
    return archive


class Rows:
    """Nodes and edges in the export's order."""

    def __init__(self, archive):
        self.archive = archive
        self.entity_key = {e["id"]: i + 1 for i, e in enumerate(archive.entities)}
        self.event_key = {e["id"]: i + 1 for i, e in enumerate(archive.events)}
        self.shown_id = {e["id"]: self._shown(e, i + 1) for i, e in enumerate(archive.entities)}
        private = [e for e in archive.entities if e.get("public", True) is False]
        self.scrub = Scrubber([n for e in private for n in [e["name"], *e.get("aliases", [])]])

    @staticmethod
    def _shown(entity, key):
        return entity["id"] if entity.get("public", True) else f"private:{key}"

    def _cited(self, record):
        citations = record.get("citations", [])
        out = {"citations": len(citations)}
        if citations:
            out["first_source"] = min(self.archive.sources[c["source"]] for c in citations)[1]
        return out

    def nodes(self):
        for entity in sorted(self.archive.entities, key=lambda e: e["id"]):
            yield self.shown_id[entity["id"]], self._entity_attrs(entity)
        for event in sorted(self.archive.events, key=lambda e: e["id"]):
            yield event["id"], self._event_attrs(event)

    def _entity_attrs(self, entity):
        public = entity.get("public", True)
        attrs = {"label": entity["name"] if public else f"[redacted {entity['kind']}]", "kind": entity["kind"]}
        if public and entity.get("category"):
            attrs["category"] = entity["category"]
        attrs.update(self._cited(entity))
        return attrs

    def _event_attrs(self, event):
        date = Date(event["date"])
        negated = bool(event.get("negated", False))
        attrs = {"label": ("no " if negated else "") + event["type"] + ", " + date.display(), "kind": "event",
                 "type": event["type"], "category": CATEGORY_OF[event["type"]]}
        attrs.update(date.attrs("date"))
        if event.get("status"):
            attrs["status"] = event["status"]
        if event.get("due"):
            attrs.update({"due": event["due"]})
        attrs.update({"negated": negated, "unreviewed": False})
        if event.get("summary"):
            attrs["summary"] = self.scrub(event["summary"])
        attrs.update(self._cited(event))
        return attrs

    def edges(self):
        yield from self._role_edges()
        yield from self._relation_edges()
        yield from self._link_edges()

    def _role_edges(self):
        for event in self.archive.events:
            common = {**Date(event["date"]).attrs("date"), **self._cited(event)}
            roles = sorted((self.entity_key[p["entity"]], p["role"]) for p in event["participants"])
            for key, role in roles:
                source = self.shown_id[self.archive.entities[key - 1]["id"]]
                yield source, event["id"], f"role:{source}>{event['id']}>{role}", \
                    {"kind": "role", "role": role, **common}

    def _relation_edges(self):
        for relation in self.archive.relations:
            source, target = self.shown_id[relation["from"]], self.shown_id[relation["to"]]
            attrs = {"kind": "relation", "relation_type": relation["type"]}
            if relation.get("date"):
                attrs.update(Date(relation["date"]).attrs("date"))
            attrs.update(self._cited(relation))
            yield source, target, f"relation:{source}>{relation['type']}>{target}", attrs

    def _link_edges(self):
        links = sorted((self.event_key[e["id"]], link["type"], self.event_key[link["event"]])
                       for e in self.archive.events for link in e.get("links", []))
        for source_key, link_type, target_key in links:
            source = self.archive.events[source_key - 1]["id"]
            target = self.archive.events[target_key - 1]["id"]
            yield source, target, f"link:{source}>{link_type}>{target}", {"kind": "link", "link_type": link_type}


def graph_rows(path):
    """All nodes and edges of the archive at `path`, as two lists in the export's order."""
    rows = Rows(read_archive(path))
    return list(rows.nodes()), list(rows.edges())


def run_peer(library, version, build, write, counts):
    """Reads argv[1], builds the library's graph, writes GraphML to argv[2]. Each phase's seconds and
    the peak RSS so far go to stderr as it ends (so a run stopped at its time or memory limit still
    shows how far it got), and all of them as one JSON object on stdout at the end."""
    archive, output = sys.argv[1:3]
    phases = {}

    def phase(name, started):
        phases[name + "_s"] = time.perf_counter() - started
        phases[name + "_rss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(json.dumps({"phase": name, "s": phases[name + "_s"], "rss_kb": phases[name + "_rss_kb"]}),
              file=sys.stderr, flush=True)

    started = time.perf_counter()
    nodes, edges = graph_rows(archive)
    phase("load", started)
    started = time.perf_counter()
    graph = build(nodes, edges)
    del nodes, edges
    gc.collect()
    phase("build", started)
    started = time.perf_counter()
    write(graph, output)
    phase("write", started)
    node_count, edge_count = counts(graph)
    print(json.dumps({"library": library, "version": version, "nodes": node_count, "edges": edge_count, **phases}))
