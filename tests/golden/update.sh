#!/usr/bin/env bash
# Regenerates the golden timelines of the curated case. Review every diff by eye
# before committing: a golden file is a promise about wording, dates and sources.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${ALLEGRAPH_BIN:-build/allegraph}
db=$(mktemp -d)/golden.db
"$bin" --db "$db" import data/weinstein-2017.json --text-root ../shared/seeds >/dev/null
for format in text md html timelinejs timelinejs-csv csv json; do
  "$bin" --db "$db" timeline "Harvey Weinstein" --format "$format" -o "tests/golden/weinstein.$format"
done
"$bin" --db "$db" export kumu -o tests/golden/weinstein.kumu.json
rm -rf tests/golden/weinstein-neo4j
"$bin" --db "$db" export neo4j -o tests/golden/weinstein-neo4j
"$bin" --db "$db" check --actor PGA --type termination_proceedings --subject weinstein --due 2017-11-06 \
  --format claimreview --org "Example Fact Desk" --review-url https://example.org/checks/pga --review-date 2017-10-21 \
  --claim-url https://example.com/post --claim-author "A Blogger" --claim-date 2017-10-17 >tests/golden/weinstein.claimreview.jsonld
rm -rf "$(dirname "$db")"
