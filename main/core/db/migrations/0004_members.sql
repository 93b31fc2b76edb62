-- Members table: an index for each sortable column that lacked one, so keyset paging reads an index
-- range whichever column the table is sorted by (see core/panel/member-list.ts).
CREATE INDEX member_city ON member (city, id);
CREATE INDEX member_gender ON member (gender, id);
CREATE INDEX member_birth_year ON member (birth_year, id);
CREATE INDEX member_consent ON member (consent_status, id);

-- A member's page shows the latest audit entries about them.
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, id);
