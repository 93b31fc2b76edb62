-- Recruitment: campaigns with screener rules, quotas, member status, contact history, frequency cap.

-- A campaign freezes the panel's openness thresholds when it starts, so later imports do not
-- move members between bands mid-campaign. rules: JSON filter tree (the one filter language).
CREATE TABLE campaign (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  description TEXT,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'running', 'paused', 'closed')),
  instrument_id TEXT NOT NULL REFERENCES instrument (id),
  rules TEXT,
  target INTEGER CHECK (target IS NULL OR target > 0),  -- at most this many qualified/active members
  threshold_p25 REAL,
  threshold_p75 REAL,
  threshold_scored INTEGER,
  threshold_method TEXT,
  thresholds_frozen_at TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  started_at TEXT,
  closed_at TEXT
) STRICT;

-- A quota caps the places of one segment (a filter) among the qualified and active members.
CREATE TABLE campaign_quota (
  id INTEGER PRIMARY KEY,
  campaign_id INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  label TEXT NOT NULL,
  filter TEXT NOT NULL,
  target INTEGER NOT NULL CHECK (target > 0),
  UNIQUE (campaign_id, position)
) STRICT;

CREATE TABLE campaign_member (
  campaign_id INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('invited', 'screened', 'qualified', 'disqualified', 'waitlisted', 'active')),
  reason TEXT,                          -- why disqualified or waitlisted (a code the renderer translates)
  reason_quota_id INTEGER REFERENCES campaign_quota (id) ON DELETE SET NULL,
  invited_at TEXT NOT NULL,
  screened_at TEXT,
  qualified_at TEXT,
  disqualified_at TEXT,
  waitlisted_at TEXT,
  active_at TEXT,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (campaign_id, member_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX campaign_member_status ON campaign_member (campaign_id, status, member_id);
CREATE INDEX campaign_member_member ON campaign_member (member_id);

-- The quota places a qualified or active member holds; released when they leave those statuses.
CREATE TABLE campaign_member_quota (
  campaign_id INTEGER NOT NULL,
  member_id INTEGER NOT NULL,
  quota_id INTEGER NOT NULL REFERENCES campaign_quota (id) ON DELETE CASCADE,
  PRIMARY KEY (quota_id, member_id),
  FOREIGN KEY (campaign_id, member_id) REFERENCES campaign_member (campaign_id, member_id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;
CREATE INDEX campaign_member_quota_member ON campaign_member_quota (campaign_id, member_id);

-- Every invitation, for the frequency cap and the member's contact history. No message content.
CREATE TABLE contact_history (
  id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
  campaign_id INTEGER REFERENCES campaign (id) ON DELETE SET NULL,
  kind TEXT NOT NULL CHECK (kind IN ('invitation')),
  channel TEXT NOT NULL,
  contacted_at TEXT NOT NULL,
  actor TEXT NOT NULL
) STRICT;
CREATE INDEX contact_history_member ON contact_history (member_id, contacted_at);
CREATE INDEX contact_history_campaign ON contact_history (campaign_id, id);

-- Workspace frequency cap: at most contact_cap_max invitations per member in contact_cap_days days.
INSERT OR IGNORE INTO workspace_meta (key, value) VALUES ('contact_cap_max', '2'), ('contact_cap_days', '30');
