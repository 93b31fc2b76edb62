-- Foundation schema: panel members, tags, the openness screener, surveys, responses and audit.
CREATE TABLE workspace_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE member (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,            -- stable random member code, never derived from personal data
  external_id TEXT,
  name TEXT,
  name_key TEXT,                        -- normalised for sorting and case-insensitive matching
  email TEXT,
  email_key TEXT,
  phone TEXT,
  country TEXT,
  city TEXT,
  gender TEXT CHECK (gender IN ('female', 'male', 'other', 'undisclosed')),
  birth_year INTEGER,
  age_band TEXT,
  joined_at TEXT,
  source_channel TEXT,
  lifecycle_stage TEXT CHECK (lifecycle_stage IN ('acquisition', 'activation', 'retention', 'monetization')),
  consent_status TEXT NOT NULL DEFAULT 'unknown' CHECK (consent_status IN ('granted', 'withdrawn', 'unknown')),
  consent_date TEXT,
  consent_scope TEXT,
  do_not_contact INTEGER NOT NULL DEFAULT 0 CHECK (do_not_contact IN (0, 1)),
  notes TEXT,
  erased_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX member_external_id ON member (external_id) WHERE external_id IS NOT NULL;
CREATE INDEX member_email_key ON member (email_key) WHERE email_key IS NOT NULL;
CREATE INDEX member_name_key ON member (name_key, id);
CREATE INDEX member_country ON member (country, id);
CREATE INDEX member_lifecycle ON member (lifecycle_stage, id);
CREATE INDEX member_joined ON member (joined_at, id);

CREATE TABLE tag (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL UNIQUE,
  color TEXT NOT NULL DEFAULT '#4e79a7',
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE member_tag (
  tag_id INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
  PRIMARY KEY (tag_id, member_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX member_tag_member ON member_tag (member_id);

-- Screeners such as the IPIP openness scale; answers are kept per item so scores can be recomputed.
CREATE TABLE instrument (
  id TEXT PRIMARY KEY,
  trait TEXT NOT NULL,
  item_count INTEGER NOT NULL,
  scale_min INTEGER NOT NULL,
  scale_max INTEGER NOT NULL
) STRICT;
INSERT INTO instrument (id, trait, item_count, scale_min, scale_max) VALUES ('ipip-openness', 'openness', 10, 1, 5);

CREATE TABLE screener_answer (
  member_id INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
  instrument_id TEXT NOT NULL REFERENCES instrument (id),
  item INTEGER NOT NULL,
  value INTEGER NOT NULL,
  answered_at TEXT,
  PRIMARY KEY (member_id, instrument_id, item)
) STRICT, WITHOUT ROWID;

CREATE TABLE trait_score (
  member_id INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
  instrument_id TEXT NOT NULL REFERENCES instrument (id),
  score REAL,                           -- NULL: not scored (fewer than the required items answered)
  answered INTEGER NOT NULL,
  scored_at TEXT NOT NULL,
  PRIMARY KEY (member_id, instrument_id)
) STRICT;
CREATE INDEX trait_score_score ON trait_score (instrument_id, score, member_id);

CREATE TABLE survey (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  description TEXT,
  max_items INTEGER NOT NULL DEFAULT 25,
  max_minutes REAL NOT NULL DEFAULT 20,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- A published version is frozen: its definition (questions, options, logic) never changes.
CREATE TABLE survey_version (
  id TEXT PRIMARY KEY,
  survey_id TEXT NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  definition TEXT NOT NULL,
  published_at TEXT,
  UNIQUE (survey_id, version)
) STRICT;

CREATE TABLE response (
  id TEXT PRIMARY KEY,                  -- UUID, stable across devices and bundles
  survey_version_id TEXT NOT NULL REFERENCES survey_version (id),
  member_id INTEGER REFERENCES member (id) ON DELETE SET NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'complete', 'void')),
  device_id TEXT NOT NULL,
  started_at TEXT NOT NULL,
  completed_at TEXT,
  content_hash TEXT
) STRICT;
CREATE INDEX response_version ON response (survey_version_id, status);
CREATE INDEX response_member ON response (member_id);

-- One row per atomic answer: a multiple choice gives a row per chosen option, a matrix a row per row.
CREATE TABLE answer (
  response_id TEXT NOT NULL REFERENCES response (id) ON DELETE CASCADE,
  question_id TEXT NOT NULL,
  row_id TEXT,
  option_code TEXT,
  num REAL,
  text TEXT
) STRICT;
CREATE INDEX answer_response ON answer (response_id, question_id);
CREATE INDEX answer_question ON answer (question_id, option_code);

CREATE TABLE answer_timing (
  response_id TEXT NOT NULL REFERENCES response (id) ON DELETE CASCADE,
  question_id TEXT NOT NULL,
  ms INTEGER NOT NULL,
  PRIMARY KEY (response_id, question_id)
) STRICT, WITHOUT ROWID;

-- Who did what, when and why. Never holds personal data.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT,
  entity_id TEXT,
  reason TEXT,
  details TEXT
) STRICT;
