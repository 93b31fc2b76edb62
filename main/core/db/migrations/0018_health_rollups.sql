-- The whole-panel health dashboard at a million members (issue 13): what it read row by row, kept
-- small or ordered so a period costs its days, not its member-days or the panel.
--
-- activity_day: member_day's totals per day (daily active members, posts, comments, likes, sessions,
-- minutes), so a period's sums are ~90 rows. Counted again, for the days that changed, by the activity
-- import and its undo (core/community/import/member-days.ts) and by erasure (core/members/activity-days.ts).
CREATE TABLE activity_day (
  day INTEGER PRIMARY KEY,             -- days since 1970-01-01 UTC, as member_day.day
  active INTEGER NOT NULL,
  posts INTEGER NOT NULL,
  comments INTEGER NOT NULL,
  likes INTEGER NOT NULL,
  sessions INTEGER NOT NULL,
  minutes REAL NOT NULL
) STRICT;

INSERT INTO activity_day (day, active, posts, comments, likes, sessions, minutes)
SELECT day, count(*), sum(posts), sum(comments), sum(likes), sum(sessions), total(minutes) FROM member_day GROUP BY day;

-- A period's distinct members (active, reporting, contributing) are the member-days whose previous
-- such day lies before it (or is none): per day of the period, two ranges of these covering indexes
-- instead of every row.
CREATE INDEX member_day_since ON member_day (day, prev_day);
CREATE INDEX member_day_report_since ON member_day (day, prev_report_day, reports) WHERE reports > 0;
CREATE INDEX member_day_content_since ON member_day (day, prev_content_day, posts, comments) WHERE posts + comments > 0;

-- member_return: each member's first event a day or more after joining (members with one, not
-- erased), so a cohort's retained members are a range of join dates, not a seek per member. Written
-- again for the members an activity import or its undo changes (core/community/import/member-days.ts),
-- deleted by erasure (core/members/activity-days.ts), and on a change of join date by the trigger below.
CREATE TABLE member_return (
  member_id INTEGER PRIMARY KEY REFERENCES member (id) ON DELETE CASCADE,
  joined_at TEXT NOT NULL,             -- member.joined_at (a day or a time)
  first_return_at INTEGER NOT NULL     -- activity_event.at, on or after unixepoch(joined_at) + 86400
) STRICT;
CREATE INDEX member_return_joined ON member_return (joined_at, first_return_at);

INSERT INTO member_return (member_id, joined_at, first_return_at)
SELECT * FROM (
  SELECT m.id, m.joined_at, (SELECT min(e.at) FROM activity_event e WHERE e.member_id = m.id AND e.at >= unixepoch(m.joined_at) + 86400) AS back
  FROM member m WHERE m.joined_at IS NOT NULL AND m.erased_at IS NULL
) WHERE back IS NOT NULL;

CREATE TRIGGER member_return_joined AFTER UPDATE OF joined_at ON member WHEN OLD.joined_at IS NOT NEW.joined_at
BEGIN
  DELETE FROM member_return WHERE member_id = NEW.id;
  INSERT INTO member_return (member_id, joined_at, first_return_at)
  SELECT * FROM (
    SELECT NEW.id, NEW.joined_at, (SELECT min(e.at) FROM activity_event e WHERE e.member_id = NEW.id AND e.at >= unixepoch(NEW.joined_at) + 86400) AS back
    WHERE NEW.joined_at IS NOT NULL AND NEW.erased_at IS NULL
  ) WHERE back IS NOT NULL;
END;

-- New members and cohorts of the whole panel: a range of join dates among the members not erased, without reading their rows
-- (erased_at is in these indexes so they cover the condition they are made for). Not partial on erased_at IS NULL: every
-- members.list query has that condition, and the planner then took this index and sorted the page instead of reading the sort's index.
CREATE INDEX member_joined_live ON member (joined_at, erased_at);
-- The whole panel's responses: those of members not among the (few) erased, without reading each member's row.
CREATE INDEX member_erased ON member (id, erased_at) WHERE erased_at IS NOT NULL;

-- The funnel without joining every member to its stage: derived stages counted on their index
-- (member_community_stage), less those of the few members set aside (an override, or erased), plus the overrides.
-- Its condition is written as no member filter writes one (a stage filter implies lifecycle_stage IS NOT NULL), so only the
-- funnel's query, which names it, uses it.
CREATE INDEX member_stage_aside ON member (id, lifecycle_stage, erased_at) WHERE coalesce(lifecycle_stage, erased_at) IS NOT NULL;
