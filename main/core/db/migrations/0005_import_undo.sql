-- Undoing an import that updated members: the values it replaced on each member it updated. This is
-- personal data, so it is kept only until the undo expires (import_batch.undo_until) or the member
-- is erased; both purge it (core/panel/import/import-undo.ts).
CREATE TABLE import_undo (
  batch_id INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
  member TEXT NOT NULL,          -- JSON object: the member columns the import changed, as they were
  tags_added TEXT,               -- JSON array: ids of the tags the import gave the member
  answers TEXT,                  -- JSON array of [item, value, answered_at]: screener answers before (null: not touched)
  score TEXT,                    -- JSON [score, answered, scored_at] before, or null
  attributes TEXT,               -- JSON array of [attribute_id, had, value_text, value_num] before, for attributes the import set
  PRIMARY KEY (batch_id, member_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX import_undo_member ON import_undo (member_id);

-- Until when an import's updates can be undone (null: it updated nobody).
ALTER TABLE import_batch ADD COLUMN undo_until TEXT;
