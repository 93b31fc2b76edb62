-- Collection on this device: the device id, drafts resumed and discarded, campaign quotas, quality
-- flags, data cleaning with a history of the answers it replaced, and the points ledger.

-- This workspace's device id: collect.start records it on each response unless the caller names another.
INSERT OR IGNORE INTO workspace_meta (key, value) VALUES ('device_id', lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4'
  || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))));

-- The campaign whose quotas the response counts against (null: none).
ALTER TABLE response ADD COLUMN campaign_id INTEGER REFERENCES campaign (id) ON DELETE SET NULL;
-- Why a void response is void: voided in cleaning, a discarded draft, or over a quota or the response cap.
ALTER TABLE response ADD COLUMN void_cause TEXT CHECK (void_cause IN ('cleaning', 'discarded', 'quotaFull', 'responseCap'));
-- The last change (an answer saved, completion, a correction); null on rows written before: read as completed_at, else started_at.
ALTER TABLE response ADD COLUMN updated_at TEXT;
-- JSON array of the content hashes a correction or void replaced, oldest first: lets an edited response travel as an update.
ALTER TABLE response ADD COLUMN replaced_hashes TEXT NOT NULL DEFAULT '[]';
CREATE INDEX response_version_started ON response (survey_version_id, started_at, id);
CREATE INDEX response_status_updated ON response (status, updated_at);
CREATE INDEX response_campaign ON response (campaign_id, status) WHERE campaign_id IS NOT NULL;

-- Quality flags raised when a response completes; kept (never removed), so nothing is dropped silently.
CREATE TABLE response_flag (
  response_id TEXT NOT NULL REFERENCES response (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('speeder', 'straightLining', 'repeatMember')),
  raised_at TEXT NOT NULL,
  detail TEXT NOT NULL,                 -- JSON: counts, ids and codes, never answer text
  PRIMARY KEY (response_id, kind)
) STRICT, WITHOUT ROWID;
CREATE INDEX response_flag_kind ON response_flag (kind, response_id);

-- The answers a correction or void replaced (personal data: never in the audit log). Erasing the
-- member deletes their rows; the audit entry (who, when, why) and the replaced hashes stay.
CREATE TABLE response_history (
  id INTEGER PRIMARY KEY,
  response_id TEXT NOT NULL REFERENCES response (id) ON DELETE CASCADE,
  member_id INTEGER REFERENCES member (id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('update', 'void')),
  replaced_hash TEXT,
  answers TEXT NOT NULL                 -- JSON array of [questionId, rowId, optionCode, num, text], as before the change
) STRICT;
CREATE INDEX response_history_response ON response_history (response_id, id);
CREATE INDEX response_history_member ON response_history (member_id) WHERE member_id IS NOT NULL;

-- The points ledger: points earned by a completed response (once per response) and redeemed.
-- The balance is the sum and never goes below zero. Erasing the member deletes their entries.
CREATE TABLE points_entry (
  id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  points INTEGER NOT NULL CHECK (points <> 0),
  response_id TEXT UNIQUE REFERENCES response (id) ON DELETE SET NULL,
  reason TEXT,
  actor TEXT
) STRICT;
CREATE INDEX points_entry_member ON points_entry (member_id, id);
