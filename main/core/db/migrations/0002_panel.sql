-- Panel: quick search, custom attributes, saved views, undo of bulk tag actions, import batches.

-- Quick search. Trigram index (substrings of 3+ characters, any script) over the identifying
-- fields, and a word index for 1–2 character prefix queries (a two-character Chinese name).
-- External content (the member table) so erasure updates the index through the triggers, and
-- secure-delete so removed tokens do not linger in the index pages.
CREATE VIRTUAL TABLE member_fts USING fts5 (
  name, email, phone, city, code, external_id,
  tokenize = 'trigram', content = 'member', content_rowid = 'id'
);
INSERT INTO member_fts (member_fts, rank) VALUES ('secure-delete', 1);
CREATE VIRTUAL TABLE member_words USING fts5 (
  name, tokenize = 'unicode61 remove_diacritics 2', content = 'member', content_rowid = 'id'
);
INSERT INTO member_words (member_words, rank) VALUES ('secure-delete', 1);

CREATE TRIGGER member_search_insert AFTER INSERT ON member BEGIN
  INSERT INTO member_fts (rowid, name, email, phone, city, code, external_id)
    VALUES (new.id, new.name, new.email, new.phone, new.city, new.code, new.external_id);
  INSERT INTO member_words (rowid, name) VALUES (new.id, new.name);
END;
CREATE TRIGGER member_search_delete AFTER DELETE ON member BEGIN
  INSERT INTO member_fts (member_fts, rowid, name, email, phone, city, code, external_id)
    VALUES ('delete', old.id, old.name, old.email, old.phone, old.city, old.code, old.external_id);
  INSERT INTO member_words (member_words, rowid, name) VALUES ('delete', old.id, old.name);
END;
CREATE TRIGGER member_search_update AFTER UPDATE OF name, email, phone, city, code, external_id ON member BEGIN
  INSERT INTO member_fts (member_fts, rowid, name, email, phone, city, code, external_id)
    VALUES ('delete', old.id, old.name, old.email, old.phone, old.city, old.code, old.external_id);
  INSERT INTO member_fts (rowid, name, email, phone, city, code, external_id)
    VALUES (new.id, new.name, new.email, new.phone, new.city, new.code, new.external_id);
  INSERT INTO member_words (member_words, rowid, name) VALUES ('delete', old.id, old.name);
  INSERT INTO member_words (rowid, name) VALUES (new.id, new.name);
END;

-- Typed custom attributes defined per workspace.
CREATE TABLE attribute_def (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,             -- used in filters as attr:<key>
  label TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('text', 'number', 'date', 'choice')),
  choices TEXT,                         -- JSON array of allowed values for 'choice'
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE member_attribute (
  attribute_id INTEGER NOT NULL REFERENCES attribute_def (id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
  value_text TEXT,                      -- text, date (YYYY-MM-DD) and choice values
  value_num REAL,                       -- number values
  PRIMARY KEY (attribute_id, member_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX member_attribute_member ON member_attribute (member_id);
CREATE INDEX member_attribute_text ON member_attribute (attribute_id, value_text);
CREATE INDEX member_attribute_num ON member_attribute (attribute_id, value_num);

-- Saved views of the members table; their filter is the shared filter language.
CREATE TABLE saved_view (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  filter TEXT,                          -- JSON filter tree or NULL
  search TEXT,
  sort TEXT,                            -- JSON [{ field, dir }]
  columns TEXT,                         -- JSON list of visible column ids
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- Bulk tag/untag actions, kept so the last one can be undone. Member ids only, no personal data.
CREATE TABLE bulk_action (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('tag', 'untag')),
  tag_id INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
  actor TEXT NOT NULL,
  at TEXT NOT NULL,
  changed INTEGER NOT NULL,
  undone_at TEXT
) STRICT;
CREATE TABLE bulk_action_member (
  action_id INTEGER NOT NULL REFERENCES bulk_action (id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
  PRIMARY KEY (action_id, member_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX bulk_action_member_member ON bulk_action_member (member_id);

-- CSV imports, so an import can be undone while nothing else has touched what it added.
CREATE TABLE import_batch (
  id INTEGER PRIMARY KEY,
  file_name TEXT NOT NULL,
  options TEXT NOT NULL,                -- JSON: encoding, delimiter, mapping, duplicate policy
  actor TEXT NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  inserted INTEGER NOT NULL DEFAULT 0,
  updated INTEGER NOT NULL DEFAULT 0,
  skipped INTEGER NOT NULL DEFAULT 0,
  rejected INTEGER NOT NULL DEFAULT 0,
  warnings INTEGER NOT NULL DEFAULT 0,
  undone_at TEXT
) STRICT;
ALTER TABLE member ADD COLUMN import_batch_id INTEGER REFERENCES import_batch (id) ON DELETE SET NULL;
CREATE INDEX member_import_batch ON member (import_batch_id) WHERE import_batch_id IS NOT NULL;

-- Column mappings saved for reuse with files of the same layout.
CREATE TABLE import_mapping (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  mapping TEXT NOT NULL,                -- JSON
  created_at TEXT NOT NULL
) STRICT;
