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
 * (which it adds to): each row's member id, and a rejection for each row naming a member the panel
 * does not have.
 */
export async function findMembers(
  db: Queryable,
  column: FileColumn & { by: MemberMatch },
  rows: readonly Pick<CheckedRow, 'row' | 'member'>[],
  known: KnownMembers = noKnownMembers(),
): Promise<{ ids: Map<number, number>; missing: ImportRejection[] }> {
  const match = MATCHES[column.by];
  const named = rows.filter((r) => r.member !== null);
  const unknown = new Set<string>();
  for (const r of named) {
    if (known.byCell.has(r.member!)) continue;
    const key = match.key(r.member!);
    if (!known.byKey.has(key)) unknown.add(key);
  }
  // Emails are not unique in a panel (two members may share one): such a cell names nobody for sure.
  if (unknown.size) {
    const members = await db.all<{ id: number; key: string }>(`SELECT id, ${match.column} AS key FROM member WHERE ${match.column} IN (SELECT value FROM json_each(?))`, [JSON.stringify([...unknown])]);
    for (const key of unknown) known.byKey.set(key, []);
    for (const m of members) known.byKey.get(m.key)?.push(m.id);
  }
  const ids = new Map<number, number>();
  const missing: ImportRejection[] = [];
  for (const r of named) {
    let candidates = known.byCell.get(r.member!);
    if (!candidates) known.byCell.set(r.member!, (candidates = known.byKey.get(match.key(r.member!))!));
    if (candidates.length === 1) ids.set(r.row, candidates[0]!);
    else if (candidates.length === 0) missing.push(rejection(r.row, column.name, r.member, match.missing));
    else missing.push(rejection(r.row, column.name, r.member, 'memberAmbiguous', { count: candidates.length }));
  }
  return { ids, missing };
}
