package org.zhifa.workstation.exchange.bundle;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;
import org.zhifa.workstation.domain.text.Texts;

/**
 * Writes and reads manifest.json and signature.json. The written form is canonical: compact UTF-8 JSON, the
 * properties in a fixed order, absent values left out. Reading is strict (unknown or duplicate properties, trailing
 * content, wrong types are errors) and the bytes read must be exactly the canonical form of what they say, so a
 * signed manifest has one meaning only.
 */
public final class ManifestCodec {
    public static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    public static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern UUID_FORM = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z]+/[a-z0-9.+-]{1,90}");
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    private ManifestCodec() {
    }

    /** The canonical bytes of a manifest: what the signature covers. */
    public static byte[] write(Manifest m) {
        return bytes(m);
    }

    public static byte[] write(SignatureFile s) {
        return bytes(s);
    }

    private static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses and checks a manifest; refused with MANIFEST_MALFORMED or UNKNOWN_VERSION. */
    public static Manifest read(byte[] raw) {
        JsonNode tree = tree(raw, ProblemCode.MANIFEST_MALFORMED, "exchange.manifest.malformed");
        if (!tree.isObject()) {
            throw malformed(Texts.tr("exchange.manifest.notObject"));
        }
        JsonNode version = tree.get("formatVersion");
        if (version == null || !version.isIntegralNumber()) {
            throw malformed(Texts.tr("exchange.manifest.noVersion"));
        }
        if (!version.canConvertToInt() || version.intValue() != Manifest.FORMAT_VERSION) {
            throw new BundleRejectedException(ProblemCode.UNKNOWN_VERSION,
                    Texts.tr("exchange.manifest.unknownVersion", version.asText(), Manifest.FORMAT_VERSION));
        }
        Manifest m;
        try {
            m = MAPPER.treeToValue(tree, Manifest.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw malformed(Texts.tr("exchange.manifest.malformed", brief(e)));
        }
        check(m);
        if (!Arrays.equals(write(m), raw)) {
            throw malformed(Texts.tr("exchange.manifest.notCanonical"));
        }
        return m;
    }

    private static void check(Manifest m) {
        require(Manifest.FORMAT.equals(m.format()), "format");
        require(m.kind() != null, "kind");
        require(m.bundleId() != null && UUID_FORM.matcher(m.bundleId()).matches(), "bundleId");
        require(m.createdAt() != null && instant(m.createdAt()), "createdAt");
        require(m.source() != null && notBlank(m.source().authority(), 32) && notBlank(m.source().name(), 200), "source");
        require(m.signerKeyId() != null && KEY_ID.matcher(m.signerKeyId()).matches(), "signerKeyId");
        require(m.entries() != null, "entries");
        for (ManifestEntry e : m.entries()) {
            require(e != null && e.path() != null, "entries.path");
            require(e.size() >= 0, "entries.size");
            require(e.sha256() != null && SHA256.matcher(e.sha256()).matches(), "entries.sha256");
            require(e.mediaType() != null && MEDIA_TYPE.matcher(e.mediaType()).matches(), "entries.mediaType");
        }
        switch (m.kind()) {
            case CASE_BUNDLE -> {
                require(notBlank(m.caseNo(), 40), "caseNo");
                require(m.caseRevision() != null && m.caseRevision() > 0, "caseRevision");
                require(m.refersTo() == null && m.packVersion() == null, "refersTo");
            }
            case REVIEW_RESULT -> {
                require(notBlank(m.caseNo(), 40), "caseNo");
                require(m.caseRevision() != null && m.caseRevision() > 0, "caseRevision");
                require(m.refersTo() != null && m.refersTo().bundleId() != null
                        && UUID_FORM.matcher(m.refersTo().bundleId()).matches()
                        && m.refersTo().caseRevision() == m.caseRevision(), "refersTo");
                require(m.packVersion() == null, "packVersion");
            }
            case CATALOG_PACK -> {
                require(m.packVersion() != null && m.packVersion() > 0, "packVersion");
                require(m.caseNo() == null && m.caseRevision() == null && m.refersTo() == null, "caseNo");
            }
        }
    }

    /** Parses signature.json; refused with BAD_SIGNATURE when it is not a well-formed Ed25519 signature file. */
    public static SignatureFile readSignature(byte[] raw) {
        JsonNode tree = tree(raw, ProblemCode.BAD_SIGNATURE, "exchange.signature.malformed");
        SignatureFile s;
        try {
            s = MAPPER.treeToValue(tree, SignatureFile.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new BundleRejectedException(ProblemCode.BAD_SIGNATURE, Texts.tr("exchange.signature.malformed", brief(e)));
        }
        boolean ok = s != null && s.formatVersion() == Manifest.FORMAT_VERSION
                && SignatureFile.ALGORITHM.equals(s.algorithm())
                && s.keyId() != null && KEY_ID.matcher(s.keyId()).matches()
                && s.signature() != null && decodes(s.signature())
                && Arrays.equals(write(s), raw);
        if (!ok) {
            throw new BundleRejectedException(ProblemCode.BAD_SIGNATURE, Texts.tr("exchange.signature.malformed", ""));
        }
        return s;
    }

    private static boolean decodes(String base64) {
        try {
            return Base64.getDecoder().decode(base64).length == 64;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static JsonNode tree(byte[] raw, ProblemCode code, String key) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw));
            JsonNode tree = MAPPER.readTree(raw);
            if (tree == null || tree.isMissingNode()) {
                throw new BundleRejectedException(code, Texts.tr(key, ""));
            }
            return tree;
        } catch (CharacterCodingException e) {
            throw new BundleRejectedException(code, Texts.tr(key, "UTF-8"));
        } catch (java.io.IOException e) {
            throw new BundleRejectedException(code, Texts.tr(key, brief(e)));
        }
    }

    private static String brief(Exception e) {
        String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        if (m == null) {
            return "";
        }
        m = m.replaceAll("\\s+", " ");
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }

    private static boolean instant(String s) {
        try {
            Instant.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean notBlank(String s, int max) {
        return s != null && !s.isBlank() && s.length() <= max;
    }

    private static void require(boolean ok, String field) {
        if (!ok) {
            throw malformed(Texts.tr("exchange.manifest.badField", field));
        }
    }

    private static BundleRejectedException malformed(String message) {
        return new BundleRejectedException(ProblemCode.MANIFEST_MALFORMED, message);
    }
}
