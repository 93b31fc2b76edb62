-- Responses that travel: bundles between devices (main/core/bundles/).

-- A published version stays frozen, but its number may change: numbers are shown per survey in
-- publishing order, and a version that arrives from another device takes its place in that order.
DROP TRIGGER survey_version_frozen;
CREATE TRIGGER survey_version_frozen BEFORE UPDATE OF id, survey_id, definition, published_at, published_by, override_reason, breaks ON survey_version
WHEN OLD.published_at IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'a published survey version is frozen');
END;

-- The uid of the member who answered, kept while that member is not in this workspace (a bundle
-- brought the response first); the response is linked (member_id) when the member arrives.
ALTER TABLE response ADD COLUMN member_uid TEXT;
CREATE INDEX response_member_uid ON response (member_uid) WHERE member_uid IS NOT NULL;

-- Members erased on any device, by uid: an erasure that arrives before (or without) the member,
-- and the guard that keeps an older bundle from bringing their personal data back.
CREATE TABLE member_tombstone (
  uid TEXT PRIMARY KEY,
  erased_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- When this workspace last exported a bundle to each destination (a folder, or 'download').
CREATE TABLE bundle_export (
  destination TEXT PRIMARY KEY,
  exported_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- A response that arrived with other content under the same id, neither an update nor an ancestor
-- of the local one: kept aside until the user keeps theirs, mine or both. Never overwritten.
CREATE TABLE bundle_conflict (
  id INTEGER PRIMARY KEY,
  response_id TEXT NOT NULL REFERENCES response (id) ON DELETE CASCADE,
  local_hash TEXT NOT NULL,
  their_hash TEXT NOT NULL,
  theirs TEXT NOT NULL,                 -- JSON: the response as the bundle held it (answers included)
  detected_at TEXT NOT NULL,
  UNIQUE (response_id, their_hash)
) STRICT;
