-- Statistics (step 5): facts derived from a case's actions, kept on case_file so that the annual statistics
-- (统计年报) are SQL aggregates over indexed columns and never load cases.
--
-- The values come from the pure function domain.stats.CaseStatisticsFacts.of(CaseRecord); CaseRepository writes
-- them in insert(...) and appendAction(...). stats_version is the version of that function the row was computed
-- with: rows of an older version (0 = written before this migration) are recomputed by the statistics service
-- before it aggregates (StatisticsRepository.refreshStale), so no SQL backfill is needed here.
--
-- Which day counts for which indicator (the year an event falls in):
--   立案 filed_on (V1) · 结案 concluded_on · decisions, 罚没金额, 不予处罚, 从轻/减轻 decided_on (V1)
--   hearings hearing_on · 法制审核 review_on · 移送 transferred_on · 查封/扣押 seizure_on
--   加处罚款 surcharge_on · 申请法院强制执行 court_enforcement_on · 复议 / 诉讼 the filing and conclusion dates.

ALTER TABLE case_file ADD COLUMN stats_version INT NOT NULL DEFAULT 0;
-- PENALTY (普通程序 decision), ON_SITE (当场处罚), NO_PENALTY (不予处罚): the case's latest decision, else NULL.
ALTER TABLE case_file ADD COLUMN decision_kind VARCHAR(16);
-- The penalty types of the latest penalty decision as a bit set; the bits are fixed per type name in
-- CaseStatisticsFacts.bit (WARNING 1, CRITICISM 2, FINE 4, CONFISCATE_ILLEGAL_GAINS 8, CONFISCATE_PROPERTY 16,
-- SUSPEND_LICENSE 32, LOWER_QUALIFICATION 64, RESTRICT_OPERATION 128, ORDER_SUSPENSION 256, ORDER_CLOSURE 512,
-- RESTRICT_EMPLOYMENT 1024, REVOKE_LICENSE 2048, OTHER 4096). The heaviest type is NOT stored: the severity order
-- is a setting (R39), applied to the few distinct masks the GROUP BY returns.
ALTER TABLE case_file ADD COLUMN penalty_mask INT NOT NULL DEFAULT 0;
ALTER TABLE case_file ADD COLUMN no_penalty_ground VARCHAR(32);
ALTER TABLE case_file ADD COLUMN first_offense BOOLEAN NOT NULL DEFAULT FALSE;
-- The 裁量 tier of a penalty decision (LENIENT 从轻, MITIGATED 减轻, ORDINARY, SEVERE), from the discretion engine.
ALTER TABLE case_file ADD COLUMN discretion_tier VARCHAR(16);
-- 结案 of a filed (立案) case: the CLOSED action, or the 撤案 / 终止 that ended it (NULL for on-site decisions and
-- leads never filed: 结案率 = 结案 ÷ 立案 compares like with like).
ALTER TABLE case_file ADD COLUMN concluded_on DATE;
-- A hearing held with the party present (an absence without good reason is a waiver and is not counted).
ALTER TABLE case_file ADD COLUMN hearing_on DATE;
-- The latest 法制审核意见: its day and conclusion (APPROVE 通过, REJECT 不通过, SUPPLEMENT 补正 pending).
ALTER TABLE case_file ADD COLUMN review_on DATE;
ALTER TABLE case_file ADD COLUMN review_result VARCHAR(16);
ALTER TABLE case_file ADD COLUMN transferred_on DATE;
ALTER TABLE case_file ADD COLUMN transfer_target VARCHAR(16);
-- 查封/扣押: the first order's day and the number of orders in the case.
ALTER TABLE case_file ADD COLUMN seizure_on DATE;
ALTER TABLE case_file ADD COLUMN seizure_count INT NOT NULL DEFAULT 0;
ALTER TABLE case_file ADD COLUMN surcharge_on DATE;
ALTER TABLE case_file ADD COLUMN court_enforcement_on DATE;
ALTER TABLE case_file ADD COLUMN reconsideration_on DATE;
ALTER TABLE case_file ADD COLUMN reconsideration_corrected_on DATE;
ALTER TABLE case_file ADD COLUMN litigation_on DATE;
ALTER TABLE case_file ADD COLUMN litigation_lost_on DATE;
-- 公示 (R33): first publication on or after the decision; a withdrawal trigger (a 复议/诉讼 result that changed,
-- revoked or voided the decision while it was published) not yet followed by a withdrawal.
ALTER TABLE case_file ADD COLUMN published_on DATE;
ALTER TABLE case_file ADD COLUMN withdrawal_due_from DATE;

-- Each indicator is one aggregate over the rows whose day falls in the year (and the year before, for the change):
-- an index range scan per day column. The busy ones carry the columns their query reads, so H2 answers them from
-- the index alone; the sparse ones (most cases never see a hearing or a seizure) are plain indexes.
CREATE INDEX case_file_filed_idx ON case_file(filed_on, authority_id);
CREATE INDEX case_file_concluded_idx ON case_file(concluded_on, authority_id);
CREATE INDEX case_file_decided_idx ON case_file(decided_on, authority_id, decision_kind, penalty_mask, discretion_tier,
    no_penalty_ground, first_offense, fine_amount, confiscated_amount);
CREATE INDEX case_file_review_idx ON case_file(review_on, authority_id, review_result);
CREATE INDEX case_file_hearing_idx ON case_file(hearing_on);
CREATE INDEX case_file_transferred_idx ON case_file(transferred_on);
CREATE INDEX case_file_seizure_idx ON case_file(seizure_on);
CREATE INDEX case_file_surcharge_idx ON case_file(surcharge_on);
CREATE INDEX case_file_court_idx ON case_file(court_enforcement_on);
CREATE INDEX case_file_reconsideration_idx ON case_file(reconsideration_on);
CREATE INDEX case_file_reconsideration_corrected_idx ON case_file(reconsideration_corrected_on);
CREATE INDEX case_file_litigation_idx ON case_file(litigation_on);
CREATE INDEX case_file_litigation_lost_idx ON case_file(litigation_lost_on);
CREATE INDEX case_file_stats_version_idx ON case_file(stats_version);
-- The 公示 register: decisions not yet published, and published ones due for withdrawal.
CREATE INDEX case_file_unpublished_idx ON case_file(published_on, decision_kind, decided_on);
CREATE INDEX case_file_withdrawal_idx ON case_file(withdrawal_due_from);
-- The case list's default order (newest discovery first, then case number), alone and behind the state filter.
-- The state index of V1 is replaced by the second one, which starts with state (so it serves every lookup and count
-- by state the old one served) and keeps each state's cases in list order: a query that filters one state and
-- orders by (state, discovered_on DESC, case_no DESC) reads its page straight from the index, however many cases
-- the state has (docs/performance.md, "统计与案件列表"). With both indexes, H2 picks the one-column index and sorts
-- every case of the state before taking a page.
CREATE INDEX case_file_list_order_idx ON case_file(discovered_on DESC, case_no DESC);
CREATE INDEX case_file_state_order_idx ON case_file(state, discovered_on DESC, case_no DESC);
DROP INDEX case_file_state_idx;
