package org.zhifa.workstation.documents.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The data that fills one template: named text fields ({@code {{party.name}}}), named lists for repeated table
 * rows ({@code {{#each evidence}}} … {@code {{item.name}}}) and named flags for optional blocks
 * ({@code {{#if hearingHeld}}} … {@code {{/if}}}).
 *
 * <p>Names are lower camel case with dots for groups. A field set to {@code null} counts as missing; an empty
 * string is a deliberate blank. Insertion order is kept (useful for debugging and tests). Not thread-safe; build
 * one per rendering.
 */
public final class FieldValues {

    private final Map<String, String> fields = new LinkedHashMap<>();
    private final Map<String, List<Map<String, String>>> lists = new LinkedHashMap<>();
    private final Map<String, Boolean> flags = new LinkedHashMap<>();

    public FieldValues() {
    }

    /** Sets a text field; {@code null} removes it (so that it counts as missing). Returns {@code this}. */
    public FieldValues put(String name, String value) {
        Objects.requireNonNull(name, "name");
        if (value == null) {
            fields.remove(name);
        } else {
            fields.put(name, value);
        }
        return this;
    }

    /** Sets every entry of {@code values} as a text field (prefixing each key with {@code prefix + "."} when the prefix is not empty). */
    public FieldValues putAll(String prefix, Map<String, String> values) {
        values.forEach((k, v) -> put(prefix == null || prefix.isEmpty() ? k : prefix + "." + k, v));
        return this;
    }

    /** Sets a list for {@code {{#each name}}} rows; every element maps item field names (without "item.") to text. */
    public FieldValues putList(String name, List<Map<String, String>> rows) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rows, "rows");
        lists.put(name, List.copyOf(rows.stream().map(r -> Collections.unmodifiableMap(new LinkedHashMap<>(r))).toList()));
        return this;
    }

    /** Sets a flag for {@code {{#if name}}} blocks. */
    public FieldValues putFlag(String name, boolean value) {
        Objects.requireNonNull(name, "name");
        flags.put(name, value);
        return this;
    }

    /** Copies every field, list and flag of {@code other} into this one (other's values win). */
    public FieldValues merge(FieldValues other) {
        fields.putAll(other.fields);
        lists.putAll(other.lists);
        flags.putAll(other.flags);
        return this;
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** The field's text, or {@code null} when missing. */
    public String value(String name) {
        return fields.get(name);
    }

    public boolean has(String name) {
        return fields.containsKey(name) || lists.containsKey(name) || flags.containsKey(name);
    }

    public Optional<List<Map<String, String>>> list(String name) {
        return Optional.ofNullable(lists.get(name));
    }

    /** The flag's value; a flag may also be given as a text field "true"/"false". Missing → empty. */
    public Optional<Boolean> flag(String name) {
        Boolean b = flags.get(name);
        if (b != null) {
            return Optional.of(b);
        }
        String s = fields.get(name);
        return s == null ? Optional.empty() : Optional.of("true".equalsIgnoreCase(s.strip()));
    }

    public Map<String, String> fields() {
        return Collections.unmodifiableMap(fields);
    }

    public Map<String, List<Map<String, String>>> lists() {
        return Collections.unmodifiableMap(lists);
    }

    public Map<String, Boolean> flags() {
        return Collections.unmodifiableMap(flags);
    }

    @Override
    public String toString() {
        return "FieldValues" + fields + lists + flags;
    }
}
