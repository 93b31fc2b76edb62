-- Survey versions: a survey has at most one draft (published_at NULL, always its latest version)
-- and any number of published versions, which are frozen. The length limits now live in each
-- version's definition (settings.limits, moved there by 0007), so the survey's columns go.

ALTER TABLE survey_version ADD COLUMN published_by TEXT;
-- The reason given to publish over a length limit (or with an override within them).
ALTER TABLE survey_version ADD COLUMN override_reason TEXT;
-- JSON list of comparability breaks against the previous published version, computed at publish.
ALTER TABLE survey_version ADD COLUMN breaks TEXT;
-- When the draft was last saved (published versions: when they were published).
ALTER TABLE survey_version ADD COLUMN updated_at TEXT;
UPDATE survey_version SET breaks = '[]', updated_at = published_at WHERE published_at IS NOT NULL;

CREATE UNIQUE INDEX survey_version_one_draft ON survey_version (survey_id) WHERE published_at IS NULL;

-- A published version never changes: responses are read against it. A later migration that has to
-- reshape stored definitions drops this trigger for its work and creates it again.
CREATE TRIGGER survey_version_frozen BEFORE UPDATE ON survey_version
WHEN OLD.published_at IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'a published survey version is frozen');
END;

ALTER TABLE survey DROP COLUMN max_items;
ALTER TABLE survey DROP COLUMN max_minutes;
