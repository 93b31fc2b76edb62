import type { AttributeDef } from '@api/members';
import type { AttributeType } from '@model/members/member-fields';
import type { Tx } from '../db/writer';
import { AppError } from '../errors';
import { attribute, listAttributes } from '../members/attributes';
import { fieldIssuesError, type FieldIssue } from './field-issues';
import type { CallContext } from '../call-context';

function checkChoices(type: AttributeType, choices: readonly string[] | null | undefined): void {
  if (type === 'choice' && !choices?.length) throw fieldIssuesError([{ path: ['choices'], message: 'a choice attribute needs its list of choices' }]);
  if (type !== 'choice' && choices?.length) throw fieldIssuesError([{ path: ['choices'], message: `only choice attributes have choices, not ${type}` }]);
  const repeated = choices?.find((c, i) => choices.indexOf(c) !== i);
  if (repeated !== undefined) throw fieldIssuesError([{ path: ['choices'], message: `"${repeated}" is listed twice` }]);
}

export async function createAttribute(
  ctx: CallContext,
  input: { key: string; label: string; type: AttributeType; choices: string[] | null },
): Promise<AttributeDef> {
  checkChoices(input.type, input.choices);
  return ctx.db.writer.transaction(async (tx) => {
    if (await tx.get('SELECT 1 FROM attribute_def WHERE key = ?', [input.key])) {
      throw new AppError('CONFLICT', `An attribute with the key "${input.key}" already exists.`, { key: 'errors.attributeExists', params: { key: input.key } });
    }
    const { lastID } = await tx.run('INSERT INTO attribute_def (key, label, type, choices, created_at) VALUES (?, ?, ?, ?, ?)', [
      input.key,
      input.label,
      input.type,
      input.choices && JSON.stringify(input.choices),
      ctx.now().toISOString(),
    ]);
    return attribute(tx, lastID);
  });
}

export async function updateAttribute(ctx: CallContext, input: { id: number; label?: string; choices?: string[] }): Promise<AttributeDef> {
  return ctx.db.writer.transaction(async (tx) => {
    const def = await attribute(tx, input.id);
    if (input.choices) {
      checkChoices(def.type, input.choices);
      const removed = (def.choices ?? []).filter((c) => !input.choices!.includes(c));
      const inUse = await tx.all<{ value: string; n: number }>(
        'SELECT value_text AS value, count(*) AS n FROM member_attribute WHERE attribute_id = ? AND value_text IN (SELECT value FROM json_each(?)) GROUP BY value_text',
        [def.id, JSON.stringify(removed)],
      );
      if (inUse.length) {
        const held = inUse.map((u) => `"${u.value}" (${u.n} members)`).join(', ');
        throw new AppError('CONFLICT', `Choices still held by members cannot be removed from "${def.label}": ${held}.`, {
          key: 'errors.choiceInUse',
          params: { attribute: def.label, choices: held },
        });
      }
    }
    await tx.run('UPDATE attribute_def SET label = ?, choices = ? WHERE id = ?', [
      input.label ?? def.label,
      input.choices ? JSON.stringify(input.choices) : def.choices && JSON.stringify(def.choices),
      def.id,
    ]);
    return attribute(tx, def.id);
  });
}

export async function deleteAttribute(ctx: CallContext, id: number): Promise<{ id: number; removedValues: number }> {
  return ctx.db.writer.transaction(async (tx) => {
    await attribute(tx, id);
    const { changes } = await tx.run('DELETE FROM member_attribute WHERE attribute_id = ?', [id]);
    await tx.run('DELETE FROM attribute_def WHERE id = ?', [id]);
    return { id, removedValues: changes };
  });
}

type StoredValue = { text: string | null; num: number | null };

const isCalendarDate = (s: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
};

/** A value checked against its attribute's type, as stored; a string says what was expected instead. */
function storedValue(def: AttributeDef, value: string | number): StoredValue | string {
  switch (def.type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? { text: null, num: value } : 'expected a number';
    case 'date':
      return typeof value === 'string' && isCalendarDate(value) ? { text: value, num: null } : 'expected a date (YYYY-MM-DD)';
    case 'choice':
      return typeof value === 'string' && def.choices?.includes(value) ? { text: value, num: null } : `expected one of ${def.choices?.join(', ') ?? ''}`;
    case 'text':
      return typeof value === 'string' ? { text: value, num: null } : 'expected text';
  }
}

/**
 * Sets (or, for null and blank text, clears) a member's attribute values by key, inside the caller's
 * transaction. Every value is checked first; problems name `path`.<key>, and nothing is written then.
 */
export async function writeAttributeValues(
  tx: Tx,
  memberId: number,
  values: Record<string, string | number | null>,
  path: (string | number)[],
): Promise<void> {
  const defs = new Map((await listAttributes(tx)).map((d) => [d.key, d]));
  const issues: FieldIssue[] = [];
  const writes: { def: AttributeDef; stored: StoredValue | null }[] = [];
  for (const [key, raw] of Object.entries(values)) {
    const def = defs.get(key);
    const value = typeof raw === 'string' && raw.trim() === '' ? null : typeof raw === 'string' ? raw.trim() : raw;
    if (!def) issues.push({ path: [...path, key], message: 'no attribute has this key (see attributes.list)' });
    else if (value === null) writes.push({ def, stored: null });
    else {
      const stored = storedValue(def, value);
      if (typeof stored === 'string') issues.push({ path: [...path, key], message: stored });
      else writes.push({ def, stored });
    }
  }
  if (issues.length) throw fieldIssuesError(issues);
  for (const { def, stored } of writes) {
    if (stored === null) await tx.run('DELETE FROM member_attribute WHERE attribute_id = ? AND member_id = ?', [def.id, memberId]);
    else {
      await tx.run(
        `INSERT INTO member_attribute (attribute_id, member_id, value_text, value_num) VALUES (?, ?, ?, ?)
         ON CONFLICT (attribute_id, member_id) DO UPDATE SET value_text = excluded.value_text, value_num = excluded.value_num`,
        [def.id, memberId, stored.text, stored.num],
      );
    }
  }
}
