#!/usr/bin/env bash
# Runs each libFuzzer target of BUILD (made by `make fuzz`) for SECONDS, starting from the
# committed seeds in tests/fuzz/corpus/TARGET; what it learns goes to BUILD/corpus/TARGET,
# a crashing input to BUILD/crashes/. Prints each target's executions and coverage.
set -euo pipefail
build=${1:?usage: fuzz.sh BUILD SECONDS}
seconds=${2:?usage: fuzz.sh BUILD SECONDS}
# Allocation stacks off and a small quarantine: twice the executions a second, and a crash still shows its stack.
export ASAN_OPTIONS=${ASAN_OPTIONS:-quarantine_size_mb=8:malloc_context_size=0}
status=0
for target in json jsonl csv article timelinejs date redactor; do
  mkdir -p "$build/corpus/$target" "$build/crashes"
  log="$build/fuzz-$target.log"
  if ! "$build/tests/fuzz/fuzz_$target" "$build/corpus/$target" "tests/fuzz/corpus/$target" \
      -max_total_time="$seconds" -max_len=4096 -print_final_stats=1 \
      -artifact_prefix="$build/crashes/$target-" >"$log" 2>&1; then
    echo "fuzz_$target: FOUND A CRASH; see $log and $build/crashes/" >&2
    status=1
  fi
  runs=$(grep -m1 '^stat::number_of_executed_units' "$log" | awk '{print $2}')
  cov=$(grep -E '^#[0-9]+.*cov:' "$log" | tail -1 | sed -E 's/.*cov: ([0-9]+).*/\1/')
  echo "fuzz_$target: ${runs:-?} executions, coverage ${cov:-?} edges"
done
exit $status
