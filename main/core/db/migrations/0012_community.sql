-- Community health data from outside the workbench (issue 13): purchases from the shop and activity
-- events from the community platform, each imported from CSV as a batch that can be undone, and the
-- values derived from them per member (lifecycle stage by the workspace's rules, RFM scores).

-- One import of transactions or activity events. Its rows were inserted in one statement, so they
-- are the contiguous ids first_id..last_id of their table: undo deletes that range.
CREATE TABLE community_import (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('transactions', 'activity')),
  file_name TEXT NOT NULL,
  actor TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  rows INTEGER NOT NULL,
  added INTEGER NOT NULL,
  rejected INTEGER NOT NULL,
  first_id INTEGER,                    -- null: nothing was added
  last_id INTEGER,
  undone_at TEXT,
  undone_by TEXT
) STRICT;

-- A purchase. member_id is null once the member is erased (the row then names nobody and its time
-- is cut to the month). The amount is exact: integer minor units of its ISO 4217 currency.
CREATE TABLE member_transaction (
  id INTEGER PRIMARY KEY,
  member_id INTEGER REFERENCES member (id) ON DELETE SET NULL,
  at INTEGER NOT NULL,                 -- seconds since 1970-01-01 UTC
  amount_minor INTEGER NOT NULL,
  currency TEXT NOT NULL CHECK (length(currency) = 3)
) STRICT;
-- Recency, frequency and money per member, and lifecycle purchases, read from this index alone.
CREATE INDEX member_transaction_member ON member_transaction (member_id, at, amount_minor) WHERE member_id IS NOT NULL;
CREATE INDEX member_transaction_at ON member_transaction (at);

-- One thing a member did on the community platform. Erasure unlinks it (member_id null) and cuts its
-- time to the day. Times are integers (seconds, UTC) to keep 10,000,000 events and their indexes small.
CREATE TABLE activity_event (
  id INTEGER PRIMARY KEY,
  member_id INTEGER REFERENCES member (id) ON DELETE SET NULL,
  at INTEGER NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('post', 'comment', 'like', 'share', 'report', 'login')),
  session_minutes REAL CHECK (session_minutes >= 0)
) STRICT;
-- Health over a period (active members per day and month, content share, posts to likes, reports):
-- a range scan of at that never reads the table.
CREATE INDEX activity_event_at ON activity_event (at, type, member_id, session_minutes);
-- Per member (lifecycle participation, retention after joining).
CREATE INDEX activity_event_member ON activity_event (member_id, at) WHERE member_id IS NOT NULL;

-- What the workspace's rules derive per member: the lifecycle stage (the member's own
-- lifecycle_stage, set by hand or import, overrides it) and the RFM scores and group over the rules' period.
CREATE TABLE member_community (
  member_id INTEGER PRIMARY KEY REFERENCES member (id) ON DELETE CASCADE,
  derived_stage TEXT CHECK (derived_stage IN ('acquisition', 'activation', 'retention', 'monetization')),
  rfm_r INTEGER CHECK (rfm_r BETWEEN 1 AND 5),
  rfm_f INTEGER CHECK (rfm_f BETWEEN 1 AND 5),
  rfm_m INTEGER CHECK (rfm_m BETWEEN 1 AND 5),
  rfm_group TEXT
) STRICT;
CREATE INDEX member_community_stage ON member_community (derived_stage, member_id);
CREATE INDEX member_community_rfm ON member_community (rfm_group, member_id);
