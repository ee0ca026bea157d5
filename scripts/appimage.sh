# Sourced by the installer and benchmark scripts: the AOT cache of a jpackage app-image (JDK 25, JEP 483/514).
#
# zhifa_aot_train IMAGE_DIR LAUNCHER EXIT_AFTER [ARGS...]
#   runs the app-image's own launcher once with -XX:AOTCacheOutput (the training run; the program exits by itself
#   after EXIT_AFTER, see -Dzhifa.startup.exitAfter), then points the launcher at the cache with -XX:AOTCache.
#   The cache lies in lib/app/LAUNCHER.aot; the JVM accepts it wherever the app-image is installed (the class path
#   is matched by its common prefix). Needs a display (scripts/display.sh).

zhifa_aot_train() {
    local image=$1 launcher=$2 exit_after=$3
    shift 3
    local cfg="$image/lib/app/$launcher.cfg" cache="$image/lib/app/$launcher.aot"
    [ -f "$cfg" ] || { echo "no launcher configuration $cfg" >&2; return 1; }
    sed -i '/-XX:AOTCache/d; /-Dzhifa.startup.exitAfter=/d; /-Dprism.order=/d' "$cfg"
    cp "$cfg" "$cfg.final"
    {
        echo "java-options=-XX:AOTCacheOutput=\$APPDIR/$launcher.aot"
        echo "java-options=-Dzhifa.startup.exitAfter=$exit_after"
        echo "java-options=-Dprism.order=sw"
    } >>"$cfg"
    rm -f "$cache"
    local log status=0
    log=$(mktemp)
    timeout 600 "$image/bin/$launcher" "$@" >"$log" 2>&1 || status=$?
    mv "$cfg.final" "$cfg"
    if [ "$status" -ne 0 ] || [ ! -s "$cache" ]; then
        cat "$log" >&2
        rm -f "$log"
        echo "AOT training run of $launcher failed (exit $status)" >&2
        return 1
    fi
    rm -f "$log"
    echo "java-options=-XX:AOTCache=\$APPDIR/$launcher.aot" >>"$cfg"
}
