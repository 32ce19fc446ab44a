#!/usr/bin/python3
"""Scores the article importer on an annotated corpus of real news articles, with the
matching rule of the corpus README (../shared/corpus/articles/README.md):

Each article is imported alone into a fresh database (its sidecar FILE.txt.json gives
the metadata); the candidates it proposes are compared with the gold events of that
article. A candidate matches a gold event when the type is equal, every role the
candidate fills names the gold entity of that role (its name, an alias or its surname,
case- and accent-insensitively, curly and straight apostrophes equal; any member of a
gold list), and the date intervals overlap. The strict rule also wants equal `negated`
and `status`. Precision and recall count the allegation, response and legal categories.

    eval_articles.py --bin build/allegraph [--corpus DIR] [--min-precision P --min-recall R] [--details]

Exits 1 when the loose overall precision or recall is below the given minimum.
Python's standard library only."""
import argparse
import datetime
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

CATEGORIES = {
    "allegation": {"allegation"},
    "response": {"denial", "apology", "expulsion", "suspension", "termination_proceedings", "termination",
                 "revocation", "resignation", "firing", "investigation", "task_force", "policy_change", "vote"},
    "legal": {"settlement", "complaint", "charge", "arrest", "trial", "conviction", "acquittal", "sentence"},
}
CATEGORY_OF = {t: c for c, types in CATEGORIES.items() for t in types}
ROLES = ["actor", "subject", "object", "accuser", "accused", "investigator"]
DEFAULT_CORPUS = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                               "shared", "corpus", "articles"))


def fold(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.replace("\u2019", "'").replace("\u2018", "'").lower().split())


def interval(edtf):
    """EDTF subset -> (lo, hi) as dates; an open end is the widest date."""
    def one(part, end):
        if part in ("..", ""):
            return datetime.date.max if end else datetime.date.min
        part = part.rstrip("~?")
        y, _, rest = part.partition("-")
        mo, _, d = rest.partition("-")
        if d:
            return datetime.date(int(y), int(mo), int(d))
        if mo:
            if not end:
                return datetime.date(int(y), int(mo), 1)
            nxt = datetime.date(int(y) + (mo == "12"), int(mo) % 12 + 1, 1)
            return nxt - datetime.timedelta(days=1)
        return datetime.date(int(y), 12, 31) if end else datetime.date(int(y), 1, 1)
    lo, _, hi = edtf.partition("/")
    return one(lo, False), one(hi if "/" in edtf else lo, True)


def overlap(a, b):
    (a0, a1), (b0, b1) = interval(a), interval(b)
    return a0 <= b1 and b0 <= a1


def gold_names(entities):
    """Folded name -> the set of folded forms that name it (name, aliases, surname)."""
    forms = {}
    for e in entities:
        names = {fold(e["name"])} | {fold(a) for a in e.get("aliases", [])}
        if e.get("kind") == "person" and len(e["name"].split()) > 1:
            names.add(fold(e["name"].split()[-1]))
        forms[fold(e["name"])] = names
    return forms


def role_matches(predicted_names, gold_value, forms):
    if gold_value is None:
        return False
    members = gold_value if isinstance(gold_value, list) else [gold_value]
    accepted = set()
    for m in members:
        accepted |= forms.get(fold(m), {fold(m)})
    return all(fold(n) in accepted for n in predicted_names)


def matches(pred, gold, forms, strict):
    if pred["type"] != gold["type"] or not overlap(pred["date"], gold["date"]):
        return False
    for role in ROLES:
        names = pred["roles"].get(role)
        if names and not role_matches(names, gold.get(role), forms):
            return False
    if strict:
        if bool(pred["negated"]) != bool(gold.get("negated")):
            return False
        if (pred["status"] or None) != (gold.get("status") or None):
            return False
    return True


def predictions(binary, article):
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "eval.db")
        done = subprocess.run([binary, "--db", db, "import", article, "--format", "article"],
                              capture_output=True, text=True, timeout=300)
        if done.returncode != 0:
            raise SystemExit(f"{article}: import failed ({done.returncode}): {done.stderr.strip()}")
        done = subprocess.run([binary, "--db", db, "timeline", "--include-unreviewed", "--include-private", "--json"],
                              capture_output=True, text=True, timeout=300)
        if done.returncode not in (0, 1):
            raise SystemExit(f"{article}: timeline failed ({done.returncode}): {done.stderr.strip()}")
        events = json.loads(done.stdout)["events"] if done.returncode == 0 else []
    out = []
    for e in events:
        if e["type"] not in CATEGORY_OF:
            continue
        roles = {}
        for p in e["participants"]:
            roles.setdefault(p["role"], []).append(p["name"])
        out.append({"type": e["type"], "date": e["date"], "status": e.get("status", ""),
                    "negated": e.get("negated", False), "roles": roles,
                    "quote": e["citations"][0]["quote"] if e["citations"] else ""})
    return out


class Tally:
    def __init__(self):
        self.matched_predictions = self.predictions = self.found = self.gold = 0

    def add(self, other):
        for k in vars(self):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    def precision(self):
        return self.matched_predictions / self.predictions if self.predictions else 0.0

    def recall(self):
        return self.found / self.gold if self.gold else 0.0


def score(preds, gold_events, forms, strict):
    tallies = {c: Tally() for c in CATEGORIES}
    for p in preds:
        t = tallies[CATEGORY_OF[p["type"]]]
        t.predictions += 1
        t.matched_predictions += any(matches(p, g, forms, strict) for g in gold_events)
    for g in gold_events:
        t = tallies[CATEGORY_OF[g["type"]]]
        t.gold += 1
        t.found += any(matches(p, g, forms, strict) for p in preds)
    return tallies


def describe(p):
    roles = "; ".join(f"{r}: {', '.join(n)}" for r, n in sorted(p["roles"].items()))
    extra = (" negated" if p["negated"] else "") + (f" {p['status']}" if p["status"] else "")
    return f"{p['type']} {p['date']}{extra} [{roles}]"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bin", default="build/allegraph")
    parser.add_argument("--corpus", default=DEFAULT_CORPUS)
    parser.add_argument("--min-precision", type=float)
    parser.add_argument("--min-recall", type=float)
    parser.add_argument("--details", action="store_true", help="list every prediction and gold event")
    args = parser.parse_args()
    golds = sorted(glob.glob(os.path.join(args.corpus, "*.gold.json")))
    if not golds:
        raise SystemExit(f"no *.gold.json in {args.corpus}: the corpus is read from ../shared/corpus/articles")
    totals = {strict: {c: Tally() for c in CATEGORIES} for strict in (False, True)}
    for path in golds:
        with open(path, encoding="utf-8") as f:
            gold = json.load(f)
        gold_events = [g for g in gold["events"] if g["type"] in CATEGORY_OF]
        forms = gold_names(gold["entities"])
        preds = predictions(args.bin, os.path.join(args.corpus, gold["article"]))
        per = {}
        for strict in (False, True):
            per[strict] = score(preds, gold_events, forms, strict)
            for c in CATEGORIES:
                totals[strict][c].add(per[strict][c])
        loose = Tally()
        for t in per[False].values():
            loose.add(t)
        print(f"{gold['article'][:60]:60}  predicted {loose.predictions:3}  right {loose.matched_predictions:3}  "
              f"gold {loose.gold:3}  found {loose.found:3}")
        if args.details:
            for p in preds:
                ok = "+" if any(matches(p, g, forms, False) for g in gold_events) else "-"
                print(f"   {ok} {describe(p)}\n        {p['quote'][:150]!r}")
            for g in gold_events:
                ok = "+" if any(matches(p, g, forms, False) for p in preds) else "MISSED"
                roles = "; ".join(f"{r}: {g[r]}" for r in ROLES if g.get(r))
                print(f"   gold {ok} {g['type']} {g['date']} [{roles}]")
    print()
    print(f"{'':12} {'loose P':>8} {'loose R':>8} {'strict P':>9} {'strict R':>9}   (predictions/gold)")
    overall = {}
    for strict in (False, True):
        overall[strict] = Tally()
        for t in totals[strict].values():
            overall[strict].add(t)
    for name in list(CATEGORIES) + ["overall"]:
        loose = totals[False][name] if name in CATEGORIES else overall[False]
        strict = totals[True][name] if name in CATEGORIES else overall[True]
        print(f"{name:12} {loose.precision():8.2f} {loose.recall():8.2f} {strict.precision():9.2f} "
              f"{strict.recall():9.2f}   ({loose.predictions}/{loose.gold})")
    p, r = overall[False].precision(), overall[False].recall()
    failed = (args.min_precision is not None and p < args.min_precision) or \
             (args.min_recall is not None and r < args.min_recall)
    if failed:
        print(f"\nbelow the bar: loose precision {p:.2f} (minimum {args.min_precision}), "
              f"recall {r:.2f} (minimum {args.min_recall})", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
