"""The benchmark's reporting half, used by bench/run.py: the machine and build it ran on,
the ratios against the peers measured in the same run, the target table, the JSON
results and bench/RESULTS.md (keeping its hand-written "## Profile and notes" section),
and the smoke test's check that both files hold every figure as a number.
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
}
PEER_KEYS = ["load_s", "build_s", "write_s", "wall_s", "runs", "peak_rss_kb", "load_rss_kb", "build_rss_kb",
             "write_rss_kb", "file_bytes", "nodes", "edges"]
PEERS = ["networkx", "igraph"]
COUNT_KEYS = ["sources", "entities", "aliases", "events", "participants", "event_links", "relations", "citations",
              "jsonl_bytes"]
RATIO_KEYS = ["import_vs_floor", "db_vs_floor", "igraph_write_vs_export", "networkx_write_vs_export"]


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


# (target, goal, function of (the target size's results, all sizes' results) -> (figure, status))
TARGETS = [
    ("import vs sqlite3 .import", "≤ 2.0×", import_target),
    ("GraphML export vs igraph write", "write ÷ export ≥ 2×", lambda size, _: speedup_target(size, "igraph", 2)),
    ("GraphML export vs networkx write", "write ÷ export ≥ 15×",
     lambda size, _: speedup_target(size, "networkx", 15)),
    ("export peak RSS", "≤ 100 MB", export_rss_target),
    ("export peak RSS, S ÷ 100k", "≤ 1.5×", export_growth_target),
    ("timeline of the hub, one year", "≤ 30 ms", hub_year_target),
    ("timeline of the hub, whole", "≥ 200,000 events/s", hub_rate_target),
    ("timeline of the median entity", "≤ 10 ms", median_entity_target),
    ("path (max of 20 pairs)", "≤ 300 ms", path_target),
    ("database size vs sqlite3 .import's", "≤ 1.5×", database_target),
]


def targets(results):
    """Rows of (target, figure, goal, status) for the target size."""
    name = target_size(results)
    if name is None:
        return []
    rows = []
    for label, goal, figure in TARGETS:
        shown, state = figure(results["sizes"][name], results["sizes"])
        rows.append((label, shown, goal, state))
    return rows


def markdown_table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    return "\n".join(lines + ["| " + " | ".join(str(c) for c in row) + " |" for row in rows])


def target_table(results):
    name = target_size(results)
    note = "" if name == "S" else f" — S not measured in this run, so on {name}"
    return f"Targets (on S{note})\n\n" + markdown_table(["target", "figure", "goal", "status"], targets(results))


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


INGEST_ROWS = [
    ("allegraph import", timed_cell("import")),
    ("allegraph import, peak RSS", rss_cell("import")),
    ("sqlite3 .import (floor)", timed_cell("floor")),
    ("sqlite3 .import, peak RSS", rss_cell("floor")),
    ("import ÷ floor", ratio_cell("import_vs_floor")),
    ("database size", number_cell("import", "db_bytes", megabytes)),
    ("floor database size", number_cell("floor", "db_bytes", megabytes)),
    ("database ÷ floor", ratio_cell("db_vs_floor")),
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


def figure_table(rows, sizes):
    return markdown_table(["", *sizes], [[label, *(cell(sizes[s]) for s in sizes)] for label, cell in rows])


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
            ["Debian", m["debian"]], ["sqlite3", m["sqlite3"]], ["Python", m["python"]],
            ["networkx", m["networkx"]], ["igraph (python-igraph)", m["igraph"]]]
    return markdown_table(["", ""], rows)


def method_notes(settings):
    s = settings
    return f"""- Each figure is the median of the runs shown in parentheses; peak RSS is the highest of those runs,
  for the whole process, from `/usr/bin/time -v`. Wall time is measured around each process
  (`/usr/bin/time` included, about 1 ms). MB = 10^6 bytes.
- Archives come from `allegraph-generate --seed {s['seed']}` (entities = events / 5); the floor is
  `sqlite3 .import` of the same rows as CSV, one process, one transaction, into the tables of
  `bench/floor_schema.sql` (no keys, constraints or indexes). Database sizes are after a checkpoint.
- Timelines are `timeline ID --json` of public entities: the hub (most participations) over
  {s['year']}-01-01..{s['year']}-12-31 (to /dev/null) and whole (to a file; events/s = events ÷ wall time),
  and the median entity by participations (whole). Paths: {s['path_pairs']} random pairs of public entities with
  at least one participation, one process each (`path A B --json`); per pair the median of the runs.
- Peers: `bench/peers/{{networkx,igraph}}_peer.py` under `/usr/bin/python3` read the same JSON Lines,
  build the graph our GraphML export writes (same node and edge ids, attributes and order as far as the
  library allows) and time reading, building and `write_graphml` separately. On S each peer runs once.
  A process may run {s['timeout_s']:g} s; a peer may use {s['peer_memory_gb']:g} GB of address space;
  beyond that it is recorded as did not finish.
- Ratios compare figures of the same run. Speed-ups are the peer's `write_graphml` alone against our
  whole `export graphml` process."""


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

{figure_table(INGEST_ROWS, sizes)}

## Queries

{figure_table(QUERY_ROWS, sizes)}

## GraphML export and peers

{figure_table(EXPORT_ROWS, sizes)}

## Bounded work

Inputs an adversary found that made work grow far faster than the answer (issue 15), each at two
scales: a time growth near the scale factor is linear; near its square was the finding.

{bounded_table(results.get("bounded", {}))}

{profile}"""


def write(results, markdown_path, json_path):
    for size in results["sizes"].values():
        size["ratios"] = ratios(size)
    results["export_rss_s_vs_100k"] = export_rss_growth(results["sizes"])
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
    for name, size in results["sizes"].items():
        for measurement, keys in wanted_keys(results["about"]["settings"]["skip_peers"]).items():
            record = size.get(measurement)
            if not isinstance(record, dict):
                problems.append(f"{name}: no {measurement}")
                continue
            problems += [f"{name}: {measurement}.{k} is {record.get(k)!r}" for k in keys
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
    export_rows = EXPORT_ROWS[:3] if results["about"]["settings"]["skip_peers"] else EXPORT_ROWS
    lines = text.splitlines()
    for label, _ in INGEST_ROWS + QUERY_ROWS + export_rows:
        found = [line for line in lines if line.startswith(f"| {label} |")]
        if not found:
            problems.append(f"RESULTS has no row {label!r}")
        for line in found if label not in TEXT_ROWS else []:
            if any(not any(ch.isdigit() for ch in cell) for cell in line.strip("|").split("|")[1:]):
                problems.append(f"RESULTS row {label!r} lacks a number: {line}")
    problems += [f"RESULTS target table has no {t!r}" for t, *_ in TARGETS if f"| {t} |" not in text]
    return problems


def check(json_path, markdown_path):
    try:
        results = json.loads(Path(json_path).read_text())
        text = Path(markdown_path).read_text()
    except (OSError, ValueError) as error:
        return [f"cannot read results: {error}"]
    return check_json(results) + check_bounded(results) + check_markdown(text, results)
