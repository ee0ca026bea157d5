#!/bin/sh
# Statistics and case-list benchmark (docs/performance.md, "统计与案件列表 / Statistics and case list").
#   bench/statistics.sh [DATA_DIR=target/bench-data] [COUNT=1000000] [FIRST_YEAR=2021] [LAST_YEAR=2025] [YEAR=LAST_YEAR]
# Writes COUNT generated cases into DATA_DIR (once: an existing database is reused), then times the annual
# statistics and the case list on it. Needs JDK 25 (JAVA_HOME) and the Maven repository (offline is fine).
set -e
cd "$(dirname "$0")/.."
DIR=${1:-target/bench-data}
COUNT=${2:-1000000}
FIRST=${3:-2021}
LAST=${4:-2025}
YEAR=${5:-$LAST}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
mvn -q -B -o test-compile
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
if [ ! -f "$DIR/zhifa.mv.db" ]; then
  "$JAVA" -Xmx3g -cp "$CP" org.zhifa.workstation.bench.GenerateCases "$DIR" "$COUNT" "$FIRST" "$LAST"
fi
"$JAVA" -Xmx2g -cp "$CP" org.zhifa.workstation.bench.StatisticsBenchmark "$DIR" "$YEAR" 7
