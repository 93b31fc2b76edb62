-- The health dashboard's rollup of activity (issue 13): one row per member and UTC day with
-- activity, so its distinct counts (active members, reporters, contributors, daily actives) are
-- counts over a range of days instead of sorts of every event of the period. Only linked events
-- count (erasure unlinks an erased member's events and deletes the member's days). Kept by the
-- activity import and its undo (core/community/import/member-days.ts); this fills it for the events already stored.
CREATE TABLE member_day (
  day INTEGER NOT NULL,                -- days since 1970-01-01 UTC (activity_event.at / 86400)
  member_id INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
  events INTEGER NOT NULL,
  posts INTEGER NOT NULL,
  comments INTEGER NOT NULL,
  likes INTEGER NOT NULL,
  reports INTEGER NOT NULL,
  sessions INTEGER NOT NULL,           -- events that record session minutes
  minutes REAL NOT NULL,
  -- The member's previous day with any activity, with a report, with a post or comment (null: none).
  -- A member is counted in a period once, on the first of its days there: the day whose previous one
  -- lies before the period. So the period's distinct counts are one scan of its days, without a sort.
  prev_day INTEGER,
  prev_report_day INTEGER,
  prev_content_day INTEGER,
  PRIMARY KEY (day, member_id)
) STRICT, WITHOUT ROWID;
-- A member's days: refreshed after an import or its undo, deleted by erasure, sought by the survey's members.
CREATE INDEX member_day_member ON member_day (member_id, day, posts, comments);

INSERT INTO member_day (day, member_id, events, posts, comments, likes, reports, sessions, minutes, prev_day, prev_report_day, prev_content_day)
SELECT day, member_id, events, posts, comments, likes, reports, sessions, minutes,
  lag(day) OVER by_day, max(CASE WHEN reports > 0 THEN day END) OVER before, max(CASE WHEN posts + comments > 0 THEN day END) OVER before
FROM (
  SELECT member_id, at / 86400 AS day, count(*) AS events, sum(type = 'post') AS posts, sum(type = 'comment') AS comments,
    sum(type = 'like') AS likes, sum(type = 'report') AS reports, count(session_minutes) AS sessions, total(session_minutes) AS minutes
  FROM activity_event WHERE member_id IS NOT NULL GROUP BY member_id, day
)
WINDOW by_day AS (PARTITION BY member_id ORDER BY day), before AS (by_day ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING);
