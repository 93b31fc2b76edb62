-- A deleted member leaves the whole panel's daily totals (activity_day).
--
-- Deleting a member (members.delete; undoing a member import refuses members with community records)
-- unlinks its events (activity_event.member_id becomes null) and deletes its member-days
-- (member_day_key's foreign key, then its trigger), but activity_day went on counting them until an
-- import or undo of those days counted them again. Before the member goes, its member-days are taken
-- off their days' totals (one seek on member_day_key per member, so deleting members without activity
-- costs next to nothing), and a day left without active members loses its row, as a recount would do.
-- Minutes are taken off a sum, so they may differ from a recount in the last bit, as after an undo.
CREATE TRIGGER member_deleted_activity_days BEFORE DELETE ON member
BEGIN
  UPDATE activity_day
  SET active = activity_day.active - 1,
    posts = activity_day.posts - d.posts,
    comments = activity_day.comments - d.comments,
    likes = activity_day.likes - d.likes,
    sessions = activity_day.sessions - d.sessions,
    minutes = activity_day.minutes - d.minutes
  FROM member_day_key k JOIN member_day d ON d.day = k.day AND d.member_id = k.member_id
  WHERE k.member_id = OLD.id AND activity_day.day = k.day;
  DELETE FROM activity_day WHERE active = 0 AND day IN (SELECT day FROM member_day_key WHERE member_id = OLD.id);
END;

-- Workspaces that deleted members before this migration: their daily totals counted again.
DELETE FROM activity_day;
INSERT INTO activity_day (day, active, posts, comments, likes, sessions, minutes)
SELECT day, count(*), sum(posts), sum(comments), sum(likes), sum(sessions), total(minutes) FROM member_day GROUP BY day;
