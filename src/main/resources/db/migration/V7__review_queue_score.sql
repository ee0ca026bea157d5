-- The county's case-file audit (案卷评查) of each received case bundle: the score the review queue is sorted by
-- (lowest first among the pending items) and whether a veto item was found. Null: not audited (an older item).
ALTER TABLE review_queue ADD COLUMN audit_score DECIMAL(6, 2);
ALTER TABLE review_queue ADD COLUMN audit_vetoed BOOLEAN;
