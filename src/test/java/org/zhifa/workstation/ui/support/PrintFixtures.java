package org.zhifa.workstation.ui.support;

import org.zhifa.workstation.app.Workstation;
import org.zhifa.workstation.ui.casepage.CaseDocumentsViewModel;
import org.zhifa.workstation.ui.dialog.DialogService;
import org.zhifa.workstation.ui.print.DocumentPrinter;
import org.zhifa.workstation.ui.print.DocumentPrinting;
import org.zhifa.workstation.ui.task.SynchronousBackgroundExecutor;

/** Printing for view-model tests: synchronous, progress applied at once, the given printer. */
public final class PrintFixtures {
    private PrintFixtures() {
    }

    public static DocumentPrinting printing(DocumentPrinter printer, DialogService dialogs) {
        return new DocumentPrinting(printer, new SynchronousBackgroundExecutor(), dialogs, Runnable::run);
    }

    public static CaseDocumentsViewModel caseDocuments(Workstation ws, DocumentPrinter printer, DialogService dialogs) {
        return new CaseDocumentsViewModel(ws.documents(), printing(printer, dialogs), new SynchronousBackgroundExecutor(),
                dialogs);
    }
}
