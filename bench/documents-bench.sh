#!/usr/bin/env bash
# Document benchmark (docs/performance.md): the 行政处罚决定书 as PDF and DOCX through the document service, warm and
# as a batch of 1,000, against LibreOffice headless converting the same filled DOCX (apt-get install
# libreoffice-writer-nogui).
#   bench/documents-bench.sh [WORK_DIR [ROUNDS [OFFICE_ROUNDS]]]    defaults: a temporary folder, 200, 10
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/jdk25.sh
. "$root/scripts/jdk25.sh"
zhifa_select_jdk25
if ! command -v soffice >/dev/null 2>&1; then
    echo "LibreOffice is needed for the baseline: apt-get install libreoffice-writer-nogui (or pass 0 as OFFICE_ROUNDS)." >&2
fi
cd "$root"
mvn -q -B -Dstyle.color=never test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
exec "$JAVA_HOME/bin/java" -Xmx1g -Dfile.encoding=UTF-8 \
    -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    org.zhifa.workstation.documents.bench.DocumentBench "$@"
