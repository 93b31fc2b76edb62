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

/**
 * What a key names, as one number (a small integer V8 keeps in the map itself, where an array of ids
 * cost two more cache misses a row at millions of rows): the member's id (ids start at 1), NOBODY,
 * or minus how many members share it (emails are not unique in a panel: such a cell names nobody for sure).
 */
type Named = number;
const NOBODY: Named = 0;
/** What a key names once the member `id` is found with it too. */
const alsoNaming = (named: Named, id: number): Named => (named === NOBODY ? id : named > 0 ? -2 : named - 1);

/** Member ids by a match's key, and by the cell as written, as found earlier in the same import: a file names the same members again and again. */
export interface KnownMembers {
  byKey: Map<string, Named>;
  byCell: Map<string, Named>;
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
  const candidates = new Array<Named | undefined>(rows.length);
  const unknown = new Set<string>();
  rows.forEach(({ member }, i) => {
    if (member === null) return;
    candidates[i] = known.byCell.get(member);
    if (candidates[i] !== undefined) return;
    const key = match.key(member);
    if (!known.byKey.has(key)) unknown.add(key);
  });
  if (unknown.size) {
    const members = await db.all<{ id: number; key: string }>(`SELECT id, ${match.column} AS key FROM member WHERE ${match.column} IN (SELECT value FROM json_each(?))`, [JSON.stringify([...unknown])]);
    for (const key of unknown) known.byKey.set(key, NOBODY);
    for (const m of members) {
      const named = known.byKey.get(m.key);
      if (named !== undefined) known.byKey.set(m.key, alsoNaming(named, m.id));
    }
  }
  const ids = new Array<number | null>(rows.length).fill(null);
  const missing: ImportRejection[] = [];
  rows.forEach(({ row, member }, i) => {
    if (member === null) return;
    let named = candidates[i];
    if (named === undefined) known.byCell.set(member, (named = known.byCell.get(member) ?? known.byKey.get(match.key(member))!));
    if (named > 0) ids[i] = named;
    else if (named === NOBODY) missing.push(rejection(row, column.name, member, match.missing));
    else missing.push(rejection(row, column.name, member, 'memberAmbiguous', { count: -named }));
  });
  return { ids, missing };
}
