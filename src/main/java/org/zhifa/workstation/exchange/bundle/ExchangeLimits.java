package org.zhifa.workstation.exchange.bundle;

/**
 * The bounds a bundle must stay within before it is read any further (docs/bundle-format.md).
 *
 * @param maxEntries       entries in the ZIP (default 10,000)
 * @param maxTotalBytes    uncompressed bytes of all entries together (default 2 GiB); also bounds the bundle file
 * @param maxRatio         uncompressed : compressed, for entries (and the whole bundle) above {@code ratioFloorBytes}
 * @param ratioFloorBytes  below this size the ratio is not checked (small JSON compresses very well)
 * @param maxManifestBytes manifest.json (default 16 MiB)
 * @param maxJsonBytes     any other JSON entry read into memory (case.json …; default 64 MiB)
 */
public record ExchangeLimits(int maxEntries, long maxTotalBytes, int maxRatio, long ratioFloorBytes,
                             int maxManifestBytes, int maxJsonBytes) {
    public static final int MAX_SIGNATURE_BYTES = 4096;

    public ExchangeLimits {
        if (maxEntries < 3 || maxTotalBytes < 1024 || maxRatio < 1 || ratioFloorBytes < 0
                || maxManifestBytes < 1024 || maxJsonBytes < 1024) {
            throw new IllegalArgumentException("unreasonable exchange limits");
        }
    }

    public static ExchangeLimits defaults() {
        return new ExchangeLimits(10_000, 2L * 1024 * 1024 * 1024, 100, 1024 * 1024, 16 * 1024 * 1024,
                64 * 1024 * 1024);
    }

    /** The limits of the settings (entries, bytes, ratio); the other bounds keep their defaults. */
    public static ExchangeLimits of(org.zhifa.workstation.domain.settings.ExchangeSettings s) {
        return defaults().withMaxEntries(s.maxEntries()).withMaxTotalBytes(s.maxTotalMegabytes() * 1024L * 1024L)
                .withMaxRatio(s.maxCompressionRatio());
    }

    public ExchangeLimits withMaxEntries(int n) {
        return new ExchangeLimits(n, maxTotalBytes, maxRatio, ratioFloorBytes, maxManifestBytes, maxJsonBytes);
    }

    public ExchangeLimits withMaxTotalBytes(long n) {
        return new ExchangeLimits(maxEntries, n, maxRatio, ratioFloorBytes, maxManifestBytes, maxJsonBytes);
    }

    public ExchangeLimits withMaxRatio(int n) {
        return new ExchangeLimits(maxEntries, maxTotalBytes, n, ratioFloorBytes, maxManifestBytes, maxJsonBytes);
    }
}
