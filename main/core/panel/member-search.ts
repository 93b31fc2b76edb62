import type { CompiledFilter } from '../db/filter-sql';
import type { Queryable } from '../db/writer';

/** The trigram index finds substrings of 3 characters or more; shorter terms use the word index. */
const TRIGRAM_MIN = 3;
const MAX_TERMS = 8;

/** A term as one FTS5 string: quoted, inner quotes doubled, so no user text is read as query syntax. */
const phrase = (term: string) => `"${term.replaceAll('"', '""')}"`;

export interface MemberSearch {
  /** The search as a condition over a member row aliased m. */
  condition: CompiledFilter;
  /** One query of matching member ids per index used; every match is in each of them. */
  matches: CompiledFilter[];
}

/**
 * The quick search, or null for none. Every term must match. Terms of 3+ characters match anywhere
 * in name, email, phone, city, code or external id (trigram index, any script); 1–2 character terms
 * match the start of a word of the name (word index), so a two-character Chinese name such as 王伟
 * is found.
 */
export function memberSearch(search: string | null | undefined): MemberSearch | null {
  const terms = (search ?? '').normalize('NFKC').split(/\s+/u).filter(Boolean).slice(0, MAX_TERMS);
  const long = terms.filter((t) => [...t].length >= TRIGRAM_MIN);
  // A short term without a letter or digit yields no word token: it cannot narrow the search.
  const short = terms.filter((t) => [...t].length < TRIGRAM_MIN && /[\p{L}\p{N}]/u.test(t));
  const matches: CompiledFilter[] = [];
  if (long.length) matches.push({ sql: 'SELECT rowid FROM member_fts WHERE member_fts MATCH ?', params: [long.map(phrase).join(' AND ')] });
  if (short.length) matches.push({ sql: 'SELECT rowid FROM member_words WHERE member_words MATCH ?', params: [short.map((t) => `${phrase(t)}*`).join(' AND ')] });
  if (!matches.length) return null;
  return {
    condition: { sql: matches.map((m) => `m.id IN (${m.sql})`).join(' AND '), params: matches.flatMap((m) => m.params) },
    matches,
  };
}

/** Whether at most `limit` members match; reads no more than limit + 1 ids from an index. */
export async function matchesAtMost(db: Queryable, search: MemberSearch, limit: number): Promise<boolean> {
  for (const m of search.matches) {
    const row = await db.get<{ n: number }>(`SELECT count(*) AS n FROM (${m.sql} LIMIT ?)`, [...m.params, limit + 1]);
    if (row!.n <= limit) return true;
  }
  return false;
}
