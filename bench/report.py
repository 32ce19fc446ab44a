"""The benchmark's reporting half, used by bench/run.py: the machine and build it ran on,
the ratios against the floors and peers measured in the same run, the target table for each
engine, the JSON results and bench/RESULTS.md (keeping its hand-written "## Profile and notes"
section), both with the previous run's figures beside the new ones, and the smoke test's check
that both files hold every figure as a number.
"""
import datetime
import json
import math
import os
import platform
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PROFILE_HEADING = "## Profile and notes"
PROFILE_PLACEHOLDER = ("\n_Written by hand: profile findings and remarks. bench/run.py keeps this section "
                       "verbatim when it rewrites the rest of the file._\n")

# Every measurement and the numeric keys it must hold (the smoke check's list).
MEASUREMENT_KEYS = {
    "import": ["wall_s", "runs", "peak_rss_kb", "db_bytes"],
    "floor": ["wall_s", "runs", "peak_rss_kb", "db_bytes"],
    "timeline_hub_year": ["wall_s", "runs", "peak_rss_kb", "events"],
    "timeline_hub_whole": ["wall_s", "runs", "peak_rss_kb", "events", "events_per_s"],
    "timeline_median": ["wall_s", "runs", "peak_rss_kb", "events"],
    "path": ["pairs", "found", "median_s", "max_s", "runs", "peak_rss_kb"],
    "export": ["wall_s", "runs", "peak_rss_kb", "file_bytes"],
    "small_article": ["wall_s", "runs", "peak_rss_kb"],
    "small_csv": ["wall_s", "runs", "peak_rss_kb"],
}
PEER_KEYS = ["load_s", "build_s", "write_s", "wall_s", "runs", "peak_rss_kb", "load_rss_kb", "build_rss_kb",
             "write_rss_kb", "file_bytes", "nodes", "edges"]
PEERS = ["networkx", "igraph"]
COUNT_KEYS = ["sources", "entities", "aliases", "events", "participants", "event_links", "relations", "citations",
              "jsonl_bytes"]
RATIO_KEYS = ["import_vs_floor", "db_vs_floor", "igraph_write_vs_export", "networkx_write_vs_export"]
# SQLite's measurements are at the top of a size's record (as before PostgreSQL was measured), every other
# engine's in a record of its own under the engine's name.
ENGINE_NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
FLOOR_NAMES = {"sqlite": "sqlite3 .import", "postgresql": "psql \\copy"}


def progress(message):
    print(message, file=sys.stderr, flush=True)


# ---- About the run.

def command_output(cmd, cwd=None):
    try:
        return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def cpu_model():
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def ram_gib():
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 2**20
    return 0.0


def git_commit():
    commit = command_output(["git", "rev-parse", "--short", "HEAD"], cwd=REPO) or "unknown"
    dirty = command_output(["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO)
    return commit + (" (dirty)" if dirty else "")


def library_version(module):
    return command_output(["/usr/bin/python3", "-c", f"import {module}; print({module}.__version__)"]) or "missing"


def about(settings):
    debian = Path("/etc/debian_version")
    return {
        "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "commit": git_commit(),
        "machine": {"cpu": cpu_model(), "cores": os.cpu_count(), "ram_gib": round(ram_gib(), 1),
                    "kernel": platform.release(), "debian": debian.read_text().strip() if debian.exists() else "",
                    "sqlite3": command_output(["sqlite3", "--version"]).split(" ")[0],
                    "python": platform.python_version(), "networkx": library_version("networkx"),
                    "igraph": library_version("igraph")},
        "settings": settings,
    }


# ---- Figures and ratios.

def value(size, measurement, key):
    """A number from one size's results, or None when it is missing or did not finish."""
    record = size.get(measurement)
    if not isinstance(record, dict) or "dnf" in record:
        return None
    number = record.get(key)
    return number if isinstance(number, (int, float)) else None


def ratio(a, b):
    return a / b if a is not None and b else None


def ratios(size):
    export = value(size, "export", "wall_s")
    return {"import_vs_floor": ratio(value(size, "import", "wall_s"), value(size, "floor", "wall_s")),
            "db_vs_floor": ratio(value(size, "import", "db_bytes"), value(size, "floor", "db_bytes")),
            "igraph_write_vs_export": ratio(value(size, "igraph", "write_s"), export),
            "networkx_write_vs_export": ratio(value(size, "networkx", "write_s"), export)}


def engines(results):
    return results["about"]["settings"].get("engines", ["sqlite"])


def engine_view(size, engine):
    """One engine's measurements of a size, with the size's counts and the peers (the same for every engine)."""
    if engine == "sqlite":
        return size
    return {**size.get(engine, {}), **{key: size[key] for key in ("counts", *PEERS) if key in size}}


def engine_views(sizes, engine):
    return {name: engine_view(size, engine) for name, size in sizes.items()}


def size_step(views, measurement, key="wall_s"):
    """The figure on S over that on 100k (without S, on 100k over 10k), as (which over which, ratio): near 1
    means bounded, near 10 (the step in events) that it grows with the store."""
    for large, small in (("S", "100k"), ("100k", "10k")):
        if large in views:
            return f"{large} ÷ {small}", ratio(value(views[large], measurement, key),
                                                 value(views.get(small, {}), measurement, key))
    return "S ÷ 100k", None


def growth(sizes, engine):
    """One engine's figures across sizes: export peak RSS S ÷ 100k, and the small imports' size step."""
    views = engine_views(sizes, engine)
    small = {measurement: size_step(views, measurement)[1] for measurement in ("small_article", "small_csv")}
    return {"export_rss_s_vs_100k": export_rss_growth(views), "size_step": size_step(views, "small_csv")[0], **small}


def export_rss_growth(sizes):
    """Export peak RSS on S over that on 100k: "flat" means close to 1."""
    if "S" not in sizes or "100k" not in sizes:
        return None
    return ratio(value(sizes["S"], "export", "peak_rss_kb"), value(sizes["100k"], "export", "peak_rss_kb"))


def seconds(s):
    if s is None:
        return "—"
    return f"{s * 1000:.1f} ms" if s < 1 else f"{s:.2f} s"


def megabytes(n, unit=1):
    return "—" if n is None else f"{n * unit / 1e6:,.1f} MB"


def times(r):
    return "—" if r is None else f"{r:.2f}×"


def integer(n):
    return "—" if n is None else f"{n:,.0f}"


# ---- Targets (on S, or on the largest size measured when S was not).

def target_size(results):
    for name in ("S", "100k", "10k"):
        if name in results["sizes"]:
            return name
    return None


def peer_lower_bound(size, peer):
    """When a peer ran out of time after reading and building, its write took at least the rest of the limit."""
    record = size.get(peer, {})
    done = record.get("phases_done", {})
    if "dnf" not in record or "build_s" not in done or not record["dnf"].startswith("timeout"):
        return None
    return record["limit_s"] - done["load_s"] - done["build_s"] - 1.0


def status(figure, goal, at_most):
    if figure is None:
        return "n/a"
    return "met" if (figure <= goal if at_most else figure >= goal) else "missed"


def our_status(size, measurement, figure, goal, at_most):
    """As status(), but a measurement of ours that did not finish misses its target."""
    if figure is None and "dnf" in size.get(measurement, {}):
        return "missed (did not finish)"
    return status(figure, goal, at_most)


def dnf_note(size, measurement):
    record = size.get(measurement, {})
    return f"{measurement} " + (f"did not finish ({record['dnf']})" if "dnf" in record else "not measured")


def speedup_target(size, peer, goal):
    export = value(size, "export", "wall_s")
    write = value(size, peer, "write_s")
    if write is not None and export is not None:
        figure = f"export {seconds(export)}; {peer} write {seconds(write)}: {times(write / export)}"
        return figure, status(write / export, goal, False)
    bound = peer_lower_bound(size, peer)
    if bound is not None and export is not None:
        figure = f"export {seconds(export)}; {dnf_note(size, peer)}, write ≥ {seconds(bound)}: " \
                 f"≥ {times(bound / export)}"
        return figure, "met (lower bound)" if bound / export >= goal else "n/a (peer did not finish)"
    if export is None:
        return dnf_note(size, "export"), our_status(size, "export", None, goal, False)
    return dnf_note(size, peer), "n/a"


def small_target(measurement):
    def figure(_, views):
        step, r = size_step(views, measurement)
        each = ", ".join(f"{name} {seconds(value(view, measurement, 'wall_s'))}" for name, view in views.items())
        return f"{each}: {step} {times(r)}", our_status(views.get(step.split()[0], {}), measurement, r, 2.0, True)
    return figure


def import_target(size, _):
    r = ratios(size)["import_vs_floor"]
    figure = f"{seconds(value(size, 'import', 'wall_s'))} vs {seconds(value(size, 'floor', 'wall_s'))}: {times(r)}"
    return figure, our_status(size, "import", r, 2.0, True)


def export_rss_target(size, _):
    kb = value(size, "export", "peak_rss_kb")
    return megabytes(kb, 1024), our_status(size, "export", kb and kb * 1024 / 1e6, 100, True)


def export_growth_target(_, sizes):
    growth = export_rss_growth(sizes)
    return times(growth), our_status(sizes.get("S", {}), "export", growth, 1.5, True)


def hub_year_target(size, _):
    s = value(size, "timeline_hub_year", "wall_s")
    return seconds(s), our_status(size, "timeline_hub_year", s, 0.030, True)


def hub_rate_target(size, _):
    rate = value(size, "timeline_hub_whole", "events_per_s")
    return f"{integer(rate)} events/s", our_status(size, "timeline_hub_whole", rate, 200_000, False)


def median_entity_target(size, _):
    s = value(size, "timeline_median", "wall_s")
    return seconds(s), our_status(size, "timeline_median", s, 0.010, True)


def path_target(size, _):
    worst, typical = value(size, "path", "max_s"), value(size, "path", "median_s")
    return f"max {seconds(worst)}, median {seconds(typical)}", our_status(size, "path", worst, 0.300, True)


def database_target(size, _):
    r = ratios(size)["db_vs_floor"]
    figure = f"{megabytes(value(size, 'import', 'db_bytes'))} vs {megabytes(value(size, 'floor', 'db_bytes'))}: " \
             f"{times(r)}"
    return figure, our_status(size, "import", r, 1.5, True)


# (target, goal, the measurement it rests on, function of (one engine's results on the target size, on every
# size) -> (figure, status)); the floor is the engine's own (sqlite3 .import, psql \copy), the peers are shared.
TARGETS = [
    ("import vs the floor", "≤ 2.0×", "import", import_target),
    ("small import: one article into the store", "S ÷ 100k ≤ 2×", "small_article", small_target("small_article")),
    ("small import: one CSV row into the store", "S ÷ 100k ≤ 2×", "small_csv", small_target("small_csv")),
    ("GraphML export vs igraph write", "write ÷ export ≥ 2×", "export",
     lambda size, _: speedup_target(size, "igraph", 2)),
    ("GraphML export vs networkx write", "write ÷ export ≥ 15×", "export",
     lambda size, _: speedup_target(size, "networkx", 15)),
    ("export peak RSS", "≤ 100 MB", "export", export_rss_target),
    ("export peak RSS, S ÷ 100k", "≤ 1.5×", "export", export_growth_target),
    ("timeline of the hub, one year", "≤ 30 ms", "timeline_hub_year", hub_year_target),
    ("timeline of the hub, whole", "≥ 200,000 events/s", "timeline_hub_whole", hub_rate_target),
    ("timeline of the median entity", "≤ 10 ms", "timeline_median", median_entity_target),
    ("path (max of 20 pairs)", "≤ 300 ms", "path", path_target),
    ("database size vs the floor's", "≤ 1.5×", "import", database_target),
]


def previous_sizes(results):
    return (results.get("previous") or {}).get("sizes", {})


def previous_figure(figure, measurement, views, name):
    """A target's figure in the previous run, on the same size; "—" when that run did not measure it."""
    if measurement not in views.get(name, {}):
        return "—"
    return figure(views[name], views)[0]


def targets(results):
    """Rows of (target, engine, figure, goal, status, the previous run's figure) for the target size."""
    name = target_size(results)
    if name is None:
        return []
    rows = []
    for label, goal, measurement, figure in TARGETS:
        for engine in engines(results):
            views, before = engine_views(results["sizes"], engine), engine_views(previous_sizes(results), engine)
            shown, state = figure(views[name], views)
            rows.append((label, ENGINE_NAMES[engine], shown, goal, state,
                         previous_figure(figure, measurement, before, name)))
    return rows


def markdown_table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    return "\n".join(lines + ["| " + " | ".join(str(c) for c in row) + " |" for row in rows])


def previous_heading(results):
    about_run = (results.get("previous") or {}).get("about")
    return f"previous run (`{about_run['commit']}`, {about_run['date'][:10]})" if about_run else "previous run (none)"


def target_table(results):
    name = target_size(results)
    note = "" if name == "S" else f" — S not measured in this run, so on {name}"
    header = ["target", "engine", "figure", "goal", "status", previous_heading(results)]
    return f"Targets (on S{note})\n\n" + markdown_table(header, targets(results))


# ---- The figure tables: (label, function of one size's results -> cell text).

def timed_cell(measurement, key="wall_s"):
    def cell(size):
        record = size.get(measurement)
        if record is None:
            return "—"
        if key in record.get("phases_done", {}):
            return f"{seconds(record['phases_done'][key])} (1, then did not finish)"
        if "dnf" in record:
            return f"did not finish ({record['dnf']})"
        return f"{seconds(record.get(key))} ({record['runs']})"
    return cell


def number_cell(measurement, key, show):
    def cell(size):
        record = size.get(measurement)
        if record is not None and key in record.get("phases_done", {}):
            return show(record["phases_done"][key])
        if record is not None and "dnf" in record:
            return "did not finish"
        return show(value(size, measurement, key))
    return cell


def rss_cell(measurement):
    return number_cell(measurement, "peak_rss_kb", lambda kb: megabytes(kb, 1024))


def ratio_cell(key):
    return lambda size: times(ratios(size)[key])


def text_cell(measurement, key):
    return lambda size: f"`{size.get(measurement, {}).get(key, '—')}`"


def ingest_rows(engine):
    floor = FLOOR_NAMES[engine]
    return [
        ("allegraph import", timed_cell("import")),
        ("allegraph import, peak RSS", rss_cell("import")),
        (f"{floor} (floor)", timed_cell("floor")),
        (f"{floor}, peak RSS", rss_cell("floor")),
        ("import ÷ floor", ratio_cell("import_vs_floor")),
        ("database size", number_cell("import", "db_bytes", megabytes)),
        ("floor database size", number_cell("floor", "db_bytes", megabytes)),
        ("database ÷ floor", ratio_cell("db_vs_floor")),
        ("one article into a copy of the store", timed_cell("small_article")),
        ("… peak RSS", rss_cell("small_article")),
        ("one CSV row into a copy of the store", timed_cell("small_csv")),
        ("… peak RSS", rss_cell("small_csv")),
    ]

QUERY_ROWS = [
    ("hub (most participations)", text_cell("timeline_hub_year", "entity")),
    ("timeline hub, one year", timed_cell("timeline_hub_year")),
    ("… events in the year", number_cell("timeline_hub_year", "events", integer)),
    ("… peak RSS", rss_cell("timeline_hub_year")),
    ("timeline hub, whole", timed_cell("timeline_hub_whole")),
    ("… events", number_cell("timeline_hub_whole", "events", integer)),
    ("… events/s", number_cell("timeline_hub_whole", "events_per_s", integer)),
    ("… peak RSS", rss_cell("timeline_hub_whole")),
    ("median entity", text_cell("timeline_median", "entity")),
    ("timeline median entity, whole", timed_cell("timeline_median")),
    ("… events", number_cell("timeline_median", "events", integer)),
    ("… peak RSS", rss_cell("timeline_median")),
    ("path, median over pairs", timed_cell("path", "median_s")),
    ("path, max over pairs", timed_cell("path", "max_s")),
    ("… pairs with a path", number_cell("path", "found", integer)),
    ("… peak RSS", rss_cell("path")),
]

EXPORT_ROWS = [
    ("allegraph export graphml (whole process)", timed_cell("export")),
    ("… peak RSS", rss_cell("export")),
    ("… file size", number_cell("export", "file_bytes", megabytes)),
]
for _peer in PEERS:
    EXPORT_ROWS += [
        (f"{_peer}: read archive", timed_cell(_peer, "load_s")),
        (f"{_peer}: build graph", timed_cell(_peer, "build_s")),
        (f"{_peer}: write_graphml", timed_cell(_peer, "write_s")),
        (f"{_peer}: whole process", timed_cell(_peer)),
        (f"{_peer}: peak RSS before writing", number_cell(_peer, "build_rss_kb", lambda kb: megabytes(kb, 1024))),
        (f"{_peer}: peak RSS", rss_cell(_peer)),
        (f"{_peer}: file size", number_cell(_peer, "file_bytes", megabytes)),
    ]
EXPORT_ROWS += [
    ("igraph write ÷ our export", ratio_cell("igraph_write_vs_export")),
    ("networkx write ÷ our export", ratio_cell("networkx_write_vs_export")),
]
OUR_EXPORT_ROWS = EXPORT_ROWS[:3]


def export_rows(engine):
    """The peers once, in SQLite's table; every engine's export against them."""
    return EXPORT_ROWS if engine == "sqlite" else OUR_EXPORT_ROWS + EXPORT_ROWS[-2:]

TEXT_ROWS = {"hub (most participations)", "median entity"}

# The bounded-work lines (bench/bounded.py): what each measures, and the unit of its scale.
BOUNDED_LINES = [
    ("path_all", "`path --all --max-hops 20` across a layered graph (10 per layer, 10^layers shortest paths)",
     "entities"),
    ("stats_isolated", "`stats` over a store of isolated entities", "entities"),
    ("as_of_db", "`--as-of-db` from before an import (entities, one event per two)", "entities imported"),
    ("rename_reimport", "re-import renaming 1,000 entities (a tenth, if fewer) of a store", "entities in store"),
]
BOUNDED_KEYS = ["scale", "wall_s", "peak_rss_kb"]


def bounded_table(bounded):
    rows = []
    for line, label, unit in BOUNDED_LINES:
        record = bounded.get(line, {})
        cells = []
        for scale in ("small", "large"):
            r = record.get(scale, {})
            cells.append(f"did not finish ({r['dnf']})" if "dnf" in r else
                         f"{integer(r.get('scale'))} {unit}: {seconds(r.get('wall_s'))}")
        rows.append([label, *cells, times(record.get("scale_factor")), times(record.get("growth"))])
    return markdown_table(["line", "small", "large", "scale ×", "time ×"], rows)


def figure_table(rows, sizes, previous):
    """The rows across the sizes; a cell the previous run filled otherwise shows its figure after "was"."""
    def both(label, cell, name):
        now = cell(sizes[name])
        before = cell(previous[name]) if name in previous and label not in TEXT_ROWS else "—"
        return now if before.startswith("—") or before == now else f"{now}; was {before}"
    return markdown_table(["", *sizes], [[label, *(both(label, cell, s) for s in sizes)] for label, cell in rows])


def engine_tables(results, rows_of):
    """One figure table per engine: a heading, then `rows_of(engine)` across the sizes."""
    tables = []
    for engine in engines(results):
        views, before = engine_views(results["sizes"], engine), engine_views(previous_sizes(results), engine)
        tables.append(f"### {ENGINE_NAMES[engine]}\n\n{figure_table(rows_of(engine), views, before)}")
    return "\n\n".join(tables)


def sizes_table(sizes):
    rows = []
    for name, size in sizes.items():
        c = size["counts"]
        rows.append([name, *(integer(c[k]) for k in ("events", "entities", "sources", "participants", "citations",
                                                       "relations", "event_links", "aliases")),
                     megabytes(c["jsonl_bytes"])])
    return markdown_table(["size", "events", "entities", "sources", "role edges", "citations", "relations",
                           "event links", "aliases", "archive (JSONL)"], rows)


def machine_table(about_run):
    m = about_run["machine"]
    rows = [["CPU", f"{m['cpu']} ({m['cores']} cores)"], ["RAM", f"{m['ram_gib']} GiB"], ["kernel", m["kernel"]],
            ["Debian", m["debian"]], ["sqlite3", m["sqlite3"]],
            ["PostgreSQL (server)", about_run["settings"].get("postgresql") or "not measured"], ["Python", m["python"]],
            ["networkx", m["networkx"]], ["igraph (python-igraph)", m["igraph"]]]
    return markdown_table(["", ""], rows)


def method_notes(settings):
    s = settings
    heavy = s.get("heavy_runs_on_S", 1)
    heavy = "once" if heavy == 1 else f"{heavy} times"
    return f"""- Each figure is the median of the runs shown in parentheses; peak RSS is the highest of those runs,
  for the whole process, from `/usr/bin/time -v` (on PostgreSQL the client's: allegraph or psql, not the
  server's). Wall time is measured around each process (`/usr/bin/time` included, about 1 ms).
  MB = 10^6 bytes. A figure after "was" is the previous run's (read from the JSON results before they
  are overwritten), on the same size and engine.
- Archives come from `allegraph-generate --seed {s['seed']}` (entities = events / 5); SQLite's floor is
  `sqlite3 .import` of the same rows as CSV, one process, one transaction, into the tables of
  `bench/floor_schema.sql` (no keys, constraints or indexes). SQLite database sizes are the file and its
  WAL after a checkpoint.
- PostgreSQL (the server of `--pg-url-file`; `make bench` starts a throw-away one with
  `tests/pg_cluster.py start build-bench/pg --durable`: fsync, synchronous commit and full page writes on,
  1 GB of shared buffers, unix socket) repeats every SQLite measurement with `--db URL`. Each import
  runs into a freshly created empty database (dropped and created outside the timing). The hub, the
  median entity and the path pairs are picked once, from the first store imported (SQLite's), so both
  engines answer the same questions. PostgreSQL's floor is `psql`'s `\\copy … FROM … WITH (FORMAT csv,
  HEADER true)` of the same CSV rows, one psql process, one transaction (the tables of
  `bench/floor_schema_postgresql.sql`, created in the same transaction, with no keys, constraints or
  indexes), into a freshly created database each run. A PostgreSQL database size is the sum of
  `pg_total_relation_size` (heap, TOAST, indexes, and their free-space and visibility maps if any)
  over the ordinary tables of the store's schema `allegraph`, against the same over the floor's schema
  `floor`: not the catalog, sequences or WAL. It is read right after the last import, with no `VACUUM`
  (which would add maps, or truncate) and no `CHECKPOINT` (a file is extended when its rows are written,
  so its size is already whole).
- Small writes: `bench/small/article.txt` (a news article, metadata in its sidecar `.json`) and
  `bench/small/row.csv` (one desk CSV row naming two of the archive's hubs and a new event) are each
  imported into a copy of the size's store, made afresh before every run outside its timing (SQLite:
  the file copied after a checkpoint and synced to disk, so that its writeback is not timed as the
  write's; PostgreSQL: `CREATE DATABASE … TEMPLATE` the store, `STRATEGY FILE_COPY`). The
  growth S ÷ 100k (100k ÷ 10k when S was not run) is near 1 when a small write is bounded and near
  10 when it costs as much as the store.
- After its import and floor, and before anything else is timed on it, each store is settled: SQLite's
  log checkpointed, PostgreSQL's tables vacuumed and analysed (what autovacuum does within minutes of
  a large import; left to it, its work raced the timed commands).
- On S the heaviest steps run {heavy}: PostgreSQL's import (about ten minutes a run) and each
  peer (`--heavy-runs`).
- Timelines are `timeline ID --json` of public entities: the hub (most participations) over
  {s['year']}-01-01..{s['year']}-12-31 (to /dev/null) and whole (to a file; events/s = events ÷ wall time),
  and the median entity by participations (whole). Paths: {s['path_pairs']} random pairs of public entities with
  at least one participation, one process each (`path A B --json`); per pair the median of the runs.
- Peers: `bench/peers/{{networkx,igraph}}_peer.py` under `/usr/bin/python3` read the same JSON Lines,
  build the graph our GraphML export writes (same node and edge ids, attributes and order as far as the
  library allows) and time reading, building and `write_graphml` separately.
  A process may run {s['timeout_s']:g} s; a peer may use {s['peer_memory_gb']:g} GB of address space;
  beyond that it is recorded as did not finish.
- Ratios compare figures of the same run. Speed-ups are the peer's `write_graphml` alone against our
  whole `export graphml` process, on either engine."""


def preserved_profile(path):
    if path.exists():
        found = re.search(f"^{re.escape(PROFILE_HEADING)}[ \t]*$", path.read_text(), re.MULTILINE)
        if found:
            return found.string[found.start():].rstrip("\n") + "\n"
    return PROFILE_HEADING + "\n" + PROFILE_PLACEHOLDER


def markdown(results, profile):
    a, sizes = results["about"], results["sizes"]
    return f"""# allegraph benchmark results

Written by `bench/run.py` (`make bench`) on {a['date']}, commit `{a['commit']}`.
Everything above the section "Profile and notes" (which must stay last) is rewritten on every run.

## Machine

{machine_table(a)}

## Method

{method_notes(a['settings'])}

## {target_table(results)}

## Sizes

{sizes_table(sizes)}

## Ingest

{engine_tables(results, ingest_rows)}

## Queries

{engine_tables(results, lambda _: QUERY_ROWS)}

## GraphML export and peers

{engine_tables(results, export_rows)}

## Bounded work

Inputs an adversary found that made work grow far faster than the answer (issue 15), each at two
scales: a time growth near the scale factor is linear; near its square was the finding.

{bounded_table(results.get("bounded", {}))}

{profile}"""


def previous_run(json_path):
    """The results a run wrote to `json_path` before (less their own previous run), or None."""
    try:
        results = json.loads(Path(json_path).read_text())
    except (OSError, ValueError):
        return None
    results.pop("previous", None)
    return results if results.get("sizes") else None


def write(results, markdown_path, json_path):
    for size in results["sizes"].values():
        size["ratios"] = ratios(size)
        for engine in set(engines(results)) & set(size):
            size[engine]["ratios"] = ratios(engine_view(size, engine))
    results["growth"] = {engine: growth(results["sizes"], engine) for engine in engines(results)}
    json_path.parent.mkdir(parents=True, exist_ok=True)
    json_path.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
    profile = preserved_profile(markdown_path)
    markdown_path.parent.mkdir(parents=True, exist_ok=True)
    markdown_path.write_text(markdown(results, profile))


# ---- The smoke test's check: every figure present and numeric, in both files.

def is_number(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def wanted_keys(skip_peers):
    """Every record a size's results must hold, and the numeric keys of each."""
    wanted = {**MEASUREMENT_KEYS, "counts": COUNT_KEYS, "ratios": RATIO_KEYS[:2] if skip_peers else RATIO_KEYS}
    if not skip_peers:
        wanted.update({peer: PEER_KEYS for peer in PEERS})
    return wanted


def check_json(results):
    if not results.get("sizes"):
        return ["no sizes in the JSON results"]
    problems = []
    wanted = wanted_keys(results["about"]["settings"]["skip_peers"])
    for name, size in results["sizes"].items():
        for engine in engines(results):
            view = engine_view(size, engine)
            for measurement, keys in wanted.items():
                record = view.get(measurement)
                where = f"{name} {engine}"
                if not isinstance(record, dict):
                    problems.append(f"{where}: no {measurement}")
                    continue
                problems += [f"{where}: {measurement}.{k} is {record.get(k)!r}" for k in keys
                             if not is_number(record.get(k))]
    return problems


def check_bounded(results):
    problems = []
    for line, *_ in BOUNDED_LINES:
        record = results.get("bounded", {}).get(line)
        if not isinstance(record, dict):
            problems.append(f"bounded: no {line}")
            continue
        problems += [f"bounded: {line}.{scale}.{k} is {record.get(scale, {}).get(k)!r}" for scale in ("small", "large")
                     for k in BOUNDED_KEYS if not is_number(record.get(scale, {}).get(k))]
        problems += [f"bounded: {line}.{k} is {record.get(k)!r}" for k in ("scale_factor", "growth")
                     if not is_number(record.get(k))]
    return problems


def check_markdown(text, results):
    problems = [f"RESULTS has no {h!r}" for h in ("## Machine", "## Targets", "## Sizes", "## Bounded work",
                                                  PROFILE_HEADING) if h not in text]
    problems += [f"RESULTS has no bounded-work row {label!r}" for _, label, _ in BOUNDED_LINES
                 if f"| {label} |" not in text]
    skip_peers = results["about"]["settings"]["skip_peers"]
    rows = []
    for engine in engines(results):
        rows += ingest_rows(engine) + QUERY_ROWS + (OUR_EXPORT_ROWS if skip_peers else export_rows(engine))
        if f"### {ENGINE_NAMES[engine]}" not in text:
            problems.append(f"RESULTS has no tables for {ENGINE_NAMES[engine]}")
        problems += [f"RESULTS target table has no {t!r} for {engine}" for t, *_ in TARGETS
                     if f"| {t} | {ENGINE_NAMES[engine]} |" not in text]
    lines = text.splitlines()
    for label, _ in rows:
        found = [line for line in lines if line.startswith(f"| {label} |")]
        if not found:
            problems.append(f"RESULTS has no row {label!r}")
        for line in found if label not in TEXT_ROWS else []:
            if any(not any(ch.isdigit() for ch in cell) for cell in line.strip("|").split("|")[1:]):
                problems.append(f"RESULTS row {label!r} lacks a number: {line}")
    return problems


def check(json_path, markdown_path):
    try:
        results = json.loads(Path(json_path).read_text())
        text = Path(markdown_path).read_text()
    except (OSError, ValueError) as error:
        return [f"cannot read results: {error}"]
    return check_json(results) + check_bounded(results) + check_markdown(text, results)
