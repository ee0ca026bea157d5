package org.zhifa.workstation.domain.settings;

/**
 * The bounds a bundle file must stay within before it is read any further (docs/bundle-format.md): a bundle beyond
 * them is refused with its reason.
 *
 * @param maxEntries          entries in the ZIP (default 10,000)
 * @param maxTotalMegabytes   uncompressed size of all entries together, in MiB (default 2,048)
 * @param maxCompressionRatio uncompressed : compressed of an entry and of the whole bundle (default 100; a zip bomb
 *                            goes far beyond)
 */
public record ExchangeSettings(int maxEntries, int maxTotalMegabytes, int maxCompressionRatio) {
    public static final int MIN_ENTRIES = 3;
    public static final int MAX_ENTRIES = 1_000_000;
    public static final int MAX_MEGABYTES = 1024 * 1024;
    public static final int MAX_RATIO = 10_000;

    public ExchangeSettings {
        if (maxEntries < MIN_ENTRIES || maxEntries > MAX_ENTRIES) {
            throw new IllegalArgumentException("maxEntries must be " + MIN_ENTRIES + ".." + MAX_ENTRIES + ": " + maxEntries);
        }
        if (maxTotalMegabytes < 1 || maxTotalMegabytes > MAX_MEGABYTES) {
            throw new IllegalArgumentException("maxTotalMegabytes must be 1.." + MAX_MEGABYTES + ": " + maxTotalMegabytes);
        }
        if (maxCompressionRatio < 1 || maxCompressionRatio > MAX_RATIO) {
            throw new IllegalArgumentException("maxCompressionRatio must be 1.." + MAX_RATIO + ": " + maxCompressionRatio);
        }
    }

    public static ExchangeSettings defaults() {
        return new ExchangeSettings(10_000, 2048, 100);
    }
}
