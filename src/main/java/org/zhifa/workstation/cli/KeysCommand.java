package org.zhifa.workstation.cli;

import static org.zhifa.workstation.cli.BundleCommand.exchange;
import static org.zhifa.workstation.cli.BundleCommand.refusing;
import static org.zhifa.workstation.cli.BundleCommand.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.exchange.keys.KeyInfo;
import org.zhifa.workstation.exchange.keys.KeyService;
import org.zhifa.workstation.exchange.keys.KeyStatus;
import org.zhifa.workstation.exchange.keys.PublicKeyFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zhifa keys export --out FILE | import FILE | list [--json] | revoke KEY_ID}: this installation's Ed25519 key
 * and the keys it trusts. The fingerprint is read out over the phone before a key is imported.
 */
@Command(name = "keys", mixinStandardHelpOptions = true, resourceBundle = BundleCommand.TEXTS,
        subcommands = {KeysCommand.ExportCommand.class, KeysCommand.ImportCommand.class, KeysCommand.ListCommand.class,
                KeysCommand.RevokeCommand.class})
final class KeysCommand {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Sets the Chinese descriptions of {@code keys} and its sub-commands; called from {@code Cli.describe}. */
    static void describe(CommandLine keys) {
        keys.getCommandSpec().usageMessage().description(Texts.tr("exchange.cli.desc.keys"));
        keys.getSubcommands().get("export").getCommandSpec().usageMessage().description(Texts.tr("exchange.cli.desc.keys.export"));
        keys.getSubcommands().get("import").getCommandSpec().usageMessage().description(Texts.tr("exchange.cli.desc.keys.import"));
        keys.getSubcommands().get("list").getCommandSpec().usageMessage().description(Texts.tr("exchange.cli.desc.keys.list"));
        keys.getSubcommands().get("revoke").getCommandSpec().usageMessage().description(Texts.tr("exchange.cli.desc.keys.revoke"));
    }

    /** {@code zhifa keys export --out FILE [--authority CODE] [--owner NAME]}: the public-key file for the other side. */
    @Command(name = "export", mixinStandardHelpOptions = true, resourceBundle = BundleCommand.TEXTS)
    static final class ExportCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "exchange.cli.option.keyOut")
        Path out;

        @Option(names = "--authority", paramLabel = "CODE", descriptionKey = "exchange.cli.option.authority")
        String authority;

        @Option(names = "--owner", paramLabel = "NAME", descriptionKey = "exchange.cli.option.owner")
        String owner;

        @Override
        public Integer call() {
            try (CliServices services = ZhifaCommand.rootOf(spec).open()) {
                PublicKeyFile f = refusing(() -> exchange(services).keys().exportPublicKey(out, authority, owner));
                System.out.println(Texts.tr("exchange.cli.keys.exported", out.toAbsolutePath()));
                System.out.println(Texts.tr("exchange.cli.keys.fingerprint", f.fingerprint()));
                System.out.println(Texts.tr("exchange.cli.keys.owner", f.authorityName() == null
                        ? Texts.tr("exchange.key.unbound") : f.authorityName(), f.owner()));
                return ExitCodes.OK;
            }
        }
    }

    /**
     * {@code zhifa keys import FILE [--fingerprint "XXXX XXXX …"]}: trust the key of a public-key file. With
     * --fingerprint the key is trusted only when it matches what the other side read out.
     */
    @Command(name = "import", mixinStandardHelpOptions = true, resourceBundle = BundleCommand.TEXTS)
    static final class ImportCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "exchange.cli.param.keyFile")
        Path file;

        @Option(names = "--fingerprint", paramLabel = "FINGERPRINT", descriptionKey = "exchange.cli.option.fingerprint")
        String fingerprint;

        @Override
        public Integer call() {
            try (CliServices services = ZhifaCommand.rootOf(spec).open()) {
                KeyService keys = exchange(services).keys();
                PublicKeyFile f = refusing(() -> keys.readPublicKeyFile(file));
                String actual = org.zhifa.workstation.exchange.bundle.BundleReader.fingerprint(f.keyId());
                if (fingerprint != null && !compact(fingerprint).equals(compact(actual))) {
                    throw new InputRejectedException(Texts.tr("exchange.cli.keys.fingerprintMismatch", actual, fingerprint));
                }
                KeyService.ImportResult r = refusing(() -> keys.importPublicKey(file, session()));
                System.out.println(r.status() == KeyService.ImportStatus.TRUSTED
                        ? Texts.tr("exchange.cli.keys.trusted", r.key().label())
                        : Texts.tr("exchange.cli.keys.alreadyTrusted", r.key().label()));
                System.out.println(Texts.tr("exchange.cli.keys.fingerprint", actual));
                if (fingerprint == null) {
                    System.out.println(Texts.tr("exchange.cli.keys.checkByPhone"));
                }
                return ExitCodes.OK;
            }
        }

        private static String compact(String s) {
            return s.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        }
    }

    /** {@code zhifa keys list [--json]}. */
    @Command(name = "list", mixinStandardHelpOptions = true, resourceBundle = BundleCommand.TEXTS)
    static final class ListCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--json", descriptionKey = "exchange.cli.option.json")
        boolean json;

        @Override
        public Integer call() throws JsonProcessingException {
            try (CliServices services = ZhifaCommand.rootOf(spec).open()) {
                List<KeyInfo> keys = refusing(() -> exchange(services).keys().list());
                if (json) {
                    ArrayNode array = JSON.createArrayNode();
                    for (KeyInfo k : keys) {
                        ObjectNode n = array.addObject();
                        n.put("keyId", k.keyId());
                        n.put("fingerprint", k.fingerprint());
                        n.put("status", k.status().name());
                        n.put("authority", k.authorityCode());
                        n.put("authorityName", k.authorityName());
                        n.put("owner", k.ownerName());
                        n.put("created", k.created() == null ? null : k.created().toString());
                        n.put("trustedAt", k.trustedAt() == null ? null : k.trustedAt().toString());
                        n.put("revokedAt", k.revokedAt() == null ? null : k.revokedAt().toString());
                        n.put("revokeReason", k.revokeReason());
                    }
                    System.out.println(JSON.writeValueAsString(array));
                    return ExitCodes.OK;
                }
                System.out.println(Texts.tr("exchange.cli.keys.header"));
                for (KeyInfo k : keys) {
                    System.out.println(String.join("\t", status(k.status()), k.fingerprint(), k.label(),
                            k.created() == null ? "" : k.created().toString(),
                            k.revokeReason() == null ? "" : k.revokeReason()));
                }
                System.out.println(Texts.tr("exchange.cli.keys.count", keys.size()));
                return ExitCodes.OK;
            }
        }

        private static String status(KeyStatus s) {
            return switch (s) {
                case OWN -> Texts.tr("exchange.cli.keys.own");
                case TRUSTED -> Texts.tr("exchange.cli.keys.statusTrusted");
                case REVOKED -> Texts.tr("exchange.cli.keys.statusRevoked");
            };
        }
    }

    /** {@code zhifa keys revoke KEY_ID [--reason TEXT]}: bundles signed with the key are refused from now on. */
    @Command(name = "revoke", mixinStandardHelpOptions = true, resourceBundle = BundleCommand.TEXTS)
    static final class RevokeCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "KEY_ID", descriptionKey = "exchange.cli.param.keyId")
        String keyId;

        @Option(names = "--reason", paramLabel = "TEXT", descriptionKey = "exchange.cli.option.reason")
        String reason;

        @Override
        public Integer call() {
            try (CliServices services = ZhifaCommand.rootOf(spec).open()) {
                KeyInfo k = refusing(() -> exchange(services).keys().revoke(keyId, reason, session()));
                System.out.println(Texts.tr("exchange.cli.keys.revoked", k.fingerprint(), k.label()));
                return ExitCodes.OK;
            }
        }
    }
}
