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
-- such day lies before it: per day of the period, one range of these indexes instead of every row.
CREATE INDEX member_day_since ON member_day (day, coalesce(prev_day, -1));
CREATE INDEX member_day_report_since ON member_day (day, coalesce(prev_report_day, -1)) WHERE reports > 0;
CREATE INDEX member_day_content_since ON member_day (day, coalesce(prev_content_day, -1)) WHERE posts + comments > 0;

-- The funnel without joining every member to its stage: derived stages counted on their index
-- (member_community_stage), less those of the few members set aside (an override, or erased), plus the overrides.
CREATE INDEX member_stage_aside ON member (id) WHERE lifecycle_stage IS NOT NULL OR erased_at IS NOT NULL;
