#!/usr/bin/env bash
# Regenerates the golden timelines of the curated case. Review every diff by eye
# before committing: a golden file is a promise about wording, dates and sources.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${ALLEGRAPH_BIN:-build/allegraph}
db=$(mktemp -d)/golden.db
"$bin" --db "$db" import data/weinstein-2017.json --text-root ../shared/seeds >/dev/null
for format in text md html timelinejs csv json; do
  "$bin" --db "$db" timeline "Harvey Weinstein" --format "$format" -o "tests/golden/weinstein.$format"
done
rm -rf "$(dirname "$db")"
