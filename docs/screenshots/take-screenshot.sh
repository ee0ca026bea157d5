#!/usr/bin/env bash
# Rewrites the screenshots in docs/screenshots: starts the real application headless (JavaFX Monocle, software
# rendering, the bundled CJK font) on a temporary data directory with the demo township, logs in as o02 and
#   main-window.png  the case list with the case that has the richest file selected (today's date)
#   case-page.png    the case page of BD-2026-0007 (已告知): stepper, 决定 blocked by R17, coloured deadlines
#   todo.png         the 待办 page, overdue items first
#   review.png       the county's review screen of a received case bundle, a 补正 opinion being written
# case-page.png and todo.png are taken as of 2026-11-25 (the demo township's present), so they do not change with
# the day they are taken. No display, Xvfb or system CJK font is needed.
#   docs/screenshots/take-screenshot.sh [OUTPUT_DIR]
# ZHIFA_MVN_OPTS passes extra Maven options (e.g. -o to build offline).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-$root/docs/screenshots}"
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac
mkdir -p "$out"

if [ -f "$root/scripts/jdk25.sh" ]; then
    # shellcheck source=../../scripts/jdk25.sh
    . "$root/scripts/jdk25.sh"
    zhifa_select_jdk25 || exit 3
elif [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi

cd "$root"
# the opt-in screenshot tests are skipped unless their system property names the output
mvn -q -B ${ZHIFA_MVN_OPTS:-} test -Dtest='MainWindowScreenshot,WorkflowScreenshot,ReviewScreensTest' -Dsurefire.failIfNoSpecifiedTests=false \
    -Dzhifa.screenshot="$out/main-window.png" -Dzhifa.screenshots="$out"
for f in main-window.png case-page.png todo.png review.png; do
    [ -s "$out/$f" ] || { echo "no screenshot was written to $out/$f" >&2; exit 1; }
    echo "$out/$f"
done
