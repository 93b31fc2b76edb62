import type { MemberDetail } from '@api/members';
import { memberFieldDef, storedFields, type StoredField } from '@model/members/member-fields';
import { OPENNESS_INSTRUMENT_ID } from '@model/openness';
import { opennessBand } from '@model/recruitment/bands';
import { notFound } from '../errors';
import { listAttributes } from '../members/attributes';
import { panelOpennessThresholds } from '../members/openness-thresholds';
import { notContactableReason } from '../members/contactable';
import { memberHistory } from './member-history';
import type { CallContext } from '../call-context';

/** A member row: the member-field table's columns, and when it was erased, created and updated. */
type MemberRecord = Record<string, string | number | null> & { id: number; consent_status: string; do_not_contact: number; erased_at: string | null; created_at: string; updated_at: string };

/** The stored fields' values as members.get shows them (yes/no fields are stored as 0/1). */
const storedValues = (m: MemberRecord) =>
  Object.fromEntries(
    storedFields.map((f) => {
      const def = memberFieldDef(f);
      const v = m[def.column!] ?? null;
      return [f, def.type === 'boolean' ? v === 1 : v];
    }),
  ) as Pick<MemberDetail, StoredField>;

export const memberNotFound = (memberId: number) => notFound(`There is no member ${memberId}.`, 'errors.memberMissing', { memberId });

/** Everything about one member the detail page shows. Erased members read as their pseudonymous remains. */
export async function getMember(ctx: CallContext, memberId: number): Promise<MemberDetail> {
  const reader = ctx.db.reader;
  const m = await reader.get<MemberRecord>('SELECT * FROM member WHERE id = ?', [memberId]);
  if (!m) throw memberNotFound(memberId);
  const [tags, attributes, values, trait, responses, contacts, history] = await Promise.all([
    reader.all<{ id: number; name: string; color: string }>(
      'SELECT t.id, t.name, t.color FROM member_tag mt JOIN tag t ON t.id = mt.tag_id WHERE mt.member_id = ? ORDER BY t.name_key',
      [memberId],
    ),
    listAttributes(reader),
    reader.all<{ attribute_id: number; value_text: string | null; value_num: number | null }>(
      'SELECT attribute_id, value_text, value_num FROM member_attribute WHERE member_id = ?',
      [memberId],
    ),
    reader.get<{ score: number | null; answered: number }>('SELECT score, answered FROM trait_score WHERE member_id = ? AND instrument_id = ?', [
      memberId,
      OPENNESS_INSTRUMENT_ID,
    ]),
    reader.get<{ total: number; complete: number | null; last_at: string | null }>(
      `SELECT count(*) AS total, sum(status = 'complete') AS complete, max(coalesce(completed_at, started_at)) AS last_at
       FROM response WHERE member_id = ? AND status <> 'void'`,
      [memberId],
    ),
    reader.get<{ total: number; last_at: string | null }>('SELECT count(*) AS total, max(contacted_at) AS last_at FROM contact_history WHERE member_id = ?', [memberId]),
    memberHistory(reader, memberId),
  ]);
  const score = trait?.score ?? null;
  const thresholds = score === null ? null : await panelOpennessThresholds(reader);
  const valueOf = new Map(values.map((v) => [v.attribute_id, v.value_num ?? v.value_text]));
  const notContactable = notContactableReason({ consentStatus: m.consent_status, doNotContact: m.do_not_contact === 1, erasedAt: m.erased_at });
  return {
    id: m.id,
    ...storedValues(m),
    contactable: notContactable === null,
    notContactable,
    erasedAt: m.erased_at,
    createdAt: m.created_at,
    updatedAt: m.updated_at,
    tags,
    attributes: attributes.map((a) => ({ key: a.key, label: a.label, type: a.type, value: valueOf.get(a.id) ?? null })),
    openness: { score, answered: trait?.answered ?? 0, band: opennessBand(score, thresholds) },
    responses: { total: responses?.total ?? 0, complete: responses?.complete ?? 0, lastAt: responses?.last_at ?? null },
    contacts: { total: contacts?.total ?? 0, lastAt: contacts?.last_at ?? null },
    history,
  };
}
