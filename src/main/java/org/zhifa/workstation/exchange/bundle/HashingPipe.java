package org.zhifa.workstation.exchange.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Copies a stream in chunks of {@value #CHUNK} bytes while computing its SHA-256, never holding more than a few
 * chunks in memory. From the second chunk on, the hash runs on a helper thread while the caller's thread writes the
 * chunk (and, in the ZIP writer, computes the CRC), so on a machine with two cores exporting and verifying run close
 * to the speed of hashing alone (docs/performance.md).
 */
public final class HashingPipe {
    public static final int CHUNK = 1 << 20;
    private static final int BUFFERS = 3;

    /** Where the bytes go (may do nothing). */
    @FunctionalInterface
    public interface Sink {
        void write(byte[] b, int off, int len) throws IOException;
    }

    /** The bytes copied and their SHA-256 (lower-case hex). */
    public record Result(long size, String sha256) { }

    /** More bytes than the limit were offered. */
    public static final class LimitExceededException extends IOException {
        private static final long serialVersionUID = 1L;

        public LimitExceededException(long limit) {
            super("more than " + limit + " bytes");
        }
    }

    private HashingPipe() {
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Copies {@code in} to {@code sink}, at most {@code limit} bytes: a stream with more fails with
     * {@link LimitExceededException} as soon as the extra byte is read.
     */
    public static Result copy(InputStream in, Sink sink, long limit) throws IOException {
        MessageDigest md = sha256();
        byte[][] buffers = new byte[BUFFERS][];
        Future<?>[] pending = new Future<?>[BUFFERS];
        ExecutorService hasher = null;
        long total = 0;
        try {
            for (int i = 0; ; i++) {
                int slot = i % BUFFERS;
                await(pending[slot]);
                if (buffers[slot] == null) {
                    buffers[slot] = new byte[i == 0 ? 64 * 1024 : CHUNK];
                }
                byte[] buf = buffers[slot];
                int n = fill(in, buf);
                if (n == 0) {
                    break;
                }
                total += n;
                if (total > limit) {
                    throw new LimitExceededException(limit);
                }
                if (i == 0 && n < buf.length) {
                    md.update(buf, 0, n);
                    sink.write(buf, 0, n);
                    continue;
                }
                if (hasher == null) {
                    hasher = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon().name("zhifa-sha256").unstarted(r));
                }
                final int len = n;
                pending[slot] = hasher.submit(() -> md.update(buf, 0, len));
                sink.write(buf, 0, n);
            }
            for (Future<?> f : pending) {
                await(f);
            }
            return new Result(total, HexFormat.of().formatHex(md.digest()));
        } finally {
            if (hasher != null) {
                hasher.shutdownNow();
            }
        }
    }

    private static int fill(InputStream in, byte[] buf) throws IOException {
        int n = 0;
        while (n < buf.length) {
            int r = in.read(buf, n, buf.length - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        return n;
    }

    private static void await(Future<?> f) throws IOException {
        if (f == null) {
            return;
        }
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
    }
}
