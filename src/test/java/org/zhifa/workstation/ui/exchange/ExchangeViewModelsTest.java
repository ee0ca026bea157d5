package org.zhifa.workstation.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhifa.workstation.domain.cases.ReviewConclusion;
import org.zhifa.workstation.exchange.ExchangeServices;
import org.zhifa.workstation.exchange.bundle.BundleKind;
import org.zhifa.workstation.exchange.county.ReviewQueueService.QueueItem;
import org.zhifa.workstation.exchange.county.ReviewQueueService.QueueStatus;
import org.zhifa.workstation.ui.exchange.keys.KeysViewModel;
import org.zhifa.workstation.ui.exchange.queue.ReviewQueueViewModel;
import org.zhifa.workstation.ui.exchange.review.ReviewViewModel;
import org.zhifa.workstation.ui.exchange.submissions.SubmissionsViewModel;
import org.zhifa.workstation.ui.task.SynchronousBackgroundExecutor;

/** The exchange screens' view models over a township and a county installation, without JavaFX. */
class ExchangeViewModelsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path root;

    @Test
    void countyImportsAFolderReviewsOneCaseAndTheTownshipGetsTheTasks() throws Exception {
        try (ExchangeFixture f = new ExchangeFixture(root)) {
            ScriptedDialogs dialogs = new ScriptedDialogs();
            ExchangeTasks tasks = new ExchangeTasks(new SynchronousBackgroundExecutor(), dialogs);
            ReviewQueueViewModel queue = new ReviewQueueViewModel(f.county.exchange(), ExchangeFixture.reviewer(), tasks,
                    () -> TODAY, () -> 10);

            dialogs.answerFolder(f.inbox);
            queue.chooseAndImportFolder();
            assertThat(dialogs.errors()).isEmpty();
            assertThat(queue.rows()).extracting(QueueItem::caseNo).containsExactlyInAnyOrderElementsOf(f.submitted);
            List<BigDecimal> scores = queue.rows().stream().map(QueueItem::auditScore).toList();
            assertThat(scores).doesNotContainNull();
            assertThat(scores).isSortedAccordingTo(BigDecimal::compareTo);
            assertThat(queue.statusProperty().get()).contains("待审核 " + f.submitted.size() + " 件");

            // a file that is not a bundle: a Chinese reason, nothing changes
            List<QueueItem> before = new ArrayList<>(queue.rows());
            Path hostile = Files.writeString(root.resolve("坏文件.zip"), "this is not a zip");
            queue.importFile(hostile);
            assertThat(dialogs.errors()).singleElement().satisfies(e -> {
                assertThat(e.message()).contains("未作任何更改");
                assertThat(org.zhifa.workstation.ui.support.DemoData.isChinese(e.message())).isTrue();
            });
            queue.refresh();
            assertThat(queue.rows()).containsExactlyElementsOf(before);

            // the review screen's form
            ReviewViewModel review = new ReviewViewModel(f.county.exchange(), ExchangeFixture.reviewer(), tasks,
                    (file, type) -> { }, () -> TODAY);
            QueueItem first = queue.rows().getFirst();
            review.open(first.id());
            assertThat(review.itemProperty().get().item().caseNo()).isEqualTo(first.caseNo());
            assertThat(review.timeline()).isNotEmpty();
            assertThat(review.itemProperty().get().documents()).isNotEmpty();
            assertThat(review.findings().getFirst()).startsWith("案卷评查得分：");
            assertThat(review.problem()).contains("请选择审核结论（同意、补正或不同意）。");
            review.conclusionProperty().set(ReviewConclusion.SUPPLEMENT);
            assertThat(review.problem()).hasValueSatisfying(p -> assertThat(p).contains("至少要写一条"));
            review.points().getFirst().set("补充现场勘验笔录");
            review.addPoint();
            review.points().get(1).set("核实当事人身份证明");
            review.addPoint();
            review.removePoint(2);
            review.legalBasisProperty().set("《中华人民共和国行政处罚法》第五十八条");
            Path out = root.resolve("审核结果.zip");
            dialogs.answerSaveAs(out);
            dialogs.clear();
            review.chooseAndWriteOpinion();
            assertThat(dialogs.errors()).isEmpty();
            assertThat(review.writtenProperty().get()).isEqualTo(out);
            assertThat(review.itemProperty().get().item().status()).isEqualTo(QueueStatus.ANSWERED);
            ExchangeServices.Verified verified = f.township.exchange().verify(out);
            assertThat(verified.kind()).isEqualTo(BundleKind.REVIEW_RESULT);

            // the township imports the result: the points become tasks
            SubmissionsViewModel submissions = new SubmissionsViewModel(f.township.exchange(), ExchangeFixture.admin(), tasks);
            submissions.refresh();
            int pendingBefore = submissions.pending().size();
            dialogs.answerFile(out);
            submissions.chooseAndImportResult();
            assertThat(dialogs.errors()).isEmpty();
            assertThat(submissions.pending()).hasSize(pendingBefore - 1);
            assertThat(submissions.reviewTasks()).extracting(t -> t.text())
                    .containsExactly("补充现场勘验笔录", "核实当事人身份证明");

            // 撤回 another pending submission
            var other = submissions.pending().getFirst();
            submissions.withdraw(other);
            assertThat(submissions.pending()).noneMatch(s -> s.caseNo().equals(other.caseNo()));

            // and 报送审核 again, to a file the user chooses
            Path again = root.resolve("again.zip");
            dialogs.answerSaveAs(again);
            submissions.chooseAndSubmit(other.caseNo());
            assertThat(dialogs.errors()).isEmpty();
            assertThat(again).isRegularFile();
            assertThat(submissions.pending()).anyMatch(s -> s.caseNo().equals(other.caseNo()));

            // keys: the own fingerprint and the trusted township key
            KeysViewModel keys = new KeysViewModel(f.county.exchange(), ExchangeFixture.admin(), tasks);
            keys.refresh();
            assertThat(keys.ownFingerprintProperty().get())
                    .contains(f.county.exchange().keys().ownKey().orElseThrow().fingerprint());
            assertThat(keys.keys()).singleElement().satisfies(k -> assertThat(KeysViewModel.status(k)).isEqualTo("已信任"));
            keys.revoke(keys.keys().getFirst());
            assertThat(KeysViewModel.status(keys.keys().getFirst())).isEqualTo("已吊销");
        }
    }
}
