"""Shared helpers for the end-to-end tests: run the built allegraph binary on a
temporary database and read its output. Uses only Python's standard library.

The same tests run against both engines: with ALLEGRAPH_TEST_ENGINE=postgresql each test case
gets a fresh database on the cluster whose admin URL is in ALLEGRAPH_TEST_PG_URL_FILE (started
by tests/pg_cluster.py), else a SQLite file in a temporary directory."""
import functools
import hashlib
import json
import os
import re
import secrets
import sqlite3
import subprocess
import tempfile
import unittest
import urllib.parse

BIN = os.environ.get("ALLEGRAPH_BIN", "build/allegraph")
SOURCE_DIR = os.environ.get("ALLEGRAPH_SOURCE_DIR", os.getcwd())
CASE = os.path.join(SOURCE_DIR, "data", "weinstein-2017.json")
SEEDS = os.path.normpath(os.path.join(SOURCE_DIR, "..", "shared", "seeds"))
# The curated case reads its articles' text from the seeds, outside data/: allowed explicitly.
CASE_FLAGS = ("--text-root", SEEDS)
ENGINE = os.environ.get("ALLEGRAPH_TEST_ENGINE", "sqlite")
PG_URL_FILE = os.environ.get("ALLEGRAPH_TEST_PG_URL_FILE")


def sqlite_only(reason):
    """For a test of the SQLite file itself (its mode, WAL, migrations, path semantics)."""
    return unittest.skipIf(ENGINE == "postgresql", reason)


def is_pg(db):
    return isinstance(db, str) and db.startswith(("postgresql://", "postgres://"))


def psql(url, sql):
    """Runs SQL through psql on the database at `url`; returns its unaligned output."""
    done = subprocess.run(["psql", url, "-XAtq", "-v", "ON_ERROR_STOP=1", "-c", sql],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"psql: {sql}: exit {done.returncode}: {done.stderr}"
    return done.stdout


@functools.cache
def pg_admin_url():
    assert PG_URL_FILE, "ALLEGRAPH_TEST_PG_URL_FILE is not set (tests/pg_cluster.py writes it)"
    with open(PG_URL_FILE) as f:
        return f.read().strip()


def pg_url_of(name):
    """The admin URL with database `name` instead of postgres."""
    return urllib.parse.urlunsplit(urllib.parse.urlsplit(pg_admin_url())._replace(path="/" + name))


def pg_name_of(url):
    return urllib.parse.urlsplit(url).path.lstrip("/")


def create_database(directory, name="test.db", template=None):
    """A new database: a fresh one on the PostgreSQL cluster (a copy of `template` if given),
    else the path `name` in `directory` (a copy of the file `template` if given)."""
    if ENGINE == "postgresql":
        db = "t_" + secrets.token_hex(8)
        psql(pg_admin_url(), f'CREATE DATABASE "{db}"' + (f' TEMPLATE "{pg_name_of(template)}"' if template else ""))
        return pg_url_of(db)
    path = os.path.join(directory, name)
    if template:
        with open(template, "rb") as src, open(path, "wb") as dst:
            dst.write(src.read())
    return path


def drop_database(db):
    """Drops a PostgreSQL database made by create_database (a SQLite file goes with its directory)."""
    if is_pg(db):
        psql(pg_admin_url(), f'DROP DATABASE IF EXISTS "{pg_name_of(db)}" WITH (FORCE)')


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
    """The hash of a file; of a PostgreSQL database, of all its rows (the history included)."""
    if is_pg(path):
        return hashlib.sha256("\n".join(pg_dump_rows(path, ())).encode()).hexdigest()
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


_PG_TABLES = []


def pg_tables(url):
    """The base tables of schema allegraph: the same in every store of one schema version, so read
    once from the first store that has them."""
    if not _PG_TABLES:
        _PG_TABLES.extend(psql(url, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'allegraph'"
                                    " AND table_type = 'BASE TABLE' ORDER BY 1").split())
    return _PG_TABLES


def pg_dump_rows(url, left_out):
    """Every row of every table of schema allegraph but `left_out`, as sorted lines 'table<TAB>row',
    read in one psql call (the hostile-input tests hash a store after each of hundreds of files)."""
    tables = [t for t in pg_tables(url) if t not in left_out]
    union = " UNION ALL ".join(f"SELECT '{t}' || E'\\t' || r::text FROM allegraph.\"{t}\" r" for t in tables)
    return sorted(psql(url, union).splitlines()) if tables else []


def canonical_dump(path):
    """Every row of every table: equal dumps mean equal contents. The full-text index's
    own shadow tables are left out: their segments depend on how the rows were batched;
    what they answer is tested through search. So is the change history, which records
    every import, even one that changes no fact (test_history.py tests it)."""
    if is_pg(path):
        return pg_dump_rows(path, PG_NOT_COMPARED)
    con = sqlite3.connect(path)
    try:
        return sorted(line for line in con.iterdump() if not NOT_COMPARED.search(line))
    finally:
        con.close()


NOT_COMPARED = re.compile(r'^INSERT INTO "(search_\w+_(data|idx|docsize|config|content)|changes|change_facts|sqlite_sequence)"')
PG_NOT_COMPARED = ("changes", "change_facts")


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
    """A test case with a fresh temporary directory and database (a path, or a PostgreSQL URL)."""

    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory()
        self.dir = self._tmp.name
        self._count = 0
        self.db = self.new_database("test.db")

    def tearDown(self):
        self._tmp.cleanup()

    def new_database(self, name=None, template=None):
        """Another fresh database for this test (a copy of `template` if given), dropped after it
        (even when a subclass's setUp fails, which skips tearDown)."""
        self._count += 1
        db = create_database(self.dir, name or f"db{self._count}.db", template)
        self.addCleanup(drop_database, db)
        return db

    def import_ok(self, *files, extra=()):
        code, out, err = run("import", *files, *extra, db=self.db)
        self.assertEqual(code, 0, err)
        return out, err

    def import_case(self):
        return self.import_ok(CASE, extra=CASE_FLAGS)
