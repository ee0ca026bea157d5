#!/usr/bin/env bash
# Exchange throughput benchmark (docs/performance.md): export and verify of a signed bundle around one large
# evidence file, against the raw SHA-256 of the same bytes.
#   bench/exchange-bench.sh [MIB [ROUNDS [WORK_DIR]]]      defaults: 512 MiB, 5 rounds, a temporary folder
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/jdk25.sh
. "$root/scripts/jdk25.sh"
zhifa_select_jdk25
cd "$root"
mvn -q -B -Dstyle.color=never test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
exec "$JAVA_HOME/bin/java" -Xmx512m -Dfile.encoding=UTF-8 \
    -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    org.zhifa.workstation.exchange.bench.ExchangeBench "$@"
