-- member_day kept by sums at import (issue 13): an import adds its events' counts to the member-days,
-- and only the rows whose previous days change are written again, not each touched member's history
-- (core/community/import/member-days.ts).
--
-- A member's days with what the upkeep's window needs (the flags and the stored previous days), so
-- it reads this index in order and writes only the rows that differ.
DROP INDEX member_day_member;
CREATE INDEX member_day_member ON member_day (member_id, day, posts, comments, reports, prev_day, prev_report_day, prev_content_day);

-- Each member's first event a day or more after joining: the one rule behind member_return, for its
-- upkeep by an import, an undo or a change of join date.
CREATE VIEW member_return_due AS
SELECT * FROM (
  SELECT m.id AS member_id, m.joined_at, (SELECT min(e.at) FROM activity_event e WHERE e.member_id = m.id AND e.at >= unixepoch(m.joined_at) + 86400) AS first_return_at
  FROM member m WHERE m.joined_at IS NOT NULL AND m.erased_at IS NULL
) WHERE first_return_at IS NOT NULL;

DROP TRIGGER member_return_joined;
CREATE TRIGGER member_return_joined AFTER UPDATE OF joined_at ON member WHEN OLD.joined_at IS NOT NEW.joined_at
BEGIN
  DELETE FROM member_return WHERE member_id = NEW.id;
  INSERT INTO member_return (member_id, joined_at, first_return_at) SELECT member_id, joined_at, first_return_at FROM member_return_due WHERE member_id = NEW.id;
END;
