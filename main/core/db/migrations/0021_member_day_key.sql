-- A member's days kept in their own key table, in member order (issue 13's import of 10,000,000 events).
--
-- member_day_member (member_id, day, …) was the one of member_day's five b-trees that an import's new
-- member-days reached at random places: the others are led by the day, so a later period's days go
-- to their ends. It cost about 8 s of an import's 12–24 s of new member-days per 3,000,000 events.
-- member_day_key holds the same keys and is written by its own statement in member order (the
-- upkeep's delta is kept in that order), so each of its pages is reached once, in turn. It carries
-- the foreign key to member, so a member's deletion still finds its days by a seek, and its trigger
-- deletes each member-day whose key goes (a deleted member's, an erased member's, an emptied day).
-- member_day is built again without a foreign key, which without a member-led index would read the
-- whole table for each member deleted.
CREATE TABLE member_day_key (
  member_id INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
  day INTEGER NOT NULL,
  PRIMARY KEY (member_id, day)
) STRICT, WITHOUT ROWID;

CREATE TABLE member_day_rebuilt (
  day INTEGER NOT NULL,
  member_id INTEGER NOT NULL,
  events INTEGER NOT NULL,
  posts INTEGER NOT NULL,
  comments INTEGER NOT NULL,
  likes INTEGER NOT NULL,
  reports INTEGER NOT NULL,
  sessions INTEGER NOT NULL,
  minutes REAL NOT NULL,
  prev_day INTEGER,
  prev_report_day INTEGER,
  prev_content_day INTEGER,
  PRIMARY KEY (day, member_id)
) STRICT, WITHOUT ROWID;
INSERT INTO member_day_rebuilt SELECT * FROM member_day ORDER BY day, member_id;
INSERT INTO member_day_key (member_id, day) SELECT member_id, day FROM member_day ORDER BY member_id, day;
DROP TABLE member_day;
ALTER TABLE member_day_rebuilt RENAME TO member_day;
CREATE INDEX member_day_since ON member_day (day, prev_day);
CREATE INDEX member_day_report_since ON member_day (day, prev_report_day, reports) WHERE reports > 0;
CREATE INDEX member_day_content_since ON member_day (day, prev_content_day, posts, comments) WHERE posts + comments > 0;

CREATE TRIGGER member_day_key_deleted AFTER DELETE ON member_day_key
BEGIN
  DELETE FROM member_day WHERE day = OLD.day AND member_id = OLD.member_id;
END;
