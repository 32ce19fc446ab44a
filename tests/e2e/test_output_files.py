"""End-to-end tests of what allegraph writes besides the store: `-o FILE` is written to a
temporary created exclusively (never through a link planted beside it), 0600 when it may
hold private persons, and renamed into place only over a regular file (a device, a FIFO
or a link is written through, never replaced); every write is checked, so a full disk or
a closed standard output is exit 3, not a truncated answer with exit 0; and the private
copy that --as-of-db reads leaves nothing behind, whether the command fails or is
interrupted."""
import os
import signal
import stat
import subprocess
import tempfile
import threading
import time
import unittest

from harness import BIN, TempDbCase, run

QUERIES = [("search", "Weinstein"), ("stats",), ("history",), ("entity", "Harvey Weinstein"),
           ("who", "accuser", "Harvey Weinstein"), ("relations", "Alyssa Milano"),
           ("path", "Alyssa Milano", "Rose McGowan"), ("conflicts",), ("pending",), ("responses",),
           ("check", "--actor", "AMPAS", "--type", "expulsion", "--subject", "Harvey Weinstein"),
           ("timeline",), ("export", "json"), ("export", "graphml")]


def last_pid():
    with open("/proc/sys/kernel/ns_last_pid") as f:
        return int(f.read())


class OutputFileCase(TempDbCase):
    def setUp(self):
        super().setUp()
        self.import_case()

    def test_a_link_planted_at_the_next_temporary_names_is_not_followed(self):
        victim = os.path.join(self.dir, "victim.txt")
        with open(victim, "w") as f:
            f.write("precious\n")
        out = os.path.join(self.dir, "exp.json")
        first = last_pid() + 1
        for pid in range(first, first + 400):  # the old temporaries were FILE.part-PID
            os.symlink(victim, f"{out}.part-{pid}")
        code, _, err = run("export", "json", "-o", out, db=self.db)
        self.assertEqual(code, 0, err)
        with open(victim) as f:
            self.assertEqual(f.read(), "precious\n")
        self.assertTrue(stat.S_ISREG(os.lstat(out).st_mode))
        leftovers = [n for n in os.listdir(self.dir) if n.startswith(".exp.json")]
        self.assertEqual(leftovers, [])

    def test_a_private_export_is_created_0600_and_a_redacted_one_follows_the_umask(self):
        private = os.path.join(self.dir, "private.json")
        code, _, err = run("--include-private", "export", "json", "-o", private, db=self.db)
        self.assertEqual(code, 0, err)
        self.assertEqual(stat.S_IMODE(os.stat(private).st_mode), 0o600)
        code, _, err = run("--include-private", "timeline", "--format", "md", "-o", private, db=self.db)
        self.assertEqual(code, 0, err)
        self.assertEqual(stat.S_IMODE(os.stat(private).st_mode), 0o600)
        shown = os.path.join(self.dir, "shown.json")
        old = os.umask(0o022)
        try:
            code, _, err = run("export", "json", "-o", shown, db=self.db)
        finally:
            os.umask(old)
        self.assertEqual(code, 0, err)
        self.assertEqual(stat.S_IMODE(os.stat(shown).st_mode), 0o644)

    def test_a_device_node_is_written_through_never_replaced(self):
        node = os.path.join(self.dir, "null")
        try:
            os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        except PermissionError:
            self.skipTest("cannot make a device node here")
        for command in (("export", "json"), ("timeline", "--format", "md")):
            code, _, err = run(*command, "-o", node, db=self.db)
            self.assertEqual(code, 0, err)
            self.assertTrue(stat.S_ISCHR(os.lstat(node).st_mode), command)

    def test_a_fifo_and_a_link_are_written_through(self):
        fifo = os.path.join(self.dir, "pipe")
        os.mkfifo(fifo)
        received = []
        reader = threading.Thread(target=lambda: received.append(open(fifo, "rb").read()))
        reader.start()
        code, _, err = run("export", "json", "-o", fifo, db=self.db)
        reader.join(timeout=30)
        self.assertEqual(code, 0, err)
        self.assertTrue(stat.S_ISFIFO(os.lstat(fifo).st_mode))
        self.assertIn(b'"allegraph": 1', received[0])
        target = os.path.join(self.dir, "target.json")
        link = os.path.join(self.dir, "link.json")
        with open(target, "w") as f:
            f.write("x" * 10_000_000)
        os.symlink(target, link)
        code, _, err = run("export", "json", "-o", link, db=self.db)
        self.assertEqual(code, 0, err)
        self.assertTrue(os.path.islink(link))
        with open(target) as f:
            self.assertTrue(f.read().startswith("{"))
        code, _, err = run("export", "json", "-o", self.dir, db=self.db)
        self.assertEqual(code, 3)
        self.assertIn("is a directory", err)

    def test_a_full_disk_under_an_output_file_is_exit_3(self):
        full = os.path.join(self.dir, "full")  # a private copy of /dev/full: a regression must not replace the system's
        try:
            os.mknod(full, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
        except PermissionError:
            self.skipTest("cannot make a device node here")
        code, _, err = run("export", "json", "-o", full, db=self.db)
        self.assertEqual(code, 3)
        self.assertEqual(err, f"allegraph: error: cannot write {full}: No space left on device\n")
        self.assertTrue(stat.S_ISCHR(os.lstat(full).st_mode))

    def test_every_query_checks_its_writes_to_standard_output(self):
        for command in QUERIES:
            with self.subTest(command=command), open("/dev/full", "w") as full:
                done = subprocess.run([BIN, "--db", self.db, *command], stdout=full, stderr=subprocess.PIPE,
                                      text=True, timeout=60)
                self.assertEqual(done.returncode, 3, done.stderr)
                self.assertIn("allegraph: error: cannot write standard output", done.stderr)


class AsOfDbCopyCase(TempDbCase):
    def setUp(self):
        super().setUp()
        self.import_case()
        self.tmp = os.path.join(self.dir, "tmp")
        os.mkdir(self.tmp)

    def as_of_db(self, *args):
        return [BIN, "--db", self.db, "--as-of-db", *args]

    def test_a_failed_as_of_db_leaves_nothing_in_the_temporary_folder(self):
        env = dict(os.environ, TMPDIR=self.tmp, SQLITE_TMPDIR=self.tmp)
        for args in (("1999-01-01", "timeline"), ("2999-01-01", "entity", "nobody"), ("2999-01-01", "stats")):
            subprocess.run(self.as_of_db(*args), env=env, capture_output=True, timeout=60)
            self.assertEqual(os.listdir(self.tmp), [], args)

    def test_an_interrupted_as_of_db_leaves_no_copy_of_the_database(self):
        env = dict(os.environ, TMPDIR=self.tmp, SQLITE_TMPDIR=self.tmp)
        for delay in (0.005, 0.02, 0.05, 0.1):
            for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
                process = subprocess.Popen(self.as_of_db("2999-01-01", "export", "json"), env=env,
                                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                time.sleep(delay)
                process.send_signal(sig)
                process.wait(timeout=60)
                self.assertEqual(os.listdir(self.tmp), [], (delay, sig))


if __name__ == "__main__":
    unittest.main()
