#!/usr/bin/python3
"""The benchmark driver behind `make bench`: for each size of synthetic archive (10k, 100k
and S events) it generates the archive once, then, for each engine (SQLite, and PostgreSQL when
--pg-url-file names a server), measures allegraph's import against the engine's own bulk load of
the same rows (the floor: sqlite3's .import, psql's \copy), one small article and one CSV row
imported into a copy of the store, timelines, paths and the GraphML export; then networkx and
igraph building and writing the same graph, each process under /usr/bin/time -v for its peak
RSS; then the bounded-work lines of bench/bounded.py.
It writes the figures as JSON (--json, by default bench/results.json, whose previous figures it
keeps beside the new ones) and as bench/RESULTS.md (--results; report.py), and prints the target
table.
With --smoke (the bench_smoke ctest) it runs only 10k once, then checks that the JSON and
Markdown it wrote hold every figure as a number; it never judges the figures themselves.
"""
import argparse
import contextlib
import hashlib
import json
import os
import random
import resource
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the source tree (ctest runs this from there)
import bounded  # noqa: E402
import report  # noqa: E402

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
SEED = 20171014
YEAR = 2015
PATH_PAIRS = 20
TABLES = ["sources", "entities", "aliases", "events", "participants", "event_links", "relations", "citations"]
ENGINES = ["sqlite", "postgresql"]
# The small writes into a large store: one news article (metadata in its sidecar .json) and one
# desk CSV row naming two of the archive's hubs (fixed names in bench/generate.cpp) and a new event.
SMALL = {"small_article": BENCH / "small" / "article.txt", "small_csv": BENCH / "small" / "row.csv"}


@dataclass(frozen=True)
class Size:
    name: str
    events: int
    entities: int


SIZES = {"10k": Size("10k", 10_000, 2_000), "100k": Size("100k", 100_000, 20_000),
         "S": Size("S", 1_000_000, 200_000)}


# ---- Running one process.

class DidNotFinish(Exception):
    """A process ran out of time or memory, or failed; the message says which."""

    def __init__(self, reason, stderr=""):
        super().__init__(reason)
        self.reason = reason
        self.stderr = stderr


@dataclass
class Run:
    wall_s: float
    peak_rss_kb: int
    returncode: int
    stdout: str


def peak_rss_kb(time_output):
    for line in time_output.splitlines():
        if "Maximum resident set size" in line:
            return int(line.rsplit(":", 1)[1])
    raise DidNotFinish("no peak RSS in /usr/bin/time output")


def memory_limiter(limit_bytes):
    if not limit_bytes:
        return None
    return lambda: resource.setrlimit(resource.RLIMIT_AS, (limit_bytes, limit_bytes))


def run_timed(cmd, limits, stdout=None, ok=(0,), memory=0):
    """Runs `cmd` under /usr/bin/time -v. Wall time is measured around the whole process
    (including /usr/bin/time's own start, about a millisecond); stdout goes to the file
    `stdout`, to a string when stdout is "capture", else to /dev/null."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as stats, open_stdout(stdout) as out:
        started = time.perf_counter()
        process = subprocess.Popen(["/usr/bin/time", "-v", "-o", stats.name, *map(str, cmd)], stdout=out,
                                   stderr=subprocess.PIPE, text=True, start_new_session=True,
                                   preexec_fn=memory_limiter(memory))
        captured, stderr = wait(process, limits.timeout)
        wall = time.perf_counter() - started
        if process.returncode not in ok:
            raise DidNotFinish(failure(process.returncode, stderr, memory), stderr)
        return Run(wall, peak_rss_kb(stats.read()), process.returncode, captured or "")


def open_stdout(stdout):
    if stdout == "capture":
        return contextlib.nullcontext(subprocess.PIPE)
    return open(stdout or os.devnull, "w")


def wait(process, timeout):
    try:
        return process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        _, stderr = process.communicate()
        raise DidNotFinish(f"timeout {timeout:g} s", stderr) from None


def failure(returncode, stderr, memory):
    signs = ("MemoryError", "Cannot allocate", "bad_alloc", "failed to map", "out of memory")
    if any(sign.lower() in stderr.lower() for sign in signs):
        return f"out of memory (limit {memory / 1e9:.3g} GB)"
    if "terminated by signal 9" in stderr:
        return "killed (signal 9; out of memory?)"
    tail = stderr.strip().splitlines()[-3:]
    return f"exit {returncode}: " + " / ".join(tail)


def repeat(runs, measure):
    """`measure` run `runs` times: the median wall time, the highest peak RSS, and the runs."""
    results = [measure() for _ in range(runs)]
    return {"wall_s": statistics.median(r.wall_s for r in results), "runs": runs,
            "peak_rss_kb": max(r.peak_rss_kb for r in results)}, results


def guarded(measure):
    """A measurement, or a record of why it did not finish."""
    try:
        return measure()
    except DidNotFinish as stop:
        report.progress(f"  did not finish: {stop.reason}")
        return {"dnf": stop.reason}


def remove(*paths):
    for path in paths:
        Path(path).unlink(missing_ok=True)


# ---- The archive.

def file_sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def data_rows(path):
    """Data rows of a generated CSV file: its lines less the header (no field holds a newline)."""
    with open(path, "rb") as f:
        return sum(block.count(b"\n") for block in iter(lambda: f.read(1 << 20), b"")) - 1


def generate(size, work, generator, limits):
    """The archive and CSV tables of `size` in `work`, reused when the stamp shows the same generator and size."""
    stamp_path = work / "archive.stamp.json"
    wanted = {"generator_sha256": file_sha256(generator), "events": size.events, "entities": size.entities,
              "seed": SEED}
    if stamp_path.exists():
        stamp = json.loads(stamp_path.read_text())
        files = [work / "archive.jsonl", *(work / "csv" / f"{table}.csv" for table in TABLES)]
        if all(stamp.get(k) == v for k, v in wanted.items()) and all(f.exists() for f in files):
            report.progress(f"{size.name}: reusing {work / 'archive.jsonl'}")
            return stamp["counts"]
    report.progress(f"{size.name}: generating {size.events} events, {size.entities} entities")
    remove(stamp_path)
    run_timed([generator, "--events", size.events, "--entities", size.entities, "--seed", SEED,
               "-o", work / "archive.jsonl", "--csv", work / "csv"], limits)
    counts = {table: data_rows(work / "csv" / f"{table}.csv") for table in TABLES}
    counts["jsonl_bytes"] = (work / "archive.jsonl").stat().st_size
    stamp_path.write_text(json.dumps({**wanted, "counts": counts}, indent=1))
    return counts


# ---- The stores: an SQLite file, or a database on a PostgreSQL server.

PARTICIPATION = """SELECT e.text_id, count(*) FROM {s}participants p JOIN {s}entities e ON e.id = p.entity
    WHERE e.public = 1 GROUP BY e.text_id ORDER BY 2 DESC, e.text_id"""


def checkpoint(db):
    connection = sqlite3.connect(db)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


class SqliteStore:
    """An SQLite store: the file `db`, which is also what --db takes."""
    engine = "sqlite"

    def __init__(self, db):
        self.db = db

    def fresh(self):
        remove(self.db, f"{self.db}-wal", f"{self.db}-shm")

    def drop(self):
        self.fresh()

    def settle(self):
        """Leaves nothing for later: the write-ahead log folded into the file."""
        checkpoint(self.db)

    def size_bytes(self):
        """The database's size after a final checkpoint: the file plus its -wal, if any."""
        checkpoint(self.db)
        wal = Path(f"{self.db}-wal")
        return Path(self.db).stat().st_size + (wal.stat().st_size if wal.exists() else 0)

    def copy(self):
        """A copy of the whole store (checkpointed first, so that the file is all of it) beside it, on disk:
        left in the page cache, its writeback (a second on S) would be timed as the next write's, whose commit
        syncs the file."""
        checkpoint(self.db)
        copy = SqliteStore(self.db.with_name(f"{self.db.stem}-copy.db"))
        copy.fresh()
        shutil.copyfile(self.db, copy.db)
        with open(copy.db, "rb") as f:
            os.fsync(f.fileno())
        return copy

    def participation(self):
        """Public entities with at least one participation, most first: (id, count)."""
        connection = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True)
        rows = connection.execute(PARTICIPATION.format(s="")).fetchall()
        connection.close()
        return rows


class PgServer:
    """The PostgreSQL server of --pg-url-file, reached with psql through its admin URL."""

    def __init__(self, url):
        self.url = url

    def url_of(self, database):
        return urllib.parse.urlsplit(self.url)._replace(path=f"/{database}").geturl()

    def psql(self, sql, database="postgres"):
        done = subprocess.run(["psql", self.url_of(database), "-XAtq", "-v", "ON_ERROR_STOP=1", "-c", sql],
                              capture_output=True, text=True)
        if done.returncode != 0:
            raise DidNotFinish(f"psql: {done.stderr.strip()}", done.stderr)
        return done.stdout

    def create(self, database, template=None):
        """A freshly created `database`, dropped first if it exists: an empty one, or a copy of `template` (file
        by file, between two checkpoints, so that the server is quiet again when the copy is made)."""
        self.drop(database)
        copy = f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""
        self.psql(f'CREATE DATABASE "{database}"{copy}')

    def drop(self, database):
        self.psql(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')

    def schema_bytes(self, database, schema):
        """pg_total_relation_size (heap, TOAST, indexes, free-space and visibility maps) summed over the
        ordinary tables of `schema`."""
        return int(self.psql(f"""SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '{schema}' AND c.relkind = 'r'""",
                             database))

    def version(self):
        return self.psql("SHOW server_version").strip()


class PgStore:
    """A PostgreSQL store: the database `database` of `server`; `db` is its URL, what --db takes."""
    engine = "postgresql"

    def __init__(self, server, database):
        self.server, self.database = server, database
        self.db = server.url_of(database)

    def fresh(self):
        self.server.create(self.database)

    def drop(self):
        self.server.drop(self.database)

    def settle(self):
        """Does now what autovacuum does in the minutes after a large import (visibility map, hint bits,
        statistics): left to it, its work raced the timed commands (an article into S timed 0.44 s while
        it vacuumed the tables, 0.06-0.10 s once it had), and each copy of the store restarted it."""
        self.server.psql("VACUUM (ANALYZE)", self.database)

    def size_bytes(self):
        return self.server.schema_bytes(self.database, "allegraph")

    def copy(self):
        copy = PgStore(self.server, f"{self.database}_copy")
        self.server.create(copy.database, template=self.database)
        return copy

    def participation(self):
        rows = self.server.psql(PARTICIPATION.format(s="allegraph."), self.database).splitlines()
        return [(text_id, int(count)) for text_id, count in (row.rsplit("|", 1) for row in rows)]


def open_store(engine, work, size, server):
    if engine == "sqlite":
        return SqliteStore(work / "allegraph.db")
    return PgStore(server, f"bench_{size.name.lower()}")


# ---- Measurements.

@dataclass
class Limits:
    runs: int
    timeout: float
    heavy_runs: int
    peer_memory: int

    def import_runs(self, engine):
        """PostgreSQL's import is among the heavy steps (about ten minutes a run on S)."""
        return self.heavy_runs if engine == "postgresql" else self.runs


def measure_import(binary, work, store, limits):
    """Each run into a fresh store (an empty file, a freshly created database); then its size."""
    def once():
        store.fresh()
        return run_timed([binary, "--db", store.db, "import", work / "archive.jsonl"], limits)

    record, _ = repeat(limits.import_runs(store.engine), once)
    return {**record, "db_bytes": store.size_bytes()}


def measure_floor(work, store, limits):
    """The engine's own load of the same rows into tables with no keys, constraints or indexes."""
    if store.engine == "postgresql":
        return measure_pg_floor(work, store.server, f"{store.database}_floor", limits)
    db = work / "floor.db"
    script = work / "floor_import.sql"
    lines = [".bail on", f".read '{BENCH / 'floor_schema.sql'}'", "BEGIN;"]
    lines += [f".import --csv --skip 1 '{work / 'csv' / (t + '.csv')}' {t}" for t in TABLES]
    script.write_text("\n".join(lines + ["COMMIT;", ""]))

    def once():
        remove(db, f"{db}-journal")
        return run_timed(["sqlite3", db, f".read '{script}'"], limits)

    record, _ = repeat(limits.runs, once)
    return {**record, "db_bytes": Path(db).stat().st_size}


def measure_pg_floor(work, server, database, limits):
    """psql's \\copy of every CSV in one transaction, into a freshly created database each run."""
    script = work / "floor_import_postgresql.sql"
    lines = ["BEGIN;", f"\\i '{BENCH / 'floor_schema_postgresql.sql'}'"]
    lines += [f"\\copy floor.{t} FROM '{work / 'csv' / (t + '.csv')}' WITH (FORMAT csv, HEADER true)" for t in TABLES]
    script.write_text("\n".join(lines + ["COMMIT;", ""]))

    def once():
        server.create(database)
        return run_timed(["psql", server.url_of(database), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", script],
                         limits)

    record, _ = repeat(limits.runs, once)
    record["db_bytes"] = server.schema_bytes(database, "floor")
    server.drop(database)
    return record


def measure_small(binary, store, data, limits):
    """Importing the small file `data` into a copy of the store, made afresh before each run, outside its timing."""
    def once():
        copy = store.copy()
        try:
            return run_timed([binary, "--db", copy.db, "import", data], limits)
        finally:
            copy.drop()

    record, _ = repeat(limits.runs, once)
    return record


def timeline_events(path):
    with open(path) as f:
        return len(json.load(f)["events"])


def measure_timeline(binary, work, store, limits, entity, window=None):
    """Timeline of `entity` (over `window`, a (from, to) pair, if given) as JSON."""
    out = work / "timeline.json"
    cmd = [binary, "--db", store.db, "timeline", entity,
           *(("--from", window[0], "--to", window[1]) if window else ()), "--json"]
    record, _ = repeat(limits.runs, lambda: run_timed(cmd, limits, stdout=None if window else out))
    if window:
        run_timed(cmd, limits, stdout=out)
    events = timeline_events(out)
    remove(out)
    record = {"entity": entity, **record, "events": events}
    if window:
        record["from"], record["to"] = window
    else:
        record["events_per_s"] = events / record["wall_s"]
    return record


def path_pairs(entities):
    ids = sorted(entity for entity, _ in entities)
    rng = random.Random(SEED)
    return [rng.sample(ids, 2) for _ in range(PATH_PAIRS)]


def measure_paths(binary, store, limits, pairs):
    """Each pair in its own process; per pair the median of the runs, then the median and max over pairs."""
    times, rss, found = [], 0, 0
    for a, b in pairs:
        cmd = [binary, "--db", store.db, "path", a, b, "--json"]
        record, results = repeat(limits.runs, lambda: run_timed(cmd, limits, ok=(0, 1)))
        times.append(record["wall_s"])
        rss = max(rss, record["peak_rss_kb"])
        found += results[0].returncode == 0
    return {"pairs": len(pairs), "found": found, "median_s": statistics.median(times), "max_s": max(times),
            "runs": limits.runs, "peak_rss_kb": rss}


def measure_export(binary, work, store, limits):
    out = work / "export.graphml"

    def once():
        remove(out)
        return run_timed([binary, "--db", store.db, "export", "graphml", "-o", out], limits)

    record, _ = repeat(limits.runs, once)
    record["file_bytes"] = out.stat().st_size
    remove(out)
    return record


def measure_peer(name, work, limits):
    """One peer script under /usr/bin/python3: its own phase timings and the whole process's wall time and RSS."""
    out = work / f"{name}.graphml"
    cmd = ["/usr/bin/python3", BENCH / "peers" / f"{name}_peer.py", work / "archive.jsonl", out]
    results = []
    try:
        for _ in range(limits.heavy_runs):
            remove(out)
            run = run_timed(cmd, limits, stdout="capture", memory=limits.peer_memory)
            results.append((run, json.loads(run.stdout)))
    except DidNotFinish as stop:
        report.progress(f"  {name} did not finish: {stop.reason}")
        remove(out)
        return {"dnf": stop.reason, "phases_done": phases_done(stop.stderr), "limit_s": limits.timeout}
    record = peer_record(results)
    record["file_bytes"] = out.stat().st_size
    remove(out)
    return record


def phases_done(stderr):
    """The phases a stopped peer finished, from the JSON lines it printed on stderr."""
    done = {}
    for line in stderr.splitlines():
        if line.startswith('{"phase"'):
            phase = json.loads(line)
            done[phase["phase"] + "_s"] = phase["s"]
            done[phase["phase"] + "_rss_kb"] = phase["rss_kb"]
    return done


def peer_record(results):
    runs = [run for run, _ in results]
    timings = [t for _, t in results]
    record = {"version": timings[0]["version"], "nodes": timings[0]["nodes"], "edges": timings[0]["edges"],
              "runs": len(results), "wall_s": statistics.median(r.wall_s for r in runs),
              "peak_rss_kb": max(r.peak_rss_kb for r in runs)}
    for phase in ("load", "build", "write"):
        record[phase + "_s"] = statistics.median(t[phase + "_s"] for t in timings)
        record[phase + "_rss_kb"] = max(t[phase + "_rss_kb"] for t in timings)
    return record


@dataclass(frozen=True)
class Picks:
    """The entities every engine is asked about, picked once from the first store imported."""
    hub: str
    median: str
    pairs: list

    @staticmethod
    def of(store):
        picked = store.participation()
        return Picks(picked[0][0], picked[len(picked) // 2][0], path_pairs(picked))


def measure_engine(store, size, args, limits, record, picks):
    """Every measurement of one engine on one size into `record`; returns the picks (made here if not yet)."""
    work = args.work / size.name
    steps = [("import", lambda: measure_import(args.bin, work, store, limits)),
             ("floor", lambda: measure_floor(work, store, limits))]
    label = f"{size.name} {store.engine}"
    run_steps(label, steps, record)
    if "dnf" in record["import"]:
        return picks
    store.settle()
    picks = picks or Picks.of(store)
    window = (f"{YEAR}-01-01", f"{YEAR}-12-31")
    steps = [(name, lambda data=data: measure_small(args.bin, store, data, limits)) for name, data in SMALL.items()]
    steps += [("timeline_hub_year", lambda: measure_timeline(args.bin, work, store, limits, picks.hub, window)),
              ("timeline_hub_whole", lambda: measure_timeline(args.bin, work, store, limits, picks.hub)),
              ("timeline_median", lambda: measure_timeline(args.bin, work, store, limits, picks.median)),
              ("path", lambda: measure_paths(args.bin, store, limits, picks.pairs)),
              ("export", lambda: measure_export(args.bin, work, store, limits))]
    run_steps(label, steps, record)
    return picks


def measure_size(size, args, limits):
    """SQLite's figures at the top of the size's record, every other engine's in a record of its own."""
    work = args.work / size.name
    work.mkdir(parents=True, exist_ok=True)
    result = {"events": size.events, "entities": size.entities, "counts": generate(size, work, args.generator, limits)}
    picks = None
    for engine in args.engines:
        record = result if engine == "sqlite" else result.setdefault(engine, {})
        picks = measure_engine(open_store(engine, work, size, args.server), size, args, limits, record, picks)
    if not args.skip_peers:
        peers = [(peer, lambda peer=peer: measure_peer(peer, work, limits)) for peer in ("networkx", "igraph")]
        run_steps(size.name, peers, result)
    return result


def run_steps(label, steps, result):
    for name, measure in steps:
        report.progress(f"{label}: {name}")
        result[name] = guarded(measure)


# ---- Main.

def parse_args(argv):
    parser = argparse.ArgumentParser(description="allegraph benchmark (make bench)")
    parser.add_argument("--bin", type=Path, default=REPO / "build-bench" / "allegraph")
    parser.add_argument("--generator", type=Path, default=REPO / "build-bench" / "bench" / "allegraph-generate")
    parser.add_argument("--work", type=Path, default=REPO / "build-bench" / "work")
    parser.add_argument("--sizes", default="10k,100k,S", help="comma list of 10k, 100k, S")
    parser.add_argument("--runs", type=int, default=5, help="runs per measurement; the median is reported")
    parser.add_argument("--results", type=Path, help="Markdown results (default: bench/RESULTS.md)")
    parser.add_argument("--json", type=Path, help="machine-readable results, whose figures are kept as the previous "
                        "run's (default: bench/results.json)")
    parser.add_argument("--pg-url-file", type=Path, help="a file holding the admin URL of a PostgreSQL server "
                        "(`tests/pg_cluster.py start DIR` writes DIR/url); the stores are databases created there")
    parser.add_argument("--engines", help="comma list of sqlite, postgresql (default: both with --pg-url-file, "
                        "else sqlite)")
    parser.add_argument("--heavy-runs", type=int, default=1,
                        help="runs on S of the slowest steps: PostgreSQL's import and each peer (default 1)")
    parser.add_argument("--smoke", action="store_true", help="10k, one run, then check the written results")
    parser.add_argument("--skip-peers", action="store_true", help="leave out networkx and igraph")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds any one process may run")
    parser.add_argument("--peer-memory-gb", type=float, default=round(0.75 * total_ram_bytes() / 1e9, 1),
                        help="address-space limit of a peer process (default: 3/4 of RAM)")
    args = parser.parse_args(argv)
    if args.runs < 1 or args.heavy_runs < 1:
        parser.error("--runs and --heavy-runs must be at least 1")
    if args.smoke:
        if args.results is None or args.json is None:
            parser.error("--smoke needs --results and --json, so it never overwrites bench/RESULTS.md")
        args.sizes, args.runs = "10k", 1
    args.sizes = [s.strip() for s in args.sizes.split(",") if s.strip()]
    if unknown := [s for s in args.sizes if s not in SIZES]:
        parser.error(f"unknown size {', '.join(unknown)} (choose from {', '.join(SIZES)})")
    engines = args.engines or ("sqlite,postgresql" if args.pg_url_file else "sqlite")
    args.engines = [e.strip() for e in engines.split(",") if e.strip()]
    if unknown := [e for e in args.engines if e not in ENGINES]:
        parser.error(f"unknown engine {', '.join(unknown)} (choose from {', '.join(ENGINES)})")
    if "postgresql" in args.engines and not args.pg_url_file:
        parser.error("the postgresql engine needs --pg-url-file")
    args.server = PgServer(args.pg_url_file.read_text().strip()) if args.pg_url_file else None
    args.bin, args.generator, args.work = args.bin.resolve(), args.generator.resolve(), args.work.resolve()
    args.results = (args.results or BENCH / "RESULTS.md").resolve()
    args.json = (args.json or BENCH / "results.json").resolve()
    return args


def total_ram_bytes():
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) * 1024
    return 0


def settings(args, postgresql):
    return {"sizes": args.sizes, "engines": args.engines, "postgresql": postgresql, "runs": args.runs, "seed": SEED,
            "year": YEAR, "path_pairs": PATH_PAIRS, "timeout_s": args.timeout, "peer_memory_gb": args.peer_memory_gb,
            "heavy_runs_on_S": min(args.heavy_runs, args.runs), "skip_peers": args.skip_peers, "smoke": args.smoke,
            "bin": str(args.bin), "generator": str(args.generator)}


def limits_for(size, args):
    # On S the heavy steps run --heavy-runs times: networkx alone takes many minutes there, PostgreSQL's import ten.
    heavy_runs = min(args.heavy_runs, args.runs) if size.name == "S" else args.runs
    return Limits(args.runs, args.timeout, heavy_runs, int(args.peer_memory_gb * 1e9))


# Rough seconds one run of each step takes on S on the reference machine (bench/RESULTS.md, docs/scaling.md),
# copying the store for a small import included, for the estimate printed before a run; a smaller size takes
# its share by events.
ROUGH_S = {"sqlite": {"import": 40, "floor": 7, "small_article": 10, "small_csv": 10, "timelines": 1.3, "path": 6,
                      "export": 14},
           "postgresql": {"import": 600, "floor": 15, "small_article": 40, "small_csv": 40, "timelines": 30, "path": 12,
                          "export": 17},
           "peers": {"networkx": 600, "igraph": 100}}
ROUGH_FIXED_S = 60  # the bounded work, and generating the archives


def estimate_s(args):
    """A rough run time: each step's runs times ROUGH_S's seconds for one run, scaled by events."""
    total = ROUGH_FIXED_S
    for name in args.sizes:
        limits, share = limits_for(SIZES[name], args), SIZES[name].events / SIZES["S"].events
        for engine in args.engines:
            total += share * sum(seconds * (limits.import_runs(engine) if step == "import" else limits.runs)
                                 for step, seconds in ROUGH_S[engine].items())
        if not args.skip_peers:
            total += share * limits.heavy_runs * sum(ROUGH_S["peers"].values())
    return total


def server_version(server):
    if server is None:
        return None
    try:
        return server.version()
    except DidNotFinish as stop:
        sys.exit(f"run.py: the PostgreSQL server does not answer: {stop.reason}")


def main(argv):
    args = parse_args(argv)
    for path in (args.bin, args.generator):
        if not os.access(path, os.X_OK):
            sys.exit(f"run.py: no executable {path}")
    results = {"about": report.about(settings(args, server_version(args.server))), "sizes": {},
               "previous": report.previous_run(args.json)}
    report.progress(f"estimated run time: about {estimate_s(args) / 60:.0f} min (rough)")
    for name in args.sizes:
        try:
            results["sizes"][name] = measure_size(SIZES[name], args, limits_for(SIZES[name], args))
        except DidNotFinish as stop:
            sys.exit(f"run.py: {name}: {stop.reason}")
        report.write(results, args.results, args.json)
    report.progress("bounded work")
    results["bounded"] = bounded.measure_all(args.bin, args.work, run_timed, limits_for(SIZES["10k"], args),
                                             args.smoke, guarded)
    report.write(results, args.results, args.json)
    print(report.target_table(results))
    if args.smoke:
        problems = report.check(args.json, args.results)
        for problem in problems:
            print(f"bench smoke: {problem}", file=sys.stderr)
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
