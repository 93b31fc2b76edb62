import type { MemberRow, MemberSort, MemberSortField } from '@api/members';
import { listedFields, memberFieldDef, sortableFields } from '@model/members/member-fields';
import type { Filter } from '@model/filter/filter';
import { OPENNESS_INSTRUMENT_ID } from '@model/openness';
import type { SqlValue } from '../db/connection';
import type { CompiledFilter } from '../db/filter-sql';
import { NOT_CONTACTABLE_REASON_SQL } from '../members/contactable';
import { decodeCursor, encodeCursor, type CursorPosition, type SortKeyValue } from './member-cursor';
import { compilePanelFilter } from '../members/member-filter';
import { keyColumn, selectField } from '../members/member-sql';
import { matchesAtMost, memberSearch, type MemberSearch } from './member-search';
import type { CallContext } from '../call-context';

export interface MemberQuery {
  filter?: Filter | null;
  search?: string | null;
}

export interface MemberPageQuery extends MemberQuery {
  sort?: MemberSort | null;
  cursor?: string | null;
  limit: number;
}

/**
 * Where a sort key lives. Members with a key are listed from `from` in index order of (key, tiebreak);
 * members without one (isNull, over m) follow, by id. Each part is an index range scan that starts at
 * the cursor, so a page deep in the list costs what the first page costs. `fromMatches` joins the
 * same rows member first, for reading a narrow quick search's matches and sorting just those.
 */
interface SortSource {
  from: string;
  fromMatches: string;
  key: string;
  tiebreak: string;
  isNull: string | null;
}

const column = (key: string): SortSource => ({
  from: 'member m',
  fromMatches: 'member m',
  key,
  tiebreak: 'm.id',
  isNull: `${key} IS NULL`,
});

const BY_ID: SortSource = { from: 'member m', fromMatches: 'member m', key: 'm.id', tiebreak: 'm.id', isNull: null };
const OPENNESS_ROW = `ts.member_id = m.id AND ts.instrument_id = '${OPENNESS_INSTRUMENT_ID}'`;

/** Each sort key: a sortable field's column (its folded key where it has one); openness from the score table. */
const SORTS = Object.fromEntries(
  sortableFields.map((f): [MemberSortField, SortSource] => [
    f,
    f === 'openness'
      ? {
          // Driven by the trait_score (instrument_id, score, member_id) index.
          from: `trait_score ts JOIN member m ON ${OPENNESS_ROW}`,
          // CROSS JOIN keeps this join order: members first, then their score.
          fromMatches: `member m CROSS JOIN trait_score ts ON ${OPENNESS_ROW}`,
          key: 'ts.score',
          tiebreak: 'ts.member_id',
          isNull: `NOT EXISTS (SELECT 1 FROM trait_score ts WHERE ${OPENNESS_ROW} AND ts.score IS NOT NULL)`,
        }
      : column(keyColumn(f)),
  ]),
) as Record<MemberSortField, SortSource>;

/** The list's columns (the member-field table's listed fields), then the contact status and tags. */
const ROW_COLUMNS = `m.id, ${listedFields.map(selectField).join(', ')}, ${NOT_CONTACTABLE_REASON_SQL} AS notContactable,
  (SELECT json_group_array(mt.tag_id) FROM member_tag mt WHERE mt.member_id = m.id) AS tags`;

/** Listed yes/no fields, stored as 0/1. */
const BOOLEANS = listedFields.filter((f) => memberFieldDef(f).type === 'boolean');

type RawRow = Omit<MemberRow, 'tags'> & { tags: string; sortKey: SortKeyValue };

const toRow = ({ sortKey: _, ...r }: RawRow): MemberRow => {
  const row = r as Record<string, unknown>;
  for (const f of BOOLEANS) row[f] = row[f] === 1;
  return { ...r, tags: (JSON.parse(r.tags) as number[]).sort((a, b) => a - b) };
};

/** SQL pieces joined with AND, their parameters in the same order. */
const and = (parts: (CompiledFilter | null)[]): CompiledFilter => {
  const present = parts.filter((p): p is CompiledFilter => p !== null);
  return { sql: present.map((p) => p.sql).join(' AND '), params: present.flatMap((p) => p.params) };
};

/**
 * Up to this many search matches are read and sorted; a broader search walks the sort index and
 * checks each member against the matches, which is faster when matches are dense.
 */
const SORT_MATCHES_UP_TO = 10_000;

/** Not erased, matching the filter and the quick search: the members the table shows. */
async function matching(ctx: CallContext, filter: Filter | null | undefined, search: MemberSearch | null): Promise<CompiledFilter> {
  return and([{ sql: 'm.erased_at IS NULL', params: [] }, await compilePanelFilter(ctx.db, filter), search?.condition ?? null]);
}

/** Unary + keeps SQLite from reading the sort index, so it starts from the (few) search matches. */
const unindexed = (expr: string) => `+${expr}`;

/** One part of the list in its order, as `SELECT <select> … ORDER BY …`; the caller adds LIMIT/OFFSET. */
type PartSql = (select: string) => CompiledFilter;

/** Members with a sort key, in (key, tiebreak) order, after the cursor. */
function keyedPart(src: SortSource, desc: boolean, after: CursorPosition | null, where: CompiledFilter, fromMatches: boolean): PartSql {
  const cmp = desc ? '<' : '>';
  const [key, tiebreak] = fromMatches ? [unindexed(src.key), unindexed(src.tiebreak)] : [src.key, src.tiebreak];
  const byIdOnly = src.key === src.tiebreak;
  const keyset: CompiledFilter | null = !after
    ? null
    : byIdOnly
      ? { sql: `${tiebreak} ${cmp} ?`, params: [after.id] }
      : { sql: `(${key}, ${tiebreak}) ${cmp} (?, ?)`, params: [after.key, after.id] };
  const cond = and([{ sql: `${key} IS NOT NULL`, params: [] }, keyset, where]);
  const dir = desc ? 'DESC' : 'ASC';
  const order = byIdOnly ? `${tiebreak} ${dir}` : `${key} ${dir}, ${tiebreak} ${dir}`;
  const from = fromMatches ? src.fromMatches : src.from;
  return (select) => ({ sql: `SELECT ${select}, ${src.key} AS sortKey FROM ${from} WHERE ${cond.sql} ORDER BY ${order}`, params: cond.params });
}

/** Members without a sort key, by id, after afterId. */
function emptyPart(src: SortSource, desc: boolean, afterId: number | null, where: CompiledFilter): PartSql {
  const keyset: CompiledFilter | null = afterId === null ? null : { sql: `m.id ${desc ? '<' : '>'} ?`, params: [afterId] };
  const cond = and([{ sql: src.isNull!, params: [] }, keyset, where]);
  return (select) => ({ sql: `SELECT ${select}, NULL AS sortKey FROM member m WHERE ${cond.sql} ORDER BY m.id ${desc ? 'DESC' : 'ASC'}`, params: cond.params });
}

/** The list a query asks for, as its two parts (keyed members, then those without a key) starting after the cursor. */
async function listParts(ctx: CallContext, q: MemberPageQuery) {
  const sortName = q.sort?.field ?? 'id';
  const dir = q.sort?.dir ?? 'asc';
  const src = q.sort ? SORTS[q.sort.field] : BY_ID;
  const desc = dir === 'desc';
  const after = q.cursor ? decodeCursor(q.cursor, sortName, dir) : null;
  const search = memberSearch(q.search);
  const where = await matching(ctx, q.filter, search);
  const fromMatches = search !== null && src !== BY_ID && (await matchesAtMost(ctx.db.reader, search, SORT_MATCHES_UP_TO));
  return {
    keyed: after?.inEmpty ? null : keyedPart(src, desc, after, where, fromMatches),
    empty: src.isNull === null ? null : emptyPart(src, desc, after?.inEmpty ? after.id : null, where),
    cursorAfter: (last: { sortKey: SortKeyValue; id: number }, inEmpty: boolean) => encodeCursor({ sort: sortName, dir, key: last.sortKey, id: last.id, inEmpty }),
  };
}

const limited = (part: CompiledFilter, limit: number, offset = 0): [string, SqlValue[]] => [`${part.sql} LIMIT ? OFFSET ?`, [...part.params, limit, offset]];

/**
 * One page of the members table. Keyset paging: the cursor holds the last row's sort key and id, so
 * rows are neither skipped nor repeated while paging, ties included, and empty keys come last in
 * both directions. Only `limit` (+1 to know whether more follow) rows are read.
 */
export async function listMembers(ctx: CallContext, q: MemberPageQuery): Promise<{ rows: MemberRow[]; nextCursor: string | null }> {
  const parts = await listParts(ctx, q);
  const want = q.limit + 1;
  const keyed = parts.keyed ? await ctx.db.reader.all<RawRow>(...limited(parts.keyed(ROW_COLUMNS), want)) : [];
  const empty = keyed.length < want && parts.empty ? await ctx.db.reader.all<RawRow>(...limited(parts.empty(ROW_COLUMNS), want - keyed.length)) : [];
  const page = [...keyed, ...empty].slice(0, q.limit);
  const last = page.at(-1);
  const nextCursor = keyed.length + empty.length > q.limit && last ? parts.cursorAfter(last, page.length > keyed.length) : null;
  return { rows: page.map(toRow), nextCursor };
}

/**
 * The cursor that makes members.list start at a position (0-based) of the same query: the table's
 * jump to a far row, without reading every page before it. It steps over `position` index entries
 * reading only the sort key and id, so it costs more the deeper it goes (an index walk, no row data).
 */
export async function memberCursorAt(ctx: CallContext, q: MemberQuery & { sort?: MemberSort | null; position: number }): Promise<{ cursor: string | null; pastEnd: boolean }> {
  if (q.position === 0) return { cursor: null, pastEnd: false };
  const parts = await listParts(ctx, { ...q, cursor: null, limit: 1 });
  // The row before the position gives the cursor; the row at it, whether the position exists.
  type KeyRow = { id: number; sortKey: SortKeyValue; inEmpty: number };
  const keyedIds = parts.keyed?.('m.id, 0 AS inEmpty');
  const rows = keyedIds ? await ctx.db.reader.all<KeyRow>(...limited(keyedIds, 2, q.position - 1)) : [];
  if (rows.length < 2 && parts.empty) {
    const keyedCount = keyedIds ? (await ctx.db.reader.get<{ n: number }>(`SELECT count(*) AS n FROM (${keyedIds.sql})`, keyedIds.params))!.n : 0;
    const skip = Math.max(0, q.position - 1 - keyedCount);
    rows.push(...(await ctx.db.reader.all<KeyRow>(...limited(parts.empty('m.id, 1 AS inEmpty'), 2 - rows.length, skip))));
  }
  const [before, at] = rows;
  return at && before ? { cursor: parts.cursorAfter(before, before.inEmpty === 1), pastEnd: false } : { cursor: null, pastEnd: true };
}

export async function countMembers(ctx: CallContext, q: MemberQuery): Promise<{ total: number }> {
  const where = await matching(ctx, q.filter, memberSearch(q.search));
  const row = await ctx.db.reader.get<{ total: number }>(`SELECT count(*) AS total FROM member m WHERE ${where.sql}`, where.params);
  return { total: row!.total };
}

export interface MemberSelection extends MemberQuery {
  memberIds?: number[];
}

/** `SELECT m.id FROM member m WHERE …` for bulk actions: listed ids or a whole filter result, never erased members. */
export async function selectionQuery(ctx: CallContext, selection: MemberSelection): Promise<{ sql: string; params: SqlValue[] }> {
  const where: CompiledFilter = selection.memberIds
    ? { sql: 'm.erased_at IS NULL AND m.id IN (SELECT value FROM json_each(?))', params: [JSON.stringify(selection.memberIds)] }
    : await matching(ctx, selection.filter, memberSearch(selection.search));
  return { sql: `SELECT m.id FROM member m WHERE ${where.sql}`, params: where.params };
}
