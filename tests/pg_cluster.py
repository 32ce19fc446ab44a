"""A throw-away PostgreSQL 15 cluster for the end-to-end tests against the PostgreSQL engine.

  pg_cluster.py start DIR   initdb in DIR/data, start it on a unix socket only, write the
                            admin URL (libpq URI form) to DIR/url; a running cluster is kept,
                            a stale DIR is wiped and made again
  pg_cluster.py stop DIR    stop it (immediate: the data is thrown away) and remove DIR

Fast and unsafe on purpose: fsync, synchronous commit and full page writes are off, unless
`start DIR --durable` (for benchmarks: a server that keeps what it commits, 1 GB of buffers). initdb
refuses to run as root, so as root the server runs as `nobody`. Python's standard library only."""
import os
import shutil
import socket
import subprocess
import sys
import tempfile

PG_BIN = "/usr/lib/postgresql/15/bin"
ADMIN = "allegraph_admin"
SOCKET_PATH_MAX = 100  # a unix socket path holds ~107 bytes, and the server adds /.s.PGSQL.PORT


def fail(message, log=None):
    print(f"pg_cluster: {message}", file=sys.stderr)
    if log and os.path.exists(log):
        with open(log, errors="replace") as f:
            print("--- server log (tail) ---\n" + "".join(f.readlines()[-30:]), file=sys.stderr)
    sys.exit(1)


def as_server_user(command):
    """The command as run by the server's owner: `nobody` when we are root."""
    return ["runuser", "-u", "nobody", "--"] + command if os.geteuid() == 0 else command


def run(command, log=None, what=None):
    try:
        done = subprocess.run(as_server_user(command), capture_output=True, text=True)
    except OSError as e:
        fail(f"{what or command[0]}: {e}")
    if done.returncode != 0:
        fail(f"{what or command[0]} failed (exit {done.returncode}):\n{done.stdout}{done.stderr}", log)
    return done


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def answers(url):
    done = subprocess.run(["psql", url, "-XAtqc", "select 1"], capture_output=True, text=True)
    return done.returncode == 0 and done.stdout.strip() == "1"


def read(path):
    try:
        with open(path) as f:
            return f.read().strip()
    except OSError:
        return None


def give_to_server_user(*paths):
    """As root, the server (user nobody) owns its folders and can reach them through their parents."""
    if os.geteuid() != 0:
        return
    for path in paths:
        shutil.chown(path, "nobody", "nogroup")
        parent = os.path.dirname(os.path.abspath(path))
        while parent != "/":
            mode = os.stat(parent).st_mode
            if mode & 0o001 == 0:
                os.chmod(parent, mode | 0o001)  # traversable, not listable
            parent = os.path.dirname(parent)


def stop(top):
    top = os.path.abspath(top)
    data = os.path.join(top, "data")
    if os.path.exists(os.path.join(data, "postmaster.pid")):
        subprocess.run(as_server_user([f"{PG_BIN}/pg_ctl", "stop", "-D", data, "-m", "immediate"]),
                       capture_output=True, text=True)
    socket_dir = read(os.path.join(top, "socket_dir"))
    if socket_dir and socket_dir != top:
        shutil.rmtree(socket_dir, ignore_errors=True)
    shutil.rmtree(top, ignore_errors=True)


# Settings of a cluster that keeps what it commits, for benchmarks against SQLite (whose WAL syncs).
DURABLE = "fsync = on\nsynchronous_commit = on\nfull_page_writes = on\nmax_connections = 50\nshared_buffers = 1GB\n" \
          "work_mem = 64MB\nmaintenance_work_mem = 512MB\nmax_wal_size = 4GB\n"
THROWAWAY = "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\nmax_connections = 200\nshared_buffers = 32MB\n"


def start(top, durable=False):
    top = os.path.abspath(top)
    url_file = os.path.join(top, "url")
    url = read(url_file)
    if url and answers(url):
        print(url)
        return
    stop(top)  # stale or half-made: start again from nothing
    os.makedirs(top)
    data, log = os.path.join(top, "data"), os.path.join(top, "server.log")
    socket_dir = top
    if len(socket_dir) > SOCKET_PATH_MAX - len("/.s.PGSQL.65535"):
        socket_dir = tempfile.mkdtemp(prefix="allegraph-pg-")
    with open(os.path.join(top, "socket_dir"), "w") as f:
        f.write(socket_dir + "\n")
    os.makedirs(data, mode=0o700)
    open(log, "w").close()
    give_to_server_user(data, socket_dir, log)
    run([f"{PG_BIN}/initdb", "-D", data, "--auth=trust", "-U", ADMIN, "--encoding=UTF8", "--locale=C"],
        what="initdb")
    port = free_port()
    with open(os.path.join(data, "postgresql.conf"), "a") as f:
        f.write(f"\n# allegraph tests: a throw-away cluster\nport = {port}\nlisten_addresses = ''\n"
                f"unix_socket_directories = '{socket_dir}'\n" + (DURABLE if durable else THROWAWAY))
    run([f"{PG_BIN}/pg_ctl", "start", "-D", data, "-l", log, "-w", "-t", "60"], log=log, what="pg_ctl start")
    url = f"postgresql://{ADMIN}@/postgres?host={socket_dir}&port={port}"
    if not answers(url):
        fail(f"the server started but does not answer at {url}", log)
    with open(url_file, "w") as f:
        f.write(url + "\n")
    print(url)


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4) or sys.argv[1] not in ("start", "stop") or sys.argv[3:] not in ([], ["--durable"]):
        fail("usage: pg_cluster.py start|stop DIR [--durable]")
    if sys.argv[1] == "start":
        start(sys.argv[2], durable=sys.argv[3:] == ["--durable"])
    else:
        stop(sys.argv[2])
