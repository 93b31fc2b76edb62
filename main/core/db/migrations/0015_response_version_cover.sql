-- A crosstab by segments reads the responses in scope once per call that finds the workspace
-- changed, to record which segments each respondent is in (core/analysis/respondent-flags.ts). This
-- index covers that read: one range per version and status, in response id order (the order the
-- flags table is keyed by), with the member to look up and the completion time the date filters
-- read, without touching the table. It replaces response_version (survey_version_id, status).
DROP INDEX response_version;
CREATE INDEX response_version ON response (survey_version_id, status, id, member_id, completed_at);
