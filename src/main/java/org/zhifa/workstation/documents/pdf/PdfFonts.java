package org.zhifa.workstation.documents.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts of the PDF output. A Word font name is sorted into a family (小标宋 for titles, 仿宋 for the body, 黑体,
 * 楷体, 宋体); the official font file of that family is used when the machine has it (searched by file name under
 * /usr/share/fonts, ~/.fonts, C:\Windows\Fonts …), otherwise the bundled Noto Serif SC. Every font is embedded as a
 * subset (Identity-H). Title fonts that fall back to Noto Serif SC are drawn bold (simulated with a stroke), so a
 * title looks like a 小标宋 title.
 */
public final class PdfFonts {
    /** The bundled CJK font on the classpath. */
    public static final String BUNDLED_FONT = "/org/zhifa/workstation/fonts/NotoSerifSC-Regular.ttf";

    /** The family a Word font name belongs to. */
    public enum Family {
        /** 方正小标宋简体, 小标宋, 标宋: titles and the authority line. */
        TITLE,
        /** 仿宋_GB2312, 仿宋: body text. */
        FANGSONG,
        /** 黑体. */
        HEITI,
        /** 楷体_GB2312, 楷体. */
        KAITI,
        /** 宋体 and everything else. */
        SONG
    }

    private static final Map<Family, List<String>> OFFICIAL_FILES = Map.of(
            Family.TITLE, List.of("方正小标宋简体.ttf", "方正小标宋_gbk.ttf", "fzxbsjw.ttf",
                    "fzxbsk.ttf", "fzxbsjw--gb1-0.ttf", "fzxiaobiaosong-b05s.ttf", "fzxbsjw_0.ttf"),
            Family.FANGSONG, List.of("仿宋_gb2312.ttf", "fs_gb2312.ttf", "fangsong_gb2312.ttf", "仿宋_gb2312.ttc",
                    "simfang.ttf", "仿宋.ttf", "fangsong.ttf"),
            Family.HEITI, List.of("simhei.ttf", "黑体.ttf"),
            Family.KAITI, List.of("楷体_gb2312.ttf", "kaiti_gb2312.ttf", "simkai.ttf", "楷体.ttf"),
            Family.SONG, List.of("simsun.ttc", "simsun.ttf", "宋体.ttf"));

    private static final ConcurrentHashMap<String, BaseFont> LOADED = new ConcurrentHashMap<>();
    private static volatile Map<String, Path> installedFiles;

    private final boolean useInstalled;

    /** Fonts that prefer the official font files installed on the machine. */
    public PdfFonts() {
        this(true);
    }

    /** @param useInstalled false: always the bundled font (reproducible output, tests) */
    public PdfFonts(boolean useInstalled) {
        this.useInstalled = useInstalled;
    }

    /** The family of a Word font name (null or unknown: 宋体 family, rendered with the default font). */
    public static Family familyOf(String wordFontName) {
        if (wordFontName == null) {
            return Family.SONG;
        }
        String n = wordFontName.toLowerCase(Locale.ROOT);
        if (n.contains("标宋") || n.contains("xiaobiaosong") || n.contains("fzxbs") || n.contains("biaosong")) {
            return Family.TITLE;
        }
        if (n.contains("仿宋") || n.contains("fangsong") || n.contains("simfang")) {
            return Family.FANGSONG;
        }
        if (n.contains("黑体") || n.contains("simhei") || n.contains("heiti")) {
            return Family.HEITI;
        }
        if (n.contains("楷体") || n.contains("kaiti") || n.contains("simkai")) {
            return Family.KAITI;
        }
        return Family.SONG;
    }

    /** A font to draw with, and whether bold must be simulated because the face is not bold itself. */
    public record Face(BaseFont font, boolean official, boolean forceBold) { }

    /** The face for a Word font name. */
    public Face face(String wordFontName) {
        Family family = familyOf(wordFontName);
        if (useInstalled) {
            Optional<Path> file = installed(family);
            if (file.isPresent()) {
                try {
                    return new Face(load(file.get()), true, false);
                } catch (RuntimeException e) {
                    // a broken font file: fall back to the bundled one
                }
            }
        }
        return new Face(bundled(), false, family == Family.TITLE || family == Family.HEITI);
    }

    /** The bundled Noto Serif SC, loaded once. */
    public static BaseFont bundled() {
        return LOADED.computeIfAbsent(BUNDLED_FONT, k -> {
            try (InputStream in = PdfFonts.class.getResourceAsStream(BUNDLED_FONT)) {
                if (in == null) {
                    throw new IllegalStateException("bundled font missing: " + BUNDLED_FONT);
                }
                byte[] bytes = in.readAllBytes();
                return BaseFont.createFont("NotoSerifSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                        false, bytes, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static BaseFont load(Path file) {
        String name = file.toAbsolutePath().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String key = lower.endsWith(".ttc") ? name + ",0" : name;
        return LOADED.computeIfAbsent(key, k -> {
            try {
                return BaseFont.createFont(k, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The official font file of a family on this machine, if any. */
    public static Optional<Path> installed(Family family) {
        Map<String, Path> files = installedFiles();
        for (String candidate : OFFICIAL_FILES.getOrDefault(family, List.of())) {
            Path p = files.get(candidate);
            if (p != null) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Every font file under the usual font folders, by lower-case file name (scanned once). */
    private static Map<String, Path> installedFiles() {
        Map<String, Path> files = installedFiles;
        if (files == null) {
            synchronized (PdfFonts.class) {
                if (installedFiles == null) {
                    installedFiles = scan();
                }
                files = installedFiles;
            }
        }
        return files;
    }

    private static Map<String, Path> scan() {
        List<Path> roots = new ArrayList<>();
        String home = System.getProperty("user.home", "");
        roots.add(Path.of("/usr/share/fonts"));
        roots.add(Path.of("/usr/local/share/fonts"));
        if (!home.isBlank()) {
            roots.add(Path.of(home, ".fonts"));
            roots.add(Path.of(home, ".local", "share", "fonts"));
            roots.add(Path.of(home, "Library", "Fonts"));
        }
        String windir = System.getenv("WINDIR");
        roots.add(Path.of(windir == null || windir.isBlank() ? "C:\\Windows" : windir, "Fonts"));
        String local = System.getenv("LOCALAPPDATA");
        if (local != null && !local.isBlank()) {
            roots.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
        }
        roots.add(Path.of("/Library/Fonts"));
        Map<String, Path> out = new HashMap<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root, 5)) {
                walk.filter(Files::isRegularFile).forEach(p -> {
                    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                    if (name.endsWith(".ttf") || name.endsWith(".ttc")) {
                        out.putIfAbsent(name, p);
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                // an unreadable folder: skip it
            }
        }
        return out;
    }
}
