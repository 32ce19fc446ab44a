"""Bounded work: the inputs an adversary found that made allegraph do far more work than the
answer needs (issue 15, finding 16), each measured at two scales so that RESULTS.md shows how
the time grows with the input: a layered graph under `path --all` (paths grow exponentially
with its depth; the answer stops at 100), `stats` over a store of isolated entities, `--as-of-db`
from before a large import, and a re-import that renames entities in a large store. A growth
near the scale factor is linear; one near its square is what the findings were.

Standard library only; bench/run.py calls measure_all() and report.py shows the lines."""
import json
import os
from pathlib import Path

# (line, what the two scales are, small scale, large scale): large ÷ small is the scale factor.
FULL = {"path_all": (9, 18), "stats_isolated": (100_000, 400_000), "as_of_db": (8_000, 32_000),
        "rename_reimport": (25_000, 100_000)}
SMOKE = {"path_all": (4, 8), "stats_isolated": (2_000, 8_000), "as_of_db": (500, 2_000),
         "rename_reimport": (2_000, 8_000)}
WIDTH = 10        # entities per layer of the layered graph
RENAMED = 1_000   # entities a re-import renames (at most a tenth of the store)
SOURCE = {"record": "source", "id": "src:bench", "title": "Bench", "publisher": "Bench", "published": "2020-01-01"}


def write_lines(path, records):
    with open(path, "w") as f:
        for record in records:
            f.write(json.dumps(record) + "\n")
    return path


def entity(i, name=None):
    return {"record": "entity", "id": f"person:p{i}", "kind": "person", "name": name or f"Person {i}"}


def layered(work, layers):
    """Start, `layers` layers of WIDTH entities, end; each entity knows every one of the next layer."""
    ids = [["person:start"]] + [[f"person:l{l}-{k}" for k in range(WIDTH)] for l in range(layers)] + [["person:end"]]
    records = [SOURCE] + [{"record": "entity", "id": i, "kind": "person", "name": i.split(":")[1]}
                          for layer in ids for i in layer]
    for here, there in zip(ids, ids[1:]):
        records += [{"record": "relation", "from": a, "type": "colleague_of", "to": b} for a in here for b in there]
    return write_lines(work / f"layered-{layers}.jsonl", records)


def isolated(work, n):
    return write_lines(work / f"isolated-{n}.jsonl", [SOURCE] + [entity(i) for i in range(n)])


def events_for(n):
    """One event per two entities, so that rolling an import back removes facts of every kind."""
    return [{"record": "event", "id": f"event:e{i}", "type": "statement", "date": "2020-01-01",
             "participants": [{"entity": f"person:p{2 * i}", "role": "actor"},
                              {"entity": f"person:p{2 * i + 1}", "role": "participant"}]} for i in range(n // 2)]


def fresh(db):
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


def measure_path_all(binary, work, run_timed, limits, layers):
    data, db = layered(work, layers), work / "bounded-path.db"
    fresh(db)
    run_timed([binary, "--db", db, "import", data, "--allow-uncited"], limits)
    run = run_timed([binary, "--db", db, "path", "person:start", "person:end", "--all", "--max-hops", 20, "--json"],
                    limits, ok=(0, 1), stdout="capture")
    paths = len(json.loads(run.stdout)["paths"])
    return {"scale": layers * WIDTH + 2, "wall_s": run.wall_s, "peak_rss_kb": run.peak_rss_kb, "paths": paths}


def measure_stats_isolated(binary, work, run_timed, limits, n):
    data, db = isolated(work, n), work / "bounded-stats.db"
    fresh(db)
    run_timed([binary, "--db", db, "import", data, "--allow-uncited"], limits)
    run = run_timed([binary, "--db", db, "stats", "--json"], limits)
    return {"scale": n, "wall_s": run.wall_s, "peak_rss_kb": run.peak_rss_kb}


def measure_as_of_db(binary, work, run_timed, limits, n):
    db = work / "bounded-as-of.db"
    fresh(db)
    first = write_lines(work / "as-of-first.jsonl", [SOURCE, entity(-1, "Before")])
    run_timed([binary, "--db", db, "import", first, "--allow-uncited"], limits)
    history = json.loads(run_timed([binary, "--db", db, "history", "--json"], limits, stdout="capture").stdout)
    moment = history["changes"][0]["at"]
    large = write_lines(work / f"as-of-{n}.jsonl", [SOURCE] + [entity(i) for i in range(n)] + events_for(n))
    run_timed([binary, "--db", db, "import", large, "--allow-uncited"], limits)
    run = run_timed([binary, "--db", db, "--as-of-db", moment, "stats", "--json"], limits)
    return {"scale": n, "wall_s": run.wall_s, "peak_rss_kb": run.peak_rss_kb}


def measure_rename_reimport(binary, work, run_timed, limits, n):
    db = work / "bounded-rename.db"
    fresh(db)
    run_timed([binary, "--db", db, "import", isolated(work, n), "--allow-uncited"], limits)
    renamed = min(RENAMED, n // 10)
    data = write_lines(work / f"renamed-{n}.jsonl",
                       [SOURCE] + [entity(i, f"Renamed Person {i}") for i in range(0, n, n // renamed)])
    run = run_timed([binary, "--db", db, "import", data, "--allow-uncited"], limits)
    return {"scale": n, "renamed": renamed, "wall_s": run.wall_s, "peak_rss_kb": run.peak_rss_kb}


MEASURES = {"path_all": measure_path_all, "stats_isolated": measure_stats_isolated, "as_of_db": measure_as_of_db,
            "rename_reimport": measure_rename_reimport}


def measure_all(binary, work, run_timed, limits, smoke, guarded):
    """Each line at its two scales: {"line": {"small": {...}, "large": {...}, "growth": t_large / t_small,
    "scale_factor": large / small}}; a scale that does not finish is recorded as such."""
    work = Path(work) / "bounded"
    os.makedirs(work, exist_ok=True)
    results = {}
    for line, (small, large) in (SMOKE if smoke else FULL).items():
        record = {}
        for name, scale in (("small", small), ("large", large)):
            record[name] = guarded(lambda: MEASURES[line](binary, work, run_timed, limits, scale))
        ok = all("wall_s" in record[k] for k in ("small", "large"))
        record["scale_factor"] = record["large"]["scale"] / record["small"]["scale"] if ok else None
        record["growth"] = record["large"]["wall_s"] / record["small"]["wall_s"] if ok else None
        results[line] = record
    return results
