"""Shared helpers for the end-to-end tests: run the built allegraph binary on a
temporary database and read its output. Uses only Python's standard library."""
import hashlib
import json
import os
import re
import sqlite3
import subprocess
import tempfile
import unittest

BIN = os.environ.get("ALLEGRAPH_BIN", "build/allegraph")
SOURCE_DIR = os.environ.get("ALLEGRAPH_SOURCE_DIR", os.getcwd())
CASE = os.path.join(SOURCE_DIR, "data", "weinstein-2017.json")
SEEDS = os.path.normpath(os.path.join(SOURCE_DIR, "..", "shared", "seeds"))
# The curated case reads its articles' text from the seeds, outside data/: allowed explicitly.
CASE_FLAGS = ("--text-root", SEEDS)


def run(*args, db=None, env=None, cwd=None):
    """Runs allegraph; returns (exit code, stdout, stderr)."""
    command = [BIN] + (["--db", db] if db else []) + list(args)
    full_env = dict(os.environ)
    full_env.pop("ALLEGRAPH_DB", None)
    full_env.update(env or {})
    done = subprocess.run(command, capture_output=True, text=True, env=full_env, cwd=cwd, timeout=120)
    return done.returncode, done.stdout, done.stderr


def run_json(*args, db=None):
    code, out, err = run(*args, "--json", db=db)
    assert code == 0, f"{args}: exit {code}: {err}"
    return json.loads(out)


def sha256_of(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def canonical_dump(path):
    """Every row of every table: equal dumps mean equal contents. The full-text index's
    own shadow tables are left out: their segments depend on how the rows were batched;
    what they answer is tested through search. So is the change history, which records
    every import, even one that changes no fact (test_history.py tests it)."""
    con = sqlite3.connect(path)
    try:
        return sorted(line for line in con.iterdump() if not NOT_COMPARED.search(line))
    finally:
        con.close()


NOT_COMPARED = re.compile(r'^INSERT INTO "(search_\w+_(data|idx|docsize|config|content)|changes|change_facts|sqlite_sequence)"')


def write(directory, name, text):
    path = os.path.join(directory, name)
    mode = "wb" if isinstance(text, bytes) else "w"
    with open(path, mode) as f:
        f.write(text)
    return path


def load_case():
    with open(CASE, encoding="utf-8") as f:
        return json.load(f)


class TempDbCase(unittest.TestCase):
    """A test case with a fresh temporary directory and database path."""

    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory()
        self.dir = self._tmp.name
        self.db = os.path.join(self.dir, "test.db")

    def tearDown(self):
        self._tmp.cleanup()

    def import_ok(self, *files, extra=()):
        code, out, err = run("import", *files, *extra, db=self.db)
        self.assertEqual(code, 0, err)
        return out, err

    def import_case(self):
        return self.import_ok(CASE, extra=CASE_FLAGS)
