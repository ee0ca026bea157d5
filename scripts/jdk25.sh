# Sourced by the repository's scripts: selects a JDK 25 and exports JAVA_HOME and PATH.
# Order: $JAVA_HOME when it is JDK 25 or newer, then the Temurin JDK 25 under /usr/lib/jvm, then any JDK 25 there.

zhifa_java_major() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

zhifa_select_jdk25() {
    local candidate major
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25-jdk-arm64 \
                     /usr/lib/jvm/temurin-25* /usr/lib/jvm/java-25* /usr/lib/jvm/*-25-*; do
        [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
        major=$(zhifa_java_major "$candidate")
        if [ -n "$major" ] && [ "$major" -ge 25 ]; then
            export JAVA_HOME="$candidate"
            export PATH="$JAVA_HOME/bin:$PATH"
            # Maven's own libraries use sun.misc.Unsafe; JDK 25 warns about it on every build.
            export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
            return 0
        fi
    done
    echo "需要 JDK 25，但本机没有找到。请安装 Temurin JDK 25（Debian/Ubuntu：在 Adoptium 软件源中安装 temurin-25-jdk），或把 JAVA_HOME 指向一个 JDK 25。" >&2
    echo "JDK 25 is required and none was found: install Temurin JDK 25 (package temurin-25-jdk) or set JAVA_HOME to a JDK 25." >&2
    return 1
}
