import { z } from 'zod';
import { method } from './define';
import { empty } from './common';
import { consentStatuses } from '@model/members/member-fields';
import { memberSelection, requireOneSelection } from './members';

const tagId = z.number().int().positive();
const tagName = z.string().trim().min(1, 'a tag needs a name').max(60, 'expected at most 60 characters');
const tagColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour like #4e79a7');

export const tag = z.object({
  id: tagId,
  name: z.string(),
  color: z.string(),
  /** Members who have the tag. */
  members: z.number().int(),
  createdAt: z.string(),
});
export type Tag = z.infer<typeof tag>;

const bulkKind = z.enum(['tag', 'untag', 'consent']);

/** The last bulk action on members: a tag or untag (tagId, tagName), or a consent record (members.setConsent). */
export const bulkAction = z.object({
  id: z.number().int(),
  kind: bulkKind,
  tagId: tagId.nullable(),
  tagName: z.string().nullable(),
  consent: z.object({ status: z.enum(consentStatuses), date: z.string().nullable(), scope: z.string().nullable() }).nullable(),
  actor: z.string(),
  at: z.string(),
  /** Members the action actually changed (members who already had the tag, or that consent, are not counted). */
  changed: z.number().int(),
  undoneAt: z.string().nullable(),
});
export type BulkAction = z.infer<typeof bulkAction>;

/** Tag or untag listed members or a whole filter result (with the table's quick search). */
const bulkInput = z
  .object({ tag: tagId, ...memberSelection })
  .strict()
  .superRefine(requireOneSelection);
const bulkResult = z.object({ actionId: z.number().int(), tagId, changed: z.number().int() });

export const tagsMethods = {
  'tags.list': method({ summary: 'Tags with their member counts, by name.', input: empty, output: z.object({ tags: z.array(tag) }) }),
  'tags.create': method({ summary: 'Create a tag (names are unique ignoring case).', input: z.object({ name: tagName, color: tagColor.optional() }).strict(), output: tag }),
  'tags.rename': method({ summary: 'Rename a tag.', input: z.object({ tagId, name: tagName }).strict(), output: tag }),
  'tags.color': method({ summary: "Change a tag's colour.", input: z.object({ tagId, color: tagColor }).strict(), output: tag }),
  'tags.merge': method({
    summary: 'Merge tag "from" into tag "into": its members get "into", then "from" is deleted.',
    input: z.object({ from: tagId, into: tagId }).strict().refine((v) => v.from !== v.into, { path: ['into'], message: 'a tag cannot be merged into itself' }),
    output: z.object({ tag, moved: z.number().int(), deletedTagId: tagId }),
  }),
  'tags.delete': method({
    summary: 'Delete a tag and its memberships.',
    input: z.object({ tagId }).strict(),
    output: z.object({ tagId, removedMemberships: z.number().int() }),
  }),
  'tags.apply': method({ summary: 'Tag listed members or a whole filter result; undoable with tags.undo.', input: bulkInput, output: bulkResult }),
  'tags.remove': method({ summary: 'Untag listed members or a whole filter result; undoable with tags.undo.', input: bulkInput, output: bulkResult }),
  'tags.undo': method({
    summary: 'Undo the last bulk action: tag, untag or consent record (a member whose consent was changed again since keeps that).',
    input: empty,
    output: z.object({ actionId: z.number().int(), kind: bulkKind, tagId: tagId.nullable(), reverted: z.number().int() }),
  }),
  'tags.lastAction': method({ summary: 'The last bulk action: tag, untag or consent record (what tags.undo would undo), or null.', input: empty, output: z.object({ action: bulkAction.nullable() }) }),
};
