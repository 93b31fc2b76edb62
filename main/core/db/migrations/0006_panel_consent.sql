-- Panel: bulk consent records join the undoable bulk actions; new tags get distinct colours.

-- A bulk action is now a tag, an untag or a consent record (status, date, scope) for many members.
-- Each member it changed is kept with the consent it replaced, so undo can put that back; erasure
-- deletes those rows with the rest of the member's data (member-erasure.ts), and only the last
-- action is ever kept. Both tables are rebuilt (SQLite cannot relax a CHECK or a NOT NULL), rows
-- copied, so the last tag action stays undoable across the upgrade.
CREATE TABLE bulk_action_next (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('tag', 'untag', 'consent')),
  tag_id INTEGER REFERENCES tag (id) ON DELETE CASCADE,
  consent_status TEXT CHECK (consent_status IN ('granted', 'withdrawn', 'unknown')),
  consent_date TEXT,
  consent_scope TEXT,
  actor TEXT NOT NULL,
  at TEXT NOT NULL,
  changed INTEGER NOT NULL,
  undone_at TEXT,
  CHECK ((kind = 'consent') = (tag_id IS NULL)),
  CHECK ((kind = 'consent') = (consent_status IS NOT NULL))
) STRICT;
INSERT INTO bulk_action_next (id, kind, tag_id, actor, at, changed, undone_at)
  SELECT id, kind, tag_id, actor, at, changed, undone_at FROM bulk_action;

CREATE TABLE bulk_action_member_next (
  action_id INTEGER NOT NULL REFERENCES bulk_action_next (id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
  prior_consent_status TEXT,            -- consent actions: what the member had before
  prior_consent_date TEXT,
  prior_consent_scope TEXT,
  PRIMARY KEY (action_id, member_id)
) STRICT, WITHOUT ROWID;
INSERT INTO bulk_action_member_next (action_id, member_id) SELECT action_id, member_id FROM bulk_action_member;

DROP TABLE bulk_action_member;
DROP TABLE bulk_action;
-- Renaming also renames the reference in bulk_action_member_next.
ALTER TABLE bulk_action_next RENAME TO bulk_action;
ALTER TABLE bulk_action_member_next RENAME TO bulk_action_member;
CREATE INDEX bulk_action_member_member ON bulk_action_member (member_id);

-- A tag created without a colour (an import, seed marking, tags.create without one) has the column
-- default; it takes the palette colour fewest tags have instead (palette order breaks ties, so the
-- first tag keeps the default blue). The palette stays readable on light and dark tables.
CREATE TRIGGER tag_palette_colour AFTER INSERT ON tag WHEN new.color = '#4e79a7'
BEGIN
  UPDATE tag SET color = (
    SELECT column2 FROM (VALUES
      (0, '#4e79a7'), (1, '#f28e2b'), (2, '#e15759'), (3, '#76b7b2'), (4, '#59a14f'),
      (5, '#edc948'), (6, '#b07aa1'), (7, '#ff9da7'), (8, '#9c755f'), (9, '#bab0ac'))
    ORDER BY (SELECT count(*) FROM tag t WHERE t.color = column2 AND t.id <> new.id), column1
    LIMIT 1
  ) WHERE id = new.id;
END;
