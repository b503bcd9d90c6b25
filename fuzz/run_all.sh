#!/usr/bin/env bash
# Runs every target for RUNS executions (default 1,000,000; at most
# MAX_SECONDS each, default 1200), one after another, and prints each
# one's final libFuzzer statistics (executions, coverage, corpus).
set -uo pipefail
cd "$(dirname "$0")"
RUNS=${RUNS:-1000000}
MAX_SECONDS=${MAX_SECONDS:-1200}
[ -d corpus ] || bash seed_corpora.sh
for target in ${TARGETS:-read_table structured_table expand import envelope}; do
  # No sanitizer: the code under test has no `unsafe` (forbidden workspace-wide),
  # and without ASan a run is several times faster.
  RUSTC_BOOTSTRAP=1 cargo fuzz run -O -s none "$target" -- \
    -runs="$RUNS" -max_total_time="$MAX_SECONDS" -max_len=1024 -print_final_stats=1 \
    > "fuzz-$target.log" 2>&1
  status=$?
  echo "$target: exit $status; $(grep -E '^#[0-9]+' "fuzz-$target.log" | tail -n 1 | cut -c1-120)"
  grep -E '^stat::(number_of_executed_units|average_exec_per_sec)' "fuzz-$target.log" | tr '\n' ' '
  echo
done
