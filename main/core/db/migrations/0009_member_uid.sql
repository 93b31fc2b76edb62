-- A stable member uid: a random UUID (version 4) every member gets when created, by whatever path
-- (create, import, demo, a direct insert), never derived from personal data, never shown as the
-- member code and kept through erasure. Other workspaces know the member by it (bundles,
-- tombstones, response links from other devices). Existing members get one now.
ALTER TABLE member ADD COLUMN uid TEXT;

UPDATE member SET uid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
  || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));

CREATE UNIQUE INDEX member_uid ON member (uid);

-- An insert that brings no uid (every path but the import, which draws them in its own INSERT) gets one.
CREATE TRIGGER member_uid_insert AFTER INSERT ON member WHEN new.uid IS NULL BEGIN
  UPDATE member SET uid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
    || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))
  WHERE id = new.id;
END;

-- Once given, a uid never changes and is never cleared.
CREATE TRIGGER member_uid_kept BEFORE UPDATE OF uid ON member WHEN old.uid IS NOT NULL AND new.uid IS NOT old.uid BEGIN
  SELECT RAISE(ABORT, 'a member''s uid never changes');
END;
