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
