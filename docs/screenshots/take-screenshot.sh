#!/usr/bin/env bash
# Rewrites docs/screenshots/main-window.png: starts the real main window headless (JavaFX Monocle, software
# rendering, the bundled CJK font) on a temporary data directory with the demo township, selects the case with
# the richest file and snapshots the window. No display, Xvfb or system CJK font is needed.
#   docs/screenshots/take-screenshot.sh [OUTPUT.png]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-$root/docs/screenshots/main-window.png}"
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac

if [ -f "$root/scripts/jdk25.sh" ]; then
    # shellcheck source=../../scripts/jdk25.sh
    . "$root/scripts/jdk25.sh"
    zhifa_select_jdk25 || exit 3
elif [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi

cd "$root"
# the opt-in screenshot test is skipped unless zhifa.screenshot names the output file
mvn -q -B test -Dtest=MainWindowScreenshot -Dsurefire.failIfNoSpecifiedTests=false -Dzhifa.screenshot="$out"
[ -s "$out" ] || { echo "no screenshot was written to $out" >&2; exit 1; }
echo "$out"
