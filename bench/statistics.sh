#!/usr/bin/env bash
# The statistics bench (docs/performance.md): a month of exchanges into a fresh database's rollup, then the time the
# platform's reader takes to answer a month. On demand only; needs PostgreSQL (LGSP_BENCH_DB_URL) and a built lgsp-ejb.
#   bench/statistics.sh [exchanges] [jdbc url] [user]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# one invocation: the reactor resolves lgsp-common to its classes (nothing is installed)
mvn -B -o -q compile dependency:build-classpath -pl lgsp-ejb -am -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench-classpath.txt
cp="lgsp-ejb/target/classes:$(cat lgsp-ejb/target/bench-classpath.txt)"
exec java -Xmx1g -cp "$cp" bench/StatisticsBench.java "$@"
