-- A member's events with their type (issue 13): the lifecycle derivation counts each member's
-- participations of the rules' types only as far as a rule's threshold, reading this index alone
-- (core/community/derive.ts) instead of grouping every event of the workspace after each import.
-- Without the type here each of those counts read the event's row, which at 1,000,000 members took
-- longer than the grouping it replaced.
DROP INDEX activity_event_member;
CREATE INDEX activity_event_member ON activity_event (member_id, at, type) WHERE member_id IS NOT NULL;
