#!/usr/bin/env bash
# Start-up benchmark: JVM start -> first interactive frame of the installed app-image (target/installer/zhifa,
# with its AOT cache) against a bare JavaFX window (bench/startup/BareWindow.java) packaged the same way
# (jpackage app-image on the same runtime, its own AOT training run), side by side, under Xvfb, -Dprism.order=sw.
#   bench/startup.sh [RUNS] [--build]     RUNS: measured runs of each (default 11); --build: build the app-image first
# Each run starts the launcher and reads its stdout: "zhifa-startup first-frame epoch_ms=N" (the workstation also
# reports main, fx-start and ready, when login is enabled). Reported: the median and range of the time from starting
# the launcher to each milestone (the JVM starts inside the launcher process). Runs alternate between the programs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/jdk25.sh
. "$root/scripts/jdk25.sh"
# shellcheck source=scripts/display.sh
. "$root/scripts/display.sh"
# shellcheck source=scripts/appimage.sh
. "$root/scripts/appimage.sh"
zhifa_select_jdk25 || exit 3
runs=11
build=false
for arg in "$@"; do
    case "$arg" in
        --build) build=true ;;
        [0-9]*) runs=$arg ;;
        *) echo "usage: bench/startup.sh [RUNS] [--build]" >&2; exit 1 ;;
    esac
done
image="$root/target/installer/zhifa"
if $build || [ ! -x "$image/bin/zhifa" ]; then
    "$root/scripts/build-installers" --app-image
fi
work="$root/target/bench-startup"
rm -rf "$work"
mkdir -p "$work/classes" "$work/input/lib"
ZHIFA_FORCE_XVFB=1 zhifa_need_display

echo "==> bare window app-image (same runtime as the workstation)"
fx_jars=("$image"/lib/app/lib/javafx-{base,graphics,controls}-*.jar)
javac -d "$work/classes" -cp "$(IFS=:; echo "${fx_jars[*]}")" "$root/bench/startup/BareWindow.java"
jar --create --file "$work/input/bare.jar" -C "$work/classes" .
cp "${fx_jars[@]}" "$work/input/lib/"
jpackage --type app-image --name bare --dest "$work" --input "$work/input" --main-jar bare.jar --main-class BareWindow \
    --runtime-image "$image/lib/runtime" --java-options --enable-native-access=ALL-UNNAMED \
    --java-options -Dfile.encoding=UTF-8
zhifa_aot_train "$work/bare" bare first-frame

echo "==> data directory with the demo township"
"$image/bin/zhifa" --data-dir "$work/data" demo >/dev/null

# one run: prints "FIRST_FRAME MAIN FX_START READY", milliseconds from starting the launcher ("-" when not reported)
run_once() {
    local launcher=$1 exit_after=$2
    shift 2
    local start line event at main="-" fx="-" first="-" ready="-"
    start=$(( $(date +%s%N) / 1000000 ))
    while IFS= read -r line; do
        [[ "$line" == "zhifa-startup "* ]] || continue
        event=${line#zhifa-startup }
        event=${event%% *}
        at=$(( ${line##*=} - start ))
        case "$event" in
            main) main=$at ;;
            fx-start) fx=$at ;;
            first-frame) first=$at ;;
            ready) ready=$at ;;
        esac
    done < <(JAVA_TOOL_OPTIONS="-Dprism.order=sw -Dzhifa.startup.report=true -Dzhifa.startup.exitAfter=$exit_after" \
        timeout 120 "$launcher" "$@" 2>/dev/null)
    echo "$first $main $fx $ready"
}

stats() { # median (min–max) of the numbers on stdin
    sort -n | awk '{v[NR]=$1} END {m = (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2; printf "%d ms (%d–%d)", m, v[1], v[NR]}'
}

echo "==> $runs runs each (one unmeasured warm-up), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
run_once "$image/bin/zhifa" ready --data-dir "$work/data" >/dev/null
run_once "$work/bare/bin/bare" first-frame >/dev/null
: >"$work/app.txt"
: >"$work/bare.txt"
for i in $(seq 1 "$runs"); do
    run_once "$image/bin/zhifa" ready --data-dir "$work/data" >>"$work/app.txt"
    run_once "$work/bare/bin/bare" first-frame >>"$work/bare.txt"
    echo "    run $i: workstation $(tail -1 "$work/app.txt") | bare $(tail -1 "$work/bare.txt")"
done
app_first=$(cut -d' ' -f1 "$work/app.txt" | stats)
bare_first=$(cut -d' ' -f1 "$work/bare.txt" | stats)
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "first interactive frame, from starting the launcher (median, min–max of $runs runs):"
echo "  workstation (login screen): $app_first"
echo "  bare JavaFX window:         $bare_first"
ratio=$(paste <(cut -d' ' -f1 "$work/app.txt" | sort -n) <(cut -d' ' -f1 "$work/bare.txt" | sort -n) \
    | awk '{a[NR]=$1; b[NR]=$2} END {i = int((NR+1)/2); printf "%.2f", a[i] / b[i]}')
echo "  ratio of the medians: $ratio"
echo "milestones: main() workstation $(cut -d' ' -f2 "$work/app.txt" | stats), bare $(cut -d' ' -f2 "$work/bare.txt" | stats)"
echo "  JavaFX start() workstation $(cut -d' ' -f3 "$work/app.txt" | stats), bare $(cut -d' ' -f3 "$work/bare.txt" | stats)"
echo "  workstation login enabled (database open): $(cut -d' ' -f4 "$work/app.txt" | stats)"
