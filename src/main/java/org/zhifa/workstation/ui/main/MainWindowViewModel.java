package org.zhifa.workstation.ui.main;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.ui.cases.CaseListViewModel;

/** The main window's state: which page is open and what the status bar says. */
public final class MainWindowViewModel {
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(this, "section", Section.CASES);
    private final CaseListViewModel cases;
    private final Path dataDirectory;
    private final StringBinding caseCountText;

    public MainWindowViewModel(CaseListViewModel cases, Path dataDirectory) {
        this.cases = cases;
        this.dataDirectory = dataDirectory;
        this.caseCountText = Bindings.createStringBinding(
                () -> Texts.tr("ui.status.cases", cases.shownCountProperty().get(), cases.totalCountProperty().get()),
                cases.shownCountProperty(), cases.totalCountProperty());
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public void open(Section target) {
        section.set(target);
    }

    public CaseListViewModel cases() {
        return cases;
    }

    public String dataDirectoryText() {
        return Texts.tr("ui.status.dataDir", dataDirectory.toAbsolutePath().normalize());
    }

    public StringBinding caseCountText() {
        return caseCountText;
    }

    /** Loads the first data. */
    public void start() {
        cases.refresh();
    }

    public void dispose() {
        cases.dispose();
    }
}
