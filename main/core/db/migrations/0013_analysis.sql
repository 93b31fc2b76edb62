-- Segments: saved member filters in the panel's one filter language (a JSON tree). A segment may
-- name other segments (segment:<id> fields); the core refuses a cycle when one is saved.
CREATE TABLE segment (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL UNIQUE,        -- foldText(name): names are unique whatever their case or width
  description TEXT,
  filter TEXT NOT NULL,                 -- JSON filter tree over member fields
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- Crosstabs read one question's answers and the responses they belong to. Both indexes cover what
-- they read, so a crosstab walks the question's answers in one index range (grouped by option, each
-- option's responses in id order) and finds each response in a second index without touching the
-- tables. The first replaces answer_question (question_id, option_code): reads by question use it.
DROP INDEX answer_question;
CREATE INDEX answer_question_cover ON answer (question_id, row_id, option_code, response_id, num);
CREATE INDEX response_scope ON response (id, survey_version_id, status, member_id, completed_at);
