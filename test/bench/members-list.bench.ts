import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { MemberRow } from '../../main/api/members';
import { OPENNESS_INSTRUMENT_ID } from '../../main/model/openness';
import { insertRows } from '../../main/core/db/batch-insert';
import type { SqlValue } from '../../main/core/db/connection';
import { openWorkspaceDb } from '../../main/core/db/workspace-db';
import people from '../../resources/demo/people.json';
import { pickName } from '../../main/core/demo/demo-members';
import { createRandom, type Random } from '../../main/core/demo/random';
import { encodeCursor } from '../../main/core/panel/member-cursor';
import { textKey } from '../../main/core/members/text-key';
import { createDispatch, type Dispatch } from '../../main/rpc/dispatch';
import { createHandlers } from '../../main/rpc/handlers';
import { Session } from '../../main/core/session';
import type { Measurement } from './measurement';
import { median, round } from './stats';

/** BENCH_MEMBERS shrinks the panel for a quick local try (the 500,000-deep page needs about 850,000). */
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 1_000_000);
const CHUNK = 10_000;
const RUNS = 9;
const PAGE = 100;
const DEEP = 500_000;
const LIST_TARGET_MS = 50;
const SEARCH_TARGET_MS = 100;
const SEED = 7_031_977;
const NOW = new Date('2026-01-15T09:00:00.000Z');
/** Three in four members carry it, so a tag-filtered list sorted by openness has a row 500,000 deep. */
const PANEL_TAG = { name: 'panel 2025', color: '#4e79a7', share: 0.75 };
const OTHER_TAGS = [
  { name: 'early adopter', color: '#59a14f', share: 0.18 },
  { name: 'mobile first', color: '#f28e2b', share: 0.42 },
];
const SEARCH = '王伟';

const log = (message: string) => process.stderr.write(`[members.list] ${message}\n`);

const MEMBER_COLUMNS = ['id', 'code', 'name', 'name_key', 'email', 'email_key', 'phone', 'country', 'city', 'gender', 'birth_year',
  'joined_at', 'source_channel', 'lifecycle_stage', 'consent_status', 'do_not_contact', 'created_at', 'updated_at'];

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Distinct codes for a million members without a lookup per code (random ones would collide a few hundred times). */
const codeOf = (n: number) => {
  let code = '';
  for (let i = 0; i < 6; i++, n = Math.floor(n / 32)) code = CROCKFORD[n % 32] + code;
  return `M-${code}`;
};

const countries = people.countries.map((c) => [c, c.weight] as const);
const STAGES = ['acquisition', 'activation', 'retention', 'monetization'] as const;
const GENDERS = ['female', 'male', 'other', 'undisclosed'] as const;
const DAY = 86_400_000;

/**
 * One member row like the demo's (names from the same pools: Chinese family-name-first without a
 * space, Cyrillic, Latin), made cheaply: the demo generator simulates screener answers, which
 * would take a minute for a million. Scores are means of ten 1–5 answers, so multiples of 0.1.
 */
function memberRow(rng: Random, id: number, created: string): { row: SqlValue[]; score: number | null } {
  const country = rng.weighted(countries);
  const gender = rng.pick(GENDERS);
  const { name, latin } = pickName(rng, country.locale, gender);
  const email = rng.chance(0.94) ? `${latin}${id % 997}@${rng.pick(people.emailDomains)}` : null;
  const joined = new Date(NOW.getTime() - rng.int(0, 1100) * DAY).toISOString();
  const score = rng.chance(0.82) ? Math.round(Math.min(50, Math.max(10, rng.normal(34, 6)))) / 10 : null;
  const row = [
    id, codeOf(id), name, textKey(name), email, textKey(email), rng.chance(0.4) ? `+${rng.int(1, 99)} ${rng.int(100, 999)} ${rng.int(1000000, 9999999)}` : null,
    country.code, rng.pick(country.cities), gender, rng.int(1948, 2008), joined,
    rng.pick(people.sourceChannels)[0]!, rng.pick(STAGES), rng.chance(0.92) ? 'granted' : 'unknown', rng.chance(0.02) ? 1 : 0, created, created,
  ];
  return { row, score };
}

/**
 * A million members, tags and openness scores in one transaction. Secondary indexes and the search
 * triggers are set aside during the load and rebuilt once at the end (several times faster than
 * maintaining them row by row), then restored exactly as the migrations made them.
 */
async function generate(file: string): Promise<void> {
  const db = await openWorkspaceDb(file, { create: true });
  const rng = createRandom(SEED);
  const created = NOW.toISOString();
  try {
    await db.writer.outside((conn) => conn.exec('PRAGMA cache_size = -524288'));
    await db.writer.transaction(async (tx) => {
      const setAside = await tx.all<{ type: string; name: string; sql: string }>(
        "SELECT type, name, sql FROM sqlite_schema WHERE type IN ('index', 'trigger') AND tbl_name IN ('member', 'member_tag', 'trait_score') AND sql IS NOT NULL",
      );
      for (const x of setAside) await tx.exec(`DROP ${x.type.toUpperCase()} ${x.name}`);
      const tags = [PANEL_TAG, ...OTHER_TAGS];
      await insertRows(tx, 'tag', ['id', 'name', 'name_key', 'color', 'created_at'], tags.map((t, i) => [i + 1, t.name, textKey(t.name), t.color, created]));
      for (let start = 1; start <= MEMBERS; start += CHUNK) {
        const members = Array.from({ length: Math.min(CHUNK, MEMBERS - start + 1) }, (_, i) => ({ id: start + i, ...memberRow(rng, start + i, created) }));
        await insertRows(tx, 'member', MEMBER_COLUMNS, members.map((m) => m.row));
        const memberTags: SqlValue[][] = [];
        for (const m of members) tags.forEach((t, k) => rng.chance(t.share) && memberTags.push([k + 1, m.id]));
        await insertRows(tx, 'member_tag', ['tag_id', 'member_id'], memberTags);
        const scores = members.flatMap((m) => (m.score === null ? [] : [[m.id, OPENNESS_INSTRUMENT_ID, m.score, 10, created]]));
        await insertRows(tx, 'trait_score', ['member_id', 'instrument_id', 'score', 'answered', 'scored_at'], scores);
        if ((start - 1 + CHUNK) % 100_000 === 0) log(`${start - 1 + CHUNK} members written`);
      }
      await tx.exec("INSERT INTO member_fts (member_fts) VALUES ('rebuild'); INSERT INTO member_words (member_words) VALUES ('rebuild');");
      for (const x of setAside) await tx.exec(x.sql);
    });
  } finally {
    await db.close();
  }
}

type Page = { rows: MemberRow[]; nextCursor: string | null };

/** A call through the real dispatch (zod parsing included) that throws on an error result. */
const caller = (dispatch: Dispatch) => async <T>(method: string, input: object): Promise<T> => {
  const result = await dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.data as T;
};

/** Median of RUNS timed calls after a first one (which also warms caches; its time is reported as firstMs). */
async function timed(call: () => Promise<unknown>): Promise<{ medianMs: number; firstMs: number; runsMs: number[] }> {
  let started = performance.now();
  await call();
  const firstMs = round(performance.now() - started, 2);
  const runsMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    started = performance.now();
    await call();
    runsMs.push(performance.now() - started);
  }
  return { medianMs: round(median(runsMs), 2), firstMs, runsMs: runsMs.map((ms) => round(ms, 2)) };
}

export async function run(): Promise<Measurement[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icw-bench-members-'));
  const file = path.join(dir, 'members.sqlite');
  const session = new Session({ host: 'browser', version: 'bench', homeDir: dir, allowedDirs: null, emit: () => undefined, now: () => NOW });
  try {
    const started = performance.now();
    await generate(file);
    const generateMs = performance.now() - started;
    log(`${MEMBERS} members generated in ${round(generateMs / 1000)} s`);
    await session.open(file);
    const call = caller(createDispatch(createHandlers(session)));
    const reader = session.workspace.db.reader;

    const filter = { field: 'tag', op: 'has', value: 1 };
    const sort = { field: 'openness', dir: 'desc' };
    const firstPage = await timed(() => call<Page>('members.list', { filter, sort, limit: PAGE }));

    // The cursor a client holds after paging through 500,000 rows: the 500,000th row's sort key and id.
    const [at, next] = await reader.all<{ score: number; id: number }>(
      `SELECT ts.score, ts.member_id AS id FROM trait_score ts JOIN member m ON m.id = ts.member_id
       WHERE ts.instrument_id = ? AND ts.score IS NOT NULL AND m.erased_at IS NULL AND EXISTS (SELECT 1 FROM member_tag mt WHERE mt.tag_id = 1 AND mt.member_id = m.id)
       ORDER BY ts.score DESC, ts.member_id DESC LIMIT 2 OFFSET ?`,
      [OPENNESS_INSTRUMENT_ID, DEEP - 1],
    );
    if (!at || !next) throw new Error(`Fewer than ${DEEP + 1} tagged, scored members: the deep page cannot be measured`);
    const cursor = encodeCursor({ sort: 'openness', dir: 'desc', key: at.score, id: at.id, inEmpty: false });
    const deep = await call<Page>('members.list', { filter, sort, cursor, limit: PAGE });
    if (deep.rows[0]?.id !== next.id || deep.rows.length !== PAGE) throw new Error('The deep page does not start right after the 500,000th row');
    const deepPage = await timed(() => call<Page>('members.list', { filter, sort, cursor, limit: PAGE }));
    // The table's jump to that row (scrollbar dragged there): the same cursor, found by members.cursorAt.
    const located = await call<{ cursor: string | null }>('members.cursorAt', { filter, sort, position: DEEP });
    if (located.cursor !== cursor) throw new Error('members.cursorAt does not give the cursor of the 500,000th row');
    const jump = await timed(() => call('members.cursorAt', { filter, sort, position: DEEP }));

    const { total: matches } = await call<{ total: number }>('members.count', { search: SEARCH });
    const search = await timed(() => call<Page>('members.list', { search: SEARCH, limit: PAGE }));
    // Not targets; they show what the table's other calls cost on a million members.
    const searchSorted = await timed(() => call<Page>('members.list', { search: SEARCH, filter, sort, limit: PAGE }));
    const count = await timed(() => call('members.count', { filter }));
    const tags = await timed(() => call('tags.list', {}));
    // firstMs includes computing the panel's openness thresholds, which later calls reuse until a write.
    const get = await timed(() => call('members.get', { memberId: next.id }));
    const once = async <T>(method: string, input: object) => {
      const started = performance.now();
      const data = await call<T>(method, input);
      return { ms: round(performance.now() - started), data };
    };
    const apply = await once<{ changed: number }>('tags.apply', { tag: 2, filter });
    const undo = await once<{ reverted: number }>('tags.undo', {});

    const common = { members: MEMBERS, runs: RUNS };
    return [
      { bench: 'members.generate', ...common, seconds: round(generateMs / 1000) },
      { bench: 'members.list.firstPage', ...common, rows: PAGE, filter: 'tag', sort: 'openness desc', ...firstPage, target: LIST_TARGET_MS, pass: firstPage.medianMs < LIST_TARGET_MS },
      { bench: 'members.list.deepPage', ...common, rows: PAGE, depth: DEEP, filter: 'tag', sort: 'openness desc', ...deepPage, target: LIST_TARGET_MS, pass: deepPage.medianMs < LIST_TARGET_MS },
      { bench: 'members.cursorAt.deep', ...common, position: DEEP, filter: 'tag', sort: 'openness desc', ...jump },
      { bench: 'members.list.searchChinese2', ...common, search: SEARCH, matches, ...search, target: SEARCH_TARGET_MS, pass: search.medianMs < SEARCH_TARGET_MS },
      { bench: 'members.list.searchTagSortedByOpenness', ...common, search: SEARCH, ...searchSorted },
      { bench: 'members.count.tag', ...common, ...count },
      { bench: 'tags.list', ...common, ...tags },
      { bench: 'members.get', ...common, ...get },
      { bench: 'tags.apply.wholeFilter', members: MEMBERS, changed: apply.data.changed, ms: apply.ms },
      { bench: 'tags.undo.wholeFilter', members: MEMBERS, reverted: undo.data.reverted, ms: undo.ms },
    ];
  } finally {
    await session.closeWorkspace();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
