import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick of the start-up benchmark: the smallest JavaFX window (one label), started from the class path
 * like the workstation and reporting its first frame the same way (-Dzhifa.startup.report=true,
 * -Dzhifa.startup.exitAfter=first-frame).
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        report("main");
        Application.launch(App.class, args);
    }

    static void report(String event) {
        if (Boolean.getBoolean("zhifa.startup.report")) {
            System.out.println("zhifa-startup " + event + " epoch_ms=" + System.currentTimeMillis());
            System.out.flush();
        }
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            report("fx-start");
            Scene scene = new Scene(new StackPane(new Label("Bare window")), 1280, 800);
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                Platform.runLater(App::firstFrame);
            };
            scene.addPostLayoutPulseListener(once[0]);
            stage.setTitle("Bare window");
            stage.setScene(scene);
            stage.show();
        }

        private static void firstFrame() {
            report("first-frame");
            if ("first-frame".equals(System.getProperty("zhifa.startup.exitAfter"))) {
                Platform.exit();
            }
        }
    }
}
