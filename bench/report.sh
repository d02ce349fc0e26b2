#!/usr/bin/env bash
# The report bench (docs/performance.md, "Reports"): a month of exchanges in the rollup (bench/statistics.sh generates
# it into lgsp_bench_statistics), then the time the report's readers and writers take over that month, and the heap
# they leave behind. On demand only; needs PostgreSQL and a built lgsp-ejb.
#   bench/report.sh [--reuse] [exchanges] [jdbc url] [user]     (--reuse: the month generated before)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
if [ "${1:-}" = "--reuse" ]; then
    shift
else
    bench/statistics.sh "$@"
fi
cp="lgsp-ejb/target/classes:$(cat lgsp-ejb/target/bench-classpath.txt)"
# A small heap on purpose: a month's report must not need more than its answer.
exec java -Xmx256m -Djava.awt.headless=true -cp "$cp" bench/ReportBench.java "$@"
