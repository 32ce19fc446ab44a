"""End-to-end tests of the command line as git and ripgrep users expect it: the command list
when allegraph is run alone, an unknown command or option named with the nearest known one,
and every command's --help ending with worked examples that really run on the curated case."""
import json
import os
import re
import shlex
import shutil
import unittest

from harness import CASE, SEEDS, TempDbCase, run

SOURCE_DIR = os.path.dirname(os.path.dirname(CASE))


def command_list():
    code, out, _ = run()
    assert code == 2, code
    listed = out[out.index("Subcommands:"):].split("\n\n")[0]
    return [line.split()[0] for line in listed.splitlines()[1:]]


def subcommands_of(command):
    code, out, err = run(command, "--help")
    assert code == 0, err
    if "Subcommands:" not in out:
        return []
    listed = out[out.index("Subcommands:"):].split("\n\n")[0]
    return [line.split()[0] for line in listed.splitlines()[1:]]


def examples_of(*command):
    code, out, err = run(*command, "--help")
    assert code == 0, err
    lines = out.rstrip("\n").splitlines()
    start = max(i for i, line in enumerate(lines) if line == "Examples:")
    return lines[start + 1:]


class CommandList(unittest.TestCase):
    def test_allegraph_alone_prints_every_command_and_exits_with_usage(self):
        code, out, _ = run()
        self.assertEqual(code, 2)
        commands = command_list()
        for expected in ("import", "timeline", "check", "responses", "pending", "export", "history"):
            self.assertIn(expected, commands)
        self.assertIn("Examples:", out)

    def test_an_unknown_command_is_named_with_the_nearest(self):
        code, _, err = run("timline")
        self.assertEqual(code, 2)
        self.assertEqual(err.strip(), "allegraph: error: 'timline' is not a command; did you mean 'timeline'?")
        code, _, err = run("--db", "x.db", "--json", "chek", "--actor", "A")  # global options before it are skipped
        self.assertEqual(code, 2)
        self.assertIn("'chek' is not a command; did you mean 'check'?", err)

    def test_a_word_far_from_every_command_gets_the_list_instead_of_a_guess(self):
        code, _, err = run("frobnicate")
        self.assertEqual(code, 2)
        self.assertIn("'frobnicate' is not a command", err)
        self.assertNotIn("did you mean", err)
        self.assertIn("allegraph --help", err)

    def test_an_unknown_option_is_named_with_the_nearest_option_of_that_command(self):
        code, _, err = run("timeline", "--frm", "2017", "weinstein")
        self.assertEqual(code, 2)
        self.assertIn("'--frm' is not an option of 'allegraph timeline'; did you mean '--from'?", err)
        # named before the required option it leaves unset
        code, _, err = run("check", "--actr", "AMPAS", "--type", "denial")
        self.assertEqual(code, 2)
        self.assertIn("'--actr' is not an option of 'allegraph check'; did you mean '--actor'?", err)
        code, _, err = run("timeline", "--jsn")
        self.assertIn("did you mean '--json'?", err)  # a global option is a candidate too
        code, _, err = run("timeline", "--as-off=2017-10-12")
        self.assertIn("'--as-off' is not an option of 'allegraph timeline'; did you mean '--as-of'?", err)

    def test_a_stray_argument_is_named(self):
        code, _, err = run("timeline", "weinstein", "bafta")
        self.assertEqual(code, 2)
        self.assertIn("'allegraph timeline' does not take the argument 'bafta'", err)

    def test_help_still_works_at_every_level(self):
        self.assertEqual(run("--help")[0], 0)
        self.assertEqual(run("timeline", "--help")[0], 0)
        self.assertEqual(run("--version")[0], 0)


class HelpExamples(TempDbCase):
    """Every help page ends with two or three examples, and each example runs on the curated case
    (with a desk sheet, an article and a misspelt entity the import and merge examples name)."""

    def setUp(self):
        super().setUp()
        self.work = os.path.join(self.dir, "work")
        os.makedirs(os.path.join(self.dir, "shared"))
        os.makedirs(self.work)
        os.symlink(SEEDS, os.path.join(self.dir, "shared", "seeds"))
        os.symlink(os.path.join(SOURCE_DIR, "data"), os.path.join(self.work, "data"))
        self.write_desk_sheet()
        shutil.copy(os.path.join(SEEDS, sorted(os.listdir(SEEDS))[0]), os.path.join(self.work, "story.txt"))
        self.base = self.new_database("base.db")
        self.assertEqual(run("import", "data/weinstein-2017.json", "--text-root", "../shared/seeds",
                             db=self.base, cwd=self.work)[0], 0)
        typo = os.path.join(self.work, "typo.json")
        with open(typo, "w") as f:
            json.dump({"allegraph": 1, "entities": [{
                "id": "person:harvey-weinstien", "kind": "person", "name": "Harvey Weinstien", "public": True,
                "citations": [{"source": "src:cbc-metoo", "quote": "movie mogul Harvey Weinstein"}]}]}, f)
        self.assertEqual(run("import", "typo.json", db=self.base, cwd=self.work)[0], 0)

    def write_desk_sheet(self):
        with open(os.path.join(self.work, "desk.csv"), "w") as f:
            f.write("Org,Action,Person,When,source_title,source_publisher,source_published,quote\n"
                    "Academy of Motion Picture Arts and Sciences,expulsion,Harvey Weinstein,2017-10-14,"
                    "Academy expels Weinstein,Desk,2017-10-15,expelled\n")

    def test_every_help_page_ends_with_two_or_three_examples(self):
        for command in command_list():
            examples = examples_of(command)
            self.assertIn(len(examples), (2, 3), f"{command}: {examples}")
            for line in examples:
                self.assertTrue(line.startswith("  allegraph "), f"{command}: {line!r}")
                self.assertLessEqual(len(line), 140, line)
            self.assertTrue(any(shlex.split(line, comments=True)[1] == command for line in examples), command)

    def test_every_example_runs_on_the_curated_case(self):
        for command in command_list():
            for line in examples_of(command):
                words = shlex.split(line, comments=True)[1:]
                db = self.new_database("example.db", template=self.base)
                code, out, err = run(*words, db=db, cwd=self.work)
                self.assertIn(code, (0, 1), f"{line}: exit {code}: {err}")
                self.assertNotIn("error", err, line)
                if "-o" in words:
                    written = os.path.join(self.work, words[words.index("-o") + 1])
                    self.assertGreater(os.path.getsize(written), 0, line)
                elif code == 0 and "--dry-run" not in words:
                    self.assertTrue(out.strip(), line)

    def test_subcommand_examples_run_in_order_on_one_copy(self):
        """`vocabulary add`, then `add-category`, then `remove`: each page's examples, two or three, run
        one after another, so that remove finds what add added."""
        for command in command_list():
            db = self.new_database(command + ".db", template=self.base)
            for sub in subcommands_of(command):
                examples = examples_of(command, sub)
                self.assertIn(len(examples), (2, 3), f"{command} {sub}: {examples}")
                for line in examples:
                    words = shlex.split(line, comments=True)[1:]
                    self.assertEqual(words[:2], [command, sub], line)
                    code, out, err = run(*words, db=db, cwd=self.work)
                    self.assertEqual(code, 0, f"{line}: exit {code}: {err}")
                    self.assertTrue(out.strip(), line)


if __name__ == "__main__":
    unittest.main()
