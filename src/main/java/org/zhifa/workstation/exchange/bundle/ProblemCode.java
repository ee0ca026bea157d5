package org.zhifa.workstation.exchange.bundle;

/** Why a bundle was refused: one code per check of docs/bundle-format.md ("Reading a bundle"). */
public enum ProblemCode {
    /** The file cannot be read at all (missing, a folder, unreadable). */
    UNREADABLE,
    /** Not a ZIP archive. */
    NOT_ZIP,
    /** A ZIP cut short, or damaged inside. */
    TRUNCATED,
    /** An entry path that is absolute, climbs out (..), uses a backslash or a drive letter, or is otherwise unsafe. */
    UNSAFE_PATH,
    /** The same entry path twice (also when only upper/lower case differs). */
    DUPLICATE_ENTRY,
    /** More entries than the limit. */
    TOO_MANY_ENTRIES,
    /** More bytes than the limit (the bundle, an entry, or all entries together). */
    TOO_LARGE,
    /** A compression ratio beyond the limit, or more bytes inflated than declared (zip bomb). */
    COMPRESSION_RATIO,
    /** The ZIP's central directory and its local entries disagree. */
    ZIP_INCONSISTENT,
    /** Bytes the signature does not cover: a ZIP comment, extra fields, entry comments, folders, encryption. */
    HIDDEN_DATA,
    /** manifest.json is missing. */
    MANIFEST_MISSING,
    /** manifest.json cannot be read or is not in its canonical form. */
    MANIFEST_MALFORMED,
    /** A manifest of a format version this program does not know. */
    UNKNOWN_VERSION,
    /** An entry's size differs from the manifest. */
    SIZE_MISMATCH,
    /** An entry's SHA-256 differs from the manifest. */
    HASH_MISMATCH,
    /** An entry in the ZIP that the manifest does not list. */
    NOT_IN_MANIFEST,
    /** An entry the manifest lists that is not in the ZIP. */
    MISSING_ENTRY,
    /** signature.json is missing or malformed, or the signature does not verify. */
    BAD_SIGNATURE,
    /** Signed by a key this installation does not trust. */
    UNKNOWN_KEY,
    /** Signed by a key this installation has revoked. */
    REVOKED_KEY,
    /** A bundle of a kind this side does not take, or one this installation wrote itself. */
    WRONG_KIND,
    /** A review result for a case revision that has changed since the case was sent. */
    STALE,
    /** A bundle that was imported here before: nothing changes. */
    REPLAY,
    /** The bundle's content (case, opinion, reference data) is inconsistent or invalid. */
    INVALID_CONTENT
}
