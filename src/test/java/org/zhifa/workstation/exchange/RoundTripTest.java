package org.zhifa.workstation.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.domain.cases.ActionType;
import org.zhifa.workstation.domain.cases.CaseAction;
import org.zhifa.workstation.domain.cases.CaseRecord;
import org.zhifa.workstation.domain.cases.CaseState;
import org.zhifa.workstation.domain.cases.ReviewConclusion;
import org.zhifa.workstation.domain.cases.action.ConcludeInvestigation;
import org.zhifa.workstation.domain.cases.action.Publish;
import org.zhifa.workstation.domain.cases.action.RecordReviewOpinion;
import org.zhifa.workstation.domain.procedure.Outcome;
import org.zhifa.workstation.exchange.bundle.BundleKind;
import org.zhifa.workstation.exchange.bundle.BundleRejectedException;
import org.zhifa.workstation.exchange.bundle.ProblemCode;
import org.zhifa.workstation.exchange.county.ReviewQueueService;
import org.zhifa.workstation.exchange.county.ReviewQueueService.OpinionInput;
import org.zhifa.workstation.exchange.township.TownshipExchange;

/** Township → county → township with two installations (two data directories) in one test. */
class RoundTripTest {
    private static final String CASE = "BD-2026-0003";

    @TempDir
    Path township;
    @TempDir
    Path county;
    @TempDir
    Path transfer;

    @Test
    void approvedReviewTravelsBothWaysAndTheCaseGoesOn() {
        try (Installation t = Installation.demo(township); Installation c = Installation.demo(county)) {
            t.trust(c);
            c.trust(t);
            String sha = t.addEvidence(CASE, "现场照片.jpg", 300_000, 1);

            TownshipExchange.SubmitResult sent = t.exchange.township().submitCase(CASE, Installation.operator(),
                    transfer.resolve("case.zip"), null, false);
            assertThat(sent.reviewSubmittedNow()).isTrue();
            assertThat(sent.bundle().manifest().kind()).isEqualTo(BundleKind.CASE_BUNDLE);
            assertThat(sent.bundle().manifest().caseRevision()).isEqualTo(t.revision(CASE));
            assertThat(sent.bundle().manifest().entry("evidence/" + sha)).isPresent();
            assertThat(t.exchange.township().pending(CASE)).isPresent();

            // the case is locked while it waits for the result
            Outcome refused = t.exchange.township().perform(CASE, new Publish(Installation.TODAY, "O01"), Installation.operator());
            assertThat(refused.accepted()).isFalse();
            assertThat(refused.blocking().getFirst().message()).contains("等待审核结果期间不能办理");
            assertThat(t.exchange.township().lockReason(CASE, new Publish(Installation.TODAY, "O01"))).isPresent();

            // the county receives it into the review queue
            ExchangeServices.Verified verified = c.exchange.verify(sent.bundle().file());
            assertThat(verified.kind()).isEqualTo(BundleKind.CASE_BUNDLE);
            ExchangeServices.Imported received = c.exchange.importBundle(sent.bundle().file(), Installation.operator());
            assertThat(received.messages().getFirst()).contains("放入审核队列");
            List<ReviewQueueService.QueueItem> queue = c.exchange.county().queue(Installation.TODAY);
            assertThat(queue).hasSize(1);
            ReviewQueueService.QueueItem item = queue.getFirst();
            assertThat(item.caseNo()).isEqualTo(CASE);
            assertThat(item.sourceAuthority()).isEqualTo("BADU");
            assertThat(item.receivedOn()).isEqualTo(Installation.TODAY);
            assertThat(item.due().date()).isEqualTo(java.time.LocalDate.of(2026, 12, 9));
            assertThat(item.overdue()).isFalse();

            ReviewQueueService.ReviewItem opened = c.exchange.county().open(item.id(), Installation.TODAY);
            assertThat(opened.record().state()).isEqualTo(CaseState.UNDER_REVIEW);
            assertThat(opened.replayAccepted()).isTrue();
            assertThat(opened.record().actions()).hasSize(t.cases.find(CASE).orElseThrow().actions().size());
            assertThat(opened.files()).singleElement().satisfies(f -> {
                assertThat(f.sha256()).isEqualTo(sha);
                assertThat(f.mediaType()).isEqualTo("image/jpeg");
                assertThat(f.file()).isPresent();
            });
            assertThat(opened.changes()).isEmpty();

            ReviewQueueService.OpinionWritten written = c.exchange.county().writeOpinion(item.id(),
                    new OpinionInput(ReviewConclusion.APPROVE, List.of("事实清楚，证据确凿", "适用法律正确，裁量适当"),
                            "《中华人民共和国行政处罚法》第五十八条", "O12", null),
                    Installation.operator(), transfer.resolve("result.zip"));
            assertThat(written.bundle().manifest().refersTo().bundleId()).isEqualTo(sent.bundle().manifest().bundleId());
            assertThat(c.exchange.county().queue(Installation.TODAY).getFirst().status())
                    .isEqualTo(ReviewQueueService.QueueStatus.ANSWERED);

            // back on the township
            int before = t.revision(CASE);
            t.exchange.verify(written.bundle().file());
            ExchangeServices.Imported applied = t.exchange.importBundle(written.bundle().file(), Installation.operator());
            assertThat(applied.messages().getFirst()).contains("同意").contains(CASE);
            CaseRecord after = t.cases.find(CASE).orElseThrow();
            assertThat(after.revision()).isEqualTo(before + 1);
            CaseAction last = after.actions().getLast();
            assertThat(last).isInstanceOf(RecordReviewOpinion.class);
            RecordReviewOpinion opinion = (RecordReviewOpinion) last;
            assertThat(opinion.conclusion()).isEqualTo(ReviewConclusion.APPROVE);
            assertThat(opinion.reviewer()).isEqualTo("O12");
            assertThat(opinion.points()).containsExactly("事实清楚，证据确凿", "适用法律正确，裁量适当");
            assertThat(after.state()).isEqualTo(CaseState.UNDER_REVIEW);
            assertThat(t.exchange.township().pending(CASE)).isEmpty();
            assertThat(t.exchange.township().reviewTasks(CASE)).isEmpty();
            assertThat(t.exchange.township().lockReason(CASE, new Publish(Installation.TODAY, "O01"))).isEmpty();

            // the same files again change nothing and say so
            assertThatThrownBy(() -> t.exchange.importBundle(written.bundle().file(), Installation.operator()))
                    .isInstanceOfSatisfying(BundleRejectedException.class, e -> {
                        assertThat(e.code()).isEqualTo(ProblemCode.REPLAY);
                        assertThat(e.getMessage()).contains("未作任何更改");
                    });
            assertThatThrownBy(() -> c.exchange.importBundle(sent.bundle().file(), Installation.operator()))
                    .isInstanceOfSatisfying(BundleRejectedException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.REPLAY));
            assertThat(t.revision(CASE)).isEqualTo(before + 1);
        }
    }

    @Test
    void supplementSendsTheCaseBackWithTasksAndTheResubmissionShowsWhatChanged() {
        try (Installation t = Installation.demo(township); Installation c = Installation.demo(county)) {
            t.trust(c);
            c.trust(t);
            TownshipExchange.SubmitResult first = t.exchange.township().submitCase(CASE, Installation.operator(),
                    transfer.resolve("case-1.zip"), null, false);
            assertThat(first.reviewSubmittedNow()).as("the demo case already ends with its REVIEW_SUBMITTED").isFalse();
            c.exchange.importBundle(first.bundle().file(), Installation.operator());
            long itemId = c.exchange.county().queue(Installation.TODAY).getFirst().id();
            ReviewQueueService.OpinionWritten supplement = c.exchange.county().writeOpinion(itemId,
                    new OpinionInput(ReviewConclusion.SUPPLEMENT, List.of("补充采砂数量的测量记录", "核实违法所得3200元的计算依据"),
                            "《中华人民共和国行政处罚法》第五十八条", "O13", null),
                    Installation.operator(), transfer.resolve("result-1.zip"));

            t.exchange.importBundle(supplement.bundle().file(), Installation.operator());
            CaseRecord back = t.cases.find(CASE).orElseThrow();
            assertThat(back.state()).isEqualTo(CaseState.INVESTIGATING);
            assertThat(t.exchange.township().reviewTasks(CASE)).extracting(TownshipExchange.ReviewTask::text)
                    .containsExactly("补充采砂数量的测量记录", "核实违法所得3200元的计算依据");

            // the township supplements the file and concludes again
            String sha = t.addEvidence(CASE, "测量记录.pdf", 50_000, 7);
            ConcludeInvestigation earlier = back.last(ConcludeInvestigation.class).orElseThrow();
            Outcome concluded = t.cases.perform(CASE, new ConcludeInvestigation(Installation.TODAY, earlier.actor(),
                    earlier.outcome(), earlier.noPenaltyGround(), earlier.proposedPenalty(), earlier.circumstances(),
                    earlier.illegalGains(), earlier.complex(), earlier.majorPublicInterest(), earlier.difficult(),
                    earlier.departureReason()), "tester");
            assertThat(concluded.accepted()).as(concluded.violations().toString()).isTrue();
            TownshipExchange.SubmitResult second = t.exchange.township().submitCase(CASE, Installation.operator(),
                    transfer.resolve("case-2.zip"), null, false);
            assertThat(second.reviewSubmittedNow()).isTrue();
            assertThat(t.exchange.township().reviewTasks(CASE)).isEmpty();

            c.exchange.importBundle(second.bundle().file(), Installation.operator());
            List<ReviewQueueService.QueueItem> queue = c.exchange.county().queue(Installation.TODAY);
            assertThat(queue).hasSize(2);
            ReviewQueueService.QueueItem newest = queue.getFirst();
            assertThat(newest.previousId()).isEqualTo(itemId);
            ReviewQueueService.ReviewItem opened = c.exchange.county().open(newest.id(), Installation.TODAY);
            ReviewQueueService.ActionDiff diff = opened.changes().orElseThrow();
            assertThat(diff.removed()).isEmpty();
            assertThat(diff.headerChanged()).isFalse();
            assertThat(diff.added()).extracting(CaseAction::type).containsExactly(ActionType.REVIEW_OPINION,
                    ActionType.EVIDENCE_ADDED, ActionType.INVESTIGATION_CONCLUDED, ActionType.REVIEW_SUBMITTED);
            assertThat(opened.files()).extracting(ReviewQueueService.BundledFile::sha256).containsExactly(sha);
            assertThat(opened.files().getFirst().mediaType()).isEqualTo("application/pdf");

            ReviewQueueService.OpinionWritten approve = c.exchange.county().writeOpinion(newest.id(),
                    new OpinionInput(ReviewConclusion.APPROVE, List.of("补正材料齐全，同意处罚"), null, "O13", null),
                    Installation.operator(), transfer.resolve("result-2.zip"));
            t.exchange.importBundle(approve.bundle().file(), Installation.operator());
            CaseRecord done = t.cases.find(CASE).orElseThrow();
            assertThat(done.state()).isEqualTo(CaseState.UNDER_REVIEW);
            assertThat(((RecordReviewOpinion) done.actions().getLast()).conclusion()).isEqualTo(ReviewConclusion.APPROVE);
            assertThat(t.exchange.township().submissions(CASE)).extracting(TownshipExchange.Submission::status)
                    .containsExactly(TownshipExchange.SubmissionStatus.ANSWERED, TownshipExchange.SubmissionStatus.ANSWERED);
        }
    }

    @Test
    void bundlesCarryTheDocumentsAndTheSignedOpinionJoinsTheTownshipCaseFile() throws Exception {
        try (Installation t = Installation.demoWithDocuments(township); Installation c = Installation.demoWithDocuments(county)) {
            t.trust(c);
            c.trust(t);
            TownshipExchange.SubmitResult sent = t.exchange.township().submitCase(CASE, Installation.operator(),
                    transfer.resolve("case.zip"), null, false);
            List<String> documents = sent.bundle().manifest().entries().stream().map(e -> e.path())
                    .filter(p -> p.startsWith("documents/")).toList();
            assertThat(documents).anyMatch(p -> p.endsWith("-FILING_APPROVAL-0.pdf"))
                    .anyMatch(p -> p.endsWith("-FILING_APPROVAL-0.docx"))
                    .anyMatch(p -> p.endsWith("-REVIEW_SUBMISSION-0.pdf"));

            c.exchange.importBundle(sent.bundle().file(), Installation.operator());
            ReviewQueueService.QueueItem item = c.exchange.county().queueByScore(Installation.TODAY).getFirst();
            assertThat(item.auditScore()).isNotNull().isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(100));
            ReviewQueueService.ReviewItem opened = c.exchange.county().open(item.id(), Installation.TODAY);
            assertThat(opened.audit()).isPresent();
            assertThat(opened.audit().orElseThrow().score()).isEqualByComparingTo(item.auditScore());
            assertThat(opened.documents()).filteredOn(ReviewQueueService.BundledDocument::pdf)
                    .extracting(ReviewQueueService.BundledDocument::title).contains("立案审批表");
            assertThat(opened.documents()).allSatisfy(d -> assertThat(d.file()).isPresent());

            ReviewQueueService.OpinionWritten written = c.exchange.county().writeOpinion(item.id(),
                    new OpinionInput(ReviewConclusion.SUPPLEMENT, List.of("补充采砂数量的测量记录", "核实违法所得的计算依据"),
                            "《中华人民共和国行政处罚法》第五十八条", "O13", null),
                    Installation.operator(), transfer.resolve("result.zip"));
            var opinionEntry = written.bundle().manifest().entries().stream()
                    .filter(e -> e.path().startsWith("documents/") && e.path().contains("REVIEW_OPINION")).findFirst();
            assertThat(opinionEntry).as("the review result carries the 法制审核意见书").isPresent();
            assertThat(opinionEntry.get().mediaType()).isEqualTo("application/pdf");

            t.exchange.importBundle(written.bundle().file(), Installation.operator());
            byte[] received = t.exchange.township().receivedOpinion(CASE, 0).orElseThrow();
            assertThat(sha256(received)).isEqualTo(opinionEntry.get().sha256());
            var caseFile = t.documents.caseFile(CASE);
            assertThat(caseFile.sections()).anySatisfy(section -> {
                assertThat(section.type()).isEqualTo(org.zhifa.workstation.documents.DocumentType.REVIEW_OPINION);
                assertThat(section.lastPage() - section.firstPage() + 1)
                        .isEqualTo(org.zhifa.workstation.documents.casefile.CaseFileAssembler.pageCount(received));
            });
        }
    }

    private static String sha256(byte[] bytes) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
