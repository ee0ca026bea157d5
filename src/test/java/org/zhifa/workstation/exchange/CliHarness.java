package org.zhifa.workstation.exchange;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import org.zhifa.workstation.cases.CaseService;
import org.zhifa.workstation.cases.ReferenceDataService;
import org.zhifa.workstation.cases.audit.AuditService;
import org.zhifa.workstation.cases.sample.DemoTownshipLoader;
import org.zhifa.workstation.cases.security.UserService;
import org.zhifa.workstation.cases.settings.SettingsService;
import org.zhifa.workstation.cli.CliEnvironment;
import org.zhifa.workstation.cli.CliServices;
import org.zhifa.workstation.cli.ExitCodes;
import org.zhifa.workstation.cli.InputRejectedException;
import org.zhifa.workstation.cli.ZhifaCommand;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.exchange.bundle.ExchangeLimits;
import org.zhifa.workstation.exchange.content.BundleDocuments;
import org.zhifa.workstation.store.Database;
import org.zhifa.workstation.store.Stores;
import org.zhifa.workstation.store.settings.SettingsFile;
import picocli.CommandLine;

/**
 * Runs the command line in-process the way {@code cli.Cli} does (exit codes 1/2/3, the reason on stderr), with the
 * services wired the way the composition root wires them plus {@code exchange()}, and with the bundle, keys and
 * review commands registered when the root command does not list them yet.
 */
final class CliHarness {
    record Run(int code, String out, String err) { }

    private CliHarness() {
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            CommandLine cl = new CommandLine(new ZhifaCommand(new Environment()));
            for (String name : new String[] {"bundle", "keys", "review"}) {
                if (!cl.getSubcommands().containsKey(name)) {
                    String type = "org.zhifa.workstation.cli." + Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Command";
                    cl.addSubcommand(name, Class.forName(type));
                    describe(type, cl.getSubcommands().get(name));
                }
            }
            cl.setParameterExceptionHandler((e, a) -> {
                e.getCommandLine().getErr().println(Texts.tr("cli.error.usage", e.getMessage()));
                return ExitCodes.USAGE;
            });
            cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                PrintWriter w = commandLine.getErr();
                if (e instanceof InputRejectedException) {
                    w.println(e.getMessage());
                    return ExitCodes.REJECTED;
                }
                e.printStackTrace(w);
                return ExitCodes.INTERNAL;
            });
            int code = cl.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static void describe(String type, CommandLine command) throws ReflectiveOperationException {
        var m = Class.forName(type).getDeclaredMethod("describe", CommandLine.class);
        m.setAccessible(true);
        m.invoke(null, command);
    }

    /** The method the command line's {@code CliServices.exchange()} is (this harness works before and after it exists). */
    public interface ExchangeProvider {
        ExchangeServices exchange();
    }

    /** What the composition root gives the command line, with the exchange services. */
    static final class Environment implements CliEnvironment {
        @Override
        public CliServices open(Path dataDirectory) {
            Services services = new Services(dataDirectory);
            // a proxy, so that services the root adds to CliServices later (documents …) do not break this harness
            return (CliServices) Proxy.newProxyInstance(CliHarness.class.getClassLoader(),
                    new Class<?>[] {CliServices.class, ExchangeProvider.class}, (proxy, method, args) -> {
                        if (method.getDeclaringClass() == Object.class) {
                            return method.invoke(services, args);
                        }
                        try {
                            return Services.class.getMethod(method.getName(), method.getParameterTypes()).invoke(services, args);
                        } catch (NoSuchMethodException e) {
                            throw new UnsupportedOperationException("not in the exchange test harness: " + method.getName());
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public int startGui(Path dataDirectory, boolean loadDemo) {
            return ExitCodes.USAGE;
        }
    }

    /** The services of one data directory, as {@code app.Workstation} builds them, plus {@link #exchange()}. */
    public static final class Services {
        private final Path dir;
        private final Database database;
        private final CaseService cases;
        private final SettingsService settings;
        private final Stores stores;
        private final ExchangeServices exchange;

        Services(Path dir) {
            this.dir = dir;
            this.database = Database.open(dir);
            this.stores = Stores.over(database);
            this.settings = new SettingsService(new SettingsFile(dir, "test"), stores);
            this.cases = new CaseService(stores, () -> settings.settings().procedure());
            this.exchange = new ExchangeServices(stores, cases, () -> settings.settings().procedure(), dir,
                    ExchangeLimits.defaults(), BundleDocuments.none(), Clock.systemDefaultZone());
            exchange.county().auditWith(org.zhifa.workstation.review.CaseFileAuditService.over(stores, dir,
                    () -> settings.settings().procedure()));
        }

        public ExchangeServices exchange() {
            return exchange;
        }

        public Path dataDirectory() {
            return dir;
        }

        public CaseService cases() {
            return cases;
        }

        public ReferenceDataService referenceData() {
            return new ReferenceDataService(stores);
        }

        public DemoTownshipLoader demoLoader() {
            return new DemoTownshipLoader(stores, cases.importer(), officers -> { });
        }

        public AuditService audit() {
            return new AuditService(stores);
        }

        public UserService users() {
            return new UserService(stores);
        }

        public SettingsService settings() {
            return settings;
        }

        public void close() {
            database.close();
        }
    }
}
