-- A member's language (a BCP 47 tag in its canonical form, e.g. en, zh-CN, ru), for invitation
-- lists; checked where it is written (the member-field table's schema and the import), empty for
-- the members there are.
ALTER TABLE member ADD COLUMN language TEXT;
