package org.zhifa.workstation.cases;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhifa.workstation.domain.authority.Authority;
import org.zhifa.workstation.domain.cases.CaseDocument;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.procedure.Outcome;
import org.zhifa.workstation.domain.procedure.ProcedureEngine;
import org.zhifa.workstation.domain.procedure.RuleContext;
import org.zhifa.workstation.domain.procedure.Violation;
import org.zhifa.workstation.domain.text.Texts;
import org.zhifa.workstation.store.Stores;
import org.zhifa.workstation.store.Tx;

/**
 * Imports a case document inside a caller's transaction: resolves the header, replays every action through the
 * procedure engine, and stores the case only when the whole history passes.
 */
public final class CaseImporter {
    private final Stores stores;
    private final ProcedureEngine engine;
    private final RuleContextFactory contexts;

    CaseImporter(Stores stores, ProcedureEngine engine, RuleContextFactory contexts) {
        this.stores = stores;
        this.engine = engine;
        this.contexts = contexts;
    }

    /** Imports or recognises the case; throws {@link CaseRejectedException} naming the first refused action. */
    public CaseService.ImportResult importDocument(Tx tx, CaseDocument document, String actor) {
        RuleContext ctx = contexts.create(tx);
        Map<String, Authority> authorities = stores.reference().authorities(tx).stream()
                .collect(Collectors.toMap(Authority::code, Function.identity()));
        CaseRecord lead = CaseDocuments.lead(document, authorities, ctx.catalog(), ctx.officers());
        Outcome replayed = engine.replay(lead, document.actions() == null ? List.of() : document.actions(), ctx);
        if (!replayed.accepted()) {
            throw new CaseRejectedException(replayed.blocking().stream().map(Violation::describe).toList());
        }
        Optional<CaseRecord> existing = stores.cases().find(tx, document.caseNo());
        if (existing.isPresent()) {
            if (CaseDocuments.toDocument(existing.get()).equals(CaseDocuments.toDocument(replayed.result()))) {
                return new CaseService.ImportResult(CaseService.ImportStatus.UNCHANGED, existing.get(), List.of());
            }
            throw new CaseRejectedException(List.of(Texts.tr("import.error.exists", document.caseNo())));
        }
        stores.cases().insert(tx, replayed.result());
        stores.auditLog().append(tx, actor, "CASE_IMPORTED", "case", document.caseNo(),
                "{\"actions\":" + replayed.result().actions().size() + "}");
        return new CaseService.ImportResult(CaseService.ImportStatus.IMPORTED, replayed.result(), replayed.warnings());
    }
}
