import type { ImportRejection } from '@api/csv-import';
import type { MemberMatch } from '@api/response-import';
import type { Queryable } from '../../db/writer';
import { textKey } from '../../members/text-key';
import type { FileColumn } from './import-plan';
import { rejection, type ResponseIssueCode } from './issues';
import type { CheckedRow } from './row-check';

/** How a member cell names a member: the column it is compared with, and the key that cell gives. */
const MATCHES: Record<MemberMatch, { column: string; key: (cell: string) => string; missing: ResponseIssueCode }> = {
  // Codes are written in capitals (M-7KQ2XD); a file may have them in any case.
  code: { column: 'code', key: (cell) => cell.toUpperCase(), missing: 'noMemberCode' },
  externalId: { column: 'external_id', key: (cell) => cell, missing: 'noMemberExternalId' },
  email: { column: 'email_key', key: (cell) => textKey(cell)!, missing: 'noMemberEmail' },
};

/** Member ids by a match's key, and by the cell as written, as found earlier in the same import: a file names the same members again and again. */
export interface KnownMembers {
  byKey: Map<string, number[]>;
  byCell: Map<string, number[]>;
}

export const noKnownMembers = (): KnownMembers => ({ byKey: new Map(), byCell: new Map() });

/**
 * The panel members a batch of rows names, one query per batch for the keys not already `known`
 * (which it adds to): per row (by its index in `rows`) its member id, null where it names no member
 * or one the panel does not have (or several), and a rejection for each such named member. One map
 * lookup per row once a cell is known: at millions of rows each lookup is a few cache misses.
 */
export async function findMembers(
  db: Queryable,
  column: FileColumn & { by: MemberMatch },
  rows: readonly Pick<CheckedRow, 'row' | 'member'>[],
  known: KnownMembers = noKnownMembers(),
): Promise<{ ids: (number | null)[]; missing: ImportRejection[] }> {
  const match = MATCHES[column.by];
  const candidates = new Array<number[] | undefined>(rows.length);
  const unknown = new Set<string>();
  rows.forEach(({ member }, i) => {
    if (member === null) return;
    candidates[i] = known.byCell.get(member);
    if (candidates[i]) return;
    const key = match.key(member);
    if (!known.byKey.has(key)) unknown.add(key);
  });
  // Emails are not unique in a panel (two members may share one): such a cell names nobody for sure.
  if (unknown.size) {
    const members = await db.all<{ id: number; key: string }>(`SELECT id, ${match.column} AS key FROM member WHERE ${match.column} IN (SELECT value FROM json_each(?))`, [JSON.stringify([...unknown])]);
    for (const key of unknown) known.byKey.set(key, []);
    for (const m of members) known.byKey.get(m.key)?.push(m.id);
  }
  const ids = new Array<number | null>(rows.length).fill(null);
  const missing: ImportRejection[] = [];
  rows.forEach(({ row, member }, i) => {
    if (member === null) return;
    let found = candidates[i];
    if (!found) known.byCell.set(member, (found = known.byCell.get(member) ?? known.byKey.get(match.key(member))!));
    if (found.length === 1) ids[i] = found[0]!;
    else if (found.length === 0) missing.push(rejection(row, column.name, member, match.missing));
    else missing.push(rejection(row, column.name, member, 'memberAmbiguous', { count: found.length }));
  });
  return { ids, missing };
}
