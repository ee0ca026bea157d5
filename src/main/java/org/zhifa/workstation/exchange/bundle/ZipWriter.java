package org.zhifa.workstation.exchange.bundle;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A small ZIP writer for bundles: entries are STORED (large files, streamed once: the local header is written
 * first and its CRC and sizes filled in afterwards) or DEFLATED (small JSON, compressed in memory). No data
 * descriptors, no extra fields, no comments, UTF-8 names, one fixed timestamp (1980-01-01 00:00), no ZIP64 (a bundle
 * stays below 4 GiB). Both java.util.zip.ZipFile and ZipInputStream read the result, and the reader checks that they
 * agree. Tests use the general {@link #add} to build hostile archives.
 */
public final class ZipWriter implements Closeable {
    /** DOS date of 1980-01-01 (time 00:00:00 is 0). */
    public static final int FIXED_DOS_DATE = (1 << 5) | 1;
    private static final int FLAG_UTF8 = 0x0800;
    private static final long MAX32 = 0xFFFFFFFFL;

    private final FileChannel channel;
    private final List<Central> central = new ArrayList<>();
    private final CRC32 crc = new CRC32();
    private long position;
    private boolean finished;

    /** What was written for one entry. */
    public record Written(long size, long compressedSize, long crc, String sha256) { }

    private record Central(byte[] name, int method, long crc, long csize, long usize, long offset, byte[] extra,
                           byte[] comment) { }

    public ZipWriter(Path file) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** A STORED entry streamed from {@code in} in one pass (at most {@code limit} bytes). */
    public Written addStored(String name, InputStream in, long limit) throws IOException {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        long offset = position;
        writeLocalHeader(nameBytes, 0, 0, 0, 0, new byte[0]);
        crc.reset();
        HashingPipe.Result r = HashingPipe.copy(in, (b, off, len) -> {
            crc.update(b, off, len);
            write(ByteBuffer.wrap(b, off, len));
        }, Math.min(limit, MAX32));
        long value = crc.getValue();
        ByteBuffer patch = le(12).putInt((int) value).putInt((int) r.size()).putInt((int) r.size()).flip();
        while (patch.hasRemaining()) {
            channel.write(patch, offset + 14 + (12 - patch.remaining()));
        }
        central.add(new Central(nameBytes, 0, value, r.size(), r.size(), offset, new byte[0], new byte[0]));
        return new Written(r.size(), r.size(), value, r.sha256());
    }

    /**
     * A STORED entry copied from a file: the kernel copies the bytes into the bundle (FileChannel.transferTo) while
     * another thread reads the file once for its SHA-256 and CRC-32. A file that changes meanwhile (its size, or bytes
     * the receiver's hash check would catch) is refused here when the size differs.
     */
    public Written addStoredFile(String name, Path source, long limit) throws IOException {
        return addStoredFile(name, source, limit, null);
    }

    /**
     * As {@link #addStoredFile(String, Path, long)}; with {@code knownSha256} (a content-addressed file, named by its
     * SHA-256) the file is read once for its CRC-32 only and the known hash is listed: the receiver checks every
     * byte against it.
     */
    public Written addStoredFile(String name, Path source, long limit, String knownSha256) throws IOException {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ)) {
            long size = in.size();
            if (size > Math.min(limit, MAX32)) {
                throw new HashingPipe.LimitExceededException(Math.min(limit, MAX32));
            }
            long offset = position;
            writeLocalHeader(nameBytes, 0, 0, 0, 0, new byte[0]);
            CRC32 fileCrc = new CRC32();
            // one thread reads the file once for both sums; the kernel copies it meanwhile
            java.util.concurrent.FutureTask<HashingPipe.Result> hashing = new java.util.concurrent.FutureTask<>(() -> {
                java.security.MessageDigest md = knownSha256 == null ? HashingPipe.sha256() : null;
                byte[] buf = new byte[HashingPipe.CHUNK];
                long total = 0;
                try (InputStream stream = java.nio.file.Files.newInputStream(source)) {
                    for (int n; (n = stream.read(buf)) > 0; ) {
                        if (md != null) {
                            md.update(buf, 0, n);
                        }
                        fileCrc.update(buf, 0, n);
                        total += n;
                    }
                }
                return new HashingPipe.Result(total, md == null ? knownSha256 : java.util.HexFormat.of().formatHex(md.digest()));
            });
            Thread.ofPlatform().daemon().name("zhifa-hash-file").start(hashing);
            long start = position;
            long copied = 0;
            while (copied < size) {
                long n = in.transferTo(copied, size - copied, channel.position(start + copied));
                if (n <= 0) {
                    break;
                }
                copied += n;
            }
            position = start + copied;
            channel.position(position);
            check(position);
            // flush the copied bytes to the device while the other thread is still hashing
            channel.force(false);
            HashingPipe.Result r;
            try {
                r = hashing.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException();
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            }
            if (copied != size || r.size() != size) {
                throw new IOException("file changed while it was copied: " + source);
            }
            long value = fileCrc.getValue();
            ByteBuffer patch = le(12).putInt((int) value).putInt((int) size).putInt((int) size).flip();
            while (patch.hasRemaining()) {
                channel.write(patch, offset + 14 + (12 - patch.remaining()));
            }
            central.add(new Central(nameBytes, 0, value, size, size, offset, new byte[0], new byte[0]));
            return new Written(size, size, value, r.sha256());
        }
    }

    /** A small entry, DEFLATED. */
    public Written addDeflated(String name, byte[] data) throws IOException {
        return add(name, data, true, new byte[0], null);
    }

    /**
     * The general form, for tests that build hostile archives: any name (even twice), deflated or stored, with extra
     * field bytes and an entry comment.
     */
    public Written add(String name, byte[] data, boolean deflate, byte[] extra, String comment) throws IOException {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        crc.reset();
        crc.update(data);
        long value = crc.getValue();
        byte[] body = deflate ? deflate(data) : data;
        long offset = position;
        writeLocalHeader(nameBytes, deflate ? 8 : 0, value, body.length, data.length, extra);
        write(ByteBuffer.wrap(body));
        byte[] commentBytes = comment == null ? new byte[0] : comment.getBytes(StandardCharsets.UTF_8);
        central.add(new Central(nameBytes, deflate ? 8 : 0, value, body.length, data.length, offset, extra, commentBytes));
        var md = HashingPipe.sha256();
        return new Written(data.length, body.length, value, java.util.HexFormat.of().formatHex(md.digest(data)));
    }

    /** Writes the central directory and the end record; {@code comment} is for tests (bundles have none). */
    public void finish(String comment) throws IOException {
        if (central.size() > 0xFFFF) {
            throw new IOException("too many ZIP entries");
        }
        long start = position;
        for (Central c : central) {
            ByteBuffer h = le(46 + c.name().length + c.extra().length + c.comment().length);
            h.putInt(0x02014b50).putShort((short) 20).putShort((short) (c.method() == 8 ? 20 : 10))
                    .putShort((short) FLAG_UTF8).putShort((short) c.method()).putShort((short) 0)
                    .putShort((short) FIXED_DOS_DATE).putInt((int) c.crc()).putInt((int) c.csize())
                    .putInt((int) c.usize()).putShort((short) c.name().length).putShort((short) c.extra().length)
                    .putShort((short) c.comment().length).putShort((short) 0).putShort((short) 0).putInt(0)
                    .putInt((int) c.offset()).put(c.name()).put(c.extra()).put(c.comment());
            write(h.flip());
        }
        long size = position - start;
        byte[] commentBytes = comment == null ? new byte[0] : comment.getBytes(StandardCharsets.UTF_8);
        check(start);
        ByteBuffer end = le(22 + commentBytes.length);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) central.size())
                .putShort((short) central.size()).putInt((int) size).putInt((int) start)
                .putShort((short) commentBytes.length).put(commentBytes);
        write(end.flip());
        channel.force(false);
        finished = true;
    }

    public void finish() throws IOException {
        finish(null);
    }

    public boolean finished() {
        return finished;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private void writeLocalHeader(byte[] name, int method, long crcValue, long csize, long usize, byte[] extra)
            throws IOException {
        check(position);
        ByteBuffer h = le(30 + name.length + extra.length);
        h.putInt(0x04034b50).putShort((short) (method == 8 ? 20 : 10)).putShort((short) FLAG_UTF8)
                .putShort((short) method).putShort((short) 0).putShort((short) FIXED_DOS_DATE)
                .putInt((int) crcValue).putInt((int) csize).putInt((int) usize)
                .putShort((short) name.length).putShort((short) extra.length).put(name).put(extra);
        write(h.flip());
    }

    private void write(ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            position += channel.write(b);
        }
        check(position);
    }

    private static void check(long offset) throws IOException {
        if (offset > MAX32) {
            throw new IOException("bundle larger than 4 GiB");
        }
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] deflate(byte[] data) {
        Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            d.setInput(data);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 2));
            byte[] buf = new byte[64 * 1024];
            while (!d.finished()) {
                int n = d.deflate(buf);
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } finally {
            d.end();
        }
    }
}
