package org.zhifa.workstation.l10n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhifa.workstation.domain.text.Texts;

/**
 * Keeps the message bundles (messages.properties and the further bundles Texts searches) and the code in step: every
 * key the code uses exists, every key is used, no key twice (within a bundle or across bundles), no blank value,
 * valid UTF-8, and every label-bearing domain enum has a label for each constant.
 *
 * <p>"Used" means: a string literal passed whole to {@code Texts.tr("…")} (or to a statically imported
 * {@code tr("…")}) or whole to any other call (a helper that translates it), a picocli {@code descriptionKey = "…"}
 * (picocli reads it from the same bundle), or a key
 * {@code EnumSimpleName.CONSTANT} naming an existing constant of an enum under {@code org.zhifa.workstation.domain}
 * (shown through {@code Texts.label}). A key built at run time from a literal prefix, {@code Texts.tr("rule." + id)},
 * cannot be checked statically: keys under such a prefix count as used, and the prefix itself is not a key.
 */
class MessagesBundleTest {
    /** The main bundle, where the GUI's keys live; Texts may search further bundles (see bundleNames()). */
    private static final String BUNDLE_PATH = "src/main/resources/org/zhifa/workstation/messages.properties";
    private static final String DOMAIN_PACKAGE = "org.zhifa.workstation.domain";
    /**
     * The enums whose labels appear on screen or in documents: each constant needs a key. The type of the history
     * line's kind ({@code CaseEvent.kind}, shown in 办案经过) is added by reflection, so the check follows the domain.
     */
    private static final List<String> LABELLED_ENUMS = List.of("CaseState", "ProcedureKind", "CaseSource",
            "PartyKind", "OfficerRole", "CertificateStatus", "OfficerDuty", "EvidenceKind", "PenaltyType",
            "TierLevel");

    /** A literal first argument: group 1 the text, group 2 the next character ("," or ")" whole key, "+" a prefix). */
    private static final Pattern TR_CALL = Pattern.compile("\\bTexts\\s*\\.\\s*tr\\s*\\(\\s*\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"\\s*([,)+])");
    private static final Pattern STATIC_TR_CALL = Pattern.compile("(?<![\\w.])tr\\s*\\(\\s*\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"\\s*([,)+])");
    private static final Pattern STATIC_TR_IMPORT = Pattern.compile(
            "import\\s+static\\s+org\\.zhifa\\.workstation\\.domain\\.text\\.Texts\\.(tr|\\*)\\s*;");
    private static final Pattern DESCRIPTION_KEY = Pattern.compile("\\bdescriptionKey\\s*=\\s*\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"\\s*([,)])");
    /**
     * Any string literal passed whole as an argument (or as a branch of a conditional argument), e.g. to a helper
     * that calls Texts.tr with it.
     */
    private static final Pattern ARGUMENT_LITERAL =
            Pattern.compile("(?<=[(,?:])\\s*\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"\\s*(?=([,):]))");
    private static final Pattern ENUM_KEY = Pattern.compile("([A-Z][A-Za-z0-9]*)\\.([A-Z][A-Z0-9_]*)");
    private static final Pattern ENUM_DECLARATION = Pattern.compile("\\benum\\s+([A-Z][A-Za-z0-9]*)\\b");

    private static Path root;
    /** Every bundle file Texts reads, with its keys in file order (duplicates kept). */
    private static Map<String, List<String>> keysByFile;
    /** The union of all bundles. */
    private static Properties bundle;
    private static Map<String, Path> sources;

    @BeforeAll
    static void read() throws IOException {
        String configured = System.getProperty("zhifa.repo.root");
        root = (configured == null || configured.isBlank() ? Path.of("") : Path.of(configured)).toAbsolutePath();
        keysByFile = new LinkedHashMap<>();
        bundle = new Properties();
        for (String name : bundleNames()) {
            String relative = "src/main/resources/" + name.replace('.', '/') + ".properties";
            Path file = root.resolve(relative);
            assertThat(file).as("message bundle " + name).isRegularFile();
            String text = decodeStrictUtf8(relative, Files.readAllBytes(file));
            keysByFile.put(relative, keysOf(text));
            Properties one = new Properties();
            one.load(new StringReader(text));
            one.forEach(bundle::putIfAbsent);
        }
        assertThat(keysByFile).containsKey(BUNDLE_PATH);
        sources = new HashMap<>();
        try (Stream<Path> files = Files.walk(root.resolve("src/main/java"))) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> sources.put(p.toString(), p));
        }
        assertThat(sources).as("main sources under " + root).isNotEmpty();
    }

    /** The bundles Texts searches: its BUNDLES list when it has one, else the single BUNDLE. */
    @SuppressWarnings("unchecked")
    private static List<String> bundleNames() {
        try {
            return (List<String>) Texts.class.getField("BUNDLES").get(null);
        } catch (NoSuchFieldException e) {
            return List.of(Texts.BUNDLE);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void isValidUtf8WithoutDuplicateKeys() {
        Map<String, List<String>> filesByKey = new TreeMap<>();
        keysByFile.forEach((file, keys) -> keys.forEach(k -> filesByKey.computeIfAbsent(k, x -> new ArrayList<>()).add(file)));
        Map<String, List<String>> duplicates = new TreeMap<>(filesByKey);
        duplicates.values().removeIf(files -> files.size() == 1);
        assertThat(duplicates).as("keys defined more than once (in one bundle or in two)").isEmpty();
        assertThat(filesByKey).hasSize(bundle.size());
    }

    @Test
    void everyValueIsNonBlank() {
        List<String> blank = bundle.stringPropertyNames().stream()
                .filter(k -> bundle.getProperty(k).isBlank()).sorted().toList();
        assertThat(blank).as("keys with a blank value").isEmpty();
    }

    @Test
    void everyKeyUsedInCodeIsDefined() throws IOException {
        Set<String> missing = new TreeSet<>(literalKeysUsed());
        missing.removeAll(bundle.stringPropertyNames());
        assertThat(missing).as("keys used in src/main/java but missing from the message bundles").isEmpty();
    }

    @Test
    void everyDefinedKeyIsUsed() throws IOException {
        Set<String> used = literalKeysUsed();
        used.addAll(argumentLiterals());
        Set<String> prefixes = dynamicPrefixesUsed();
        Set<String> unused = new TreeSet<>();
        for (String key : bundle.stringPropertyNames()) {
            boolean dynamic = prefixes.stream().anyMatch(p -> !p.isEmpty() && key.startsWith(p) && key.length() > p.length());
            if (!used.contains(key) && !isEnumLabel(key) && !dynamic) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys in the message bundles that no code uses (or enum constants that do not exist)")
                .isEmpty();
    }

    @Test
    void everyLabelledEnumConstantHasALabel() throws IOException {
        List<String> missing = new ArrayList<>();
        List<String> labelled = new ArrayList<>(LABELLED_ENUMS);
        labelled.add(historyKindEnum().getSimpleName());
        for (String simpleName : labelled) {
            Optional<Class<?>> type = findDomainEnum(simpleName);
            assertThat(type).as("enum " + simpleName + " under " + DOMAIN_PACKAGE).isPresent();
            for (Object constant : type.get().getEnumConstants()) {
                String key = simpleName + "." + ((Enum<?>) constant).name();
                if (!bundle.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        assertThat(missing).as("enum labels missing from the message bundles").isEmpty();
    }

    /** The enum type of {@code CaseEvent.kind()}, whose constants label the lines of a case's history. */
    private static Class<?> historyKindEnum() {
        try {
            Class<?> event = Class.forName(DOMAIN_PACKAGE + ".cases.CaseEvent");
            Class<?> kind = Arrays.stream(event.getRecordComponents())
                    .filter(c -> c.getName().equals("kind")).findFirst().orElseThrow().getType();
            assertThat(kind.isEnum()).as("CaseEvent.kind is an enum").isTrue();
            return kind;
        } catch (ClassNotFoundException e) {
            throw new AssertionError("CaseEvent not found", e);
        }
    }

    /** Keys passed whole as literals: {@code Texts.tr("a.b", …)}, {@code descriptionKey = "a.b"}. */
    private static Set<String> literalKeysUsed() throws IOException {
        return scan(false);
    }

    /** Literal prefixes of keys built at run time: {@code Texts.tr("rule." + code)}. */
    private static Set<String> dynamicPrefixesUsed() throws IOException {
        return scan(true);
    }

    /**
     * Literals passed whole as an argument to any call, for keys handed to a helper that translates them
     * ({@code require(ok, "import.error.missing", "cause")}). Only counts toward "used", never toward "must exist".
     */
    private static Set<String> argumentLiterals() throws IOException {
        Set<String> found = new TreeSet<>();
        for (Path source : sources.values()) {
            collect(ARGUMENT_LITERAL, Files.readString(source, StandardCharsets.UTF_8), found, false);
        }
        return found;
    }

    private static Set<String> scan(boolean prefixes) throws IOException {
        Set<String> found = new TreeSet<>();
        for (Path source : sources.values()) {
            String code = Files.readString(source, StandardCharsets.UTF_8);
            collect(TR_CALL, code, found, prefixes);
            collect(DESCRIPTION_KEY, code, found, prefixes);
            if (STATIC_TR_IMPORT.matcher(code).find()) {
                collect(STATIC_TR_CALL, code, found, prefixes);
            }
        }
        return found;
    }

    private static void collect(Pattern pattern, String code, Set<String> into, boolean prefixes) {
        Matcher m = pattern.matcher(code);
        while (m.find()) {
            if (m.group(2).equals("+") == prefixes) {
                into.add(m.group(1));
            }
        }
    }

    /** True when the key is EnumSimpleName.CONSTANT for an existing domain enum and constant. */
    private static boolean isEnumLabel(String key) {
        Matcher m = ENUM_KEY.matcher(key);
        if (!m.matches()) {
            return false;
        }
        Optional<Class<?>> type = findDomainEnum(m.group(1));
        return type.isPresent() && Arrays.stream(type.get().getEnumConstants())
                .anyMatch(c -> ((Enum<?>) c).name().equals(m.group(2)));
    }

    private static final Map<String, Optional<Class<?>>> ENUMS = new HashMap<>();

    /** Finds "enum SimpleName" in the domain sources and loads it. */
    private static Optional<Class<?>> findDomainEnum(String simpleName) {
        return ENUMS.computeIfAbsent(simpleName, name -> {
            Path domain = root.resolve("src/main/java/" + DOMAIN_PACKAGE.replace('.', '/'));
            for (Path source : sources.values()) {
                if (!source.startsWith(domain) || !source.getFileName().toString().equals(name + ".java")) {
                    continue;
                }
                try {
                    String code = Files.readString(source, StandardCharsets.UTF_8);
                    Matcher decl = ENUM_DECLARATION.matcher(code);
                    while (decl.find()) {
                        if (decl.group(1).equals(name)) {
                            String pkg = root.resolve("src/main/java").relativize(source.getParent()).toString()
                                    .replace(source.getFileSystem().getSeparator(), ".");
                            Class<?> type = Class.forName(pkg + "." + name);
                            return type.isEnum() ? Optional.of(type) : Optional.empty();
                        }
                    }
                } catch (IOException | ClassNotFoundException e) {
                    throw new IllegalStateException("cannot read enum " + name, e);
                }
            }
            return Optional.empty();
        });
    }

    private static String decodeStrictUtf8(String file, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(file + " is not valid UTF-8: " + e, e);
        }
    }

    /** The keys in file order (duplicates kept), following the java.util.Properties line rules. */
    private static List<String> keysOf(String text) {
        List<String> keys = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        boolean continuation = false;
        for (String raw : lines) {
            String line = raw.stripLeading();
            boolean wasContinuation = continuation;
            boolean comment = !wasContinuation && (line.startsWith("#") || line.startsWith("!"));
            continuation = !comment && endsWithOddBackslashes(raw);
            if (wasContinuation || comment || line.isEmpty()) {
                continue;
            }
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (ch == '\\' && i + 1 < line.length()) {
                    key.append(line.charAt(++i));
                } else if (ch == '=' || ch == ':' || Character.isWhitespace(ch)) {
                    break;
                } else {
                    key.append(ch);
                }
            }
            keys.add(key.toString());
        }
        return keys;
    }

    private static boolean endsWithOddBackslashes(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }
}
