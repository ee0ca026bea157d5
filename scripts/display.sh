# Sourced by the installer and start-up scripts: a display for the GUI runs. Uses $DISPLAY when it is set, else
# starts a private Xvfb (1280x800, 24 bit) and stops it when the calling script exits.

zhifa_xvfb_pid=""

zhifa_need_display() {
    if [ -n "${DISPLAY:-}" ] && [ -z "${ZHIFA_FORCE_XVFB:-}" ]; then
        return 0
    fi
    if ! command -v Xvfb >/dev/null 2>&1; then
        echo "需要图形显示或 Xvfb（Debian/Ubuntu：apt-get install xvfb xauth）。" >&2
        return 1
    fi
    local fifo
    fifo=$(mktemp -u)
    mkfifo "$fifo"
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$fifo" >/dev/null 2>&1 &
    zhifa_xvfb_pid=$!
    local number
    read -r -t 20 number <"$fifo" || true
    rm -f "$fifo"
    if [ -z "$number" ]; then
        echo "Xvfb 没有启动。" >&2
        return 1
    fi
    export DISPLAY=":$number"
    trap zhifa_stop_display EXIT
}

zhifa_stop_display() {
    if [ -n "$zhifa_xvfb_pid" ]; then
        kill "$zhifa_xvfb_pid" 2>/dev/null || true
        wait "$zhifa_xvfb_pid" 2>/dev/null || true
        zhifa_xvfb_pid=""
    fi
}
