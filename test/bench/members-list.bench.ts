import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { OPENNESS_INSTRUMENT_ID } from '../../main/model/openness';
import { insertRows } from '../../main/core/db/batch-insert';
import { Connection, type SqlValue } from '../../main/core/db/connection';
import { applyWriterPragmas } from '../../main/core/db/pragmas';
import { Writer } from '../../main/core/db/writer';
import people from '../../resources/demo/people.json';
import { pickName } from '../../main/core/demo/demo-members';
import { createRandom, type Random } from '../../main/core/demo/random';
import { textKey } from '../../main/core/members/text-key';
import { createWorkspace, removeWorkspace, startBenchCore } from './bench-core';
import { alternate, compareLine } from './compare';
import { runMeasure, type Builds } from './measure-builds';
import type { Measurement } from './measurement';
import { measureMembersList, NOW, PANEL_TAG_ID, RUNS, type MembersListFixture } from './members-list.measure';
import { round } from './stats';

/** BENCH_MEMBERS shrinks the panel for a quick local try. */
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 1_000_000);
/** 500,000 deep on a million members (about 615,000 carry the tag and a score); half as deep as the panel is big on a smaller one. */
const DEEP = Math.min(500_000, Math.floor(MEMBERS / 2));
const CHUNK = 10_000;
const SEED = 7_031_977;
/** Three in four members carry it, so a tag-filtered list sorted by openness has a row 500,000 deep. */
const PANEL_TAG = { name: 'panel 2025', color: '#4e79a7', share: 0.75 };
const OTHER_TAGS = [
  { name: 'early adopter', color: '#59a14f', share: 0.18 },
  { name: 'mobile first', color: '#f28e2b', share: 0.42 },
];

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
 * Fills a new, empty workspace with the members, tags and openness scores in one transaction. It
 * does not migrate the file: in a comparison the baseline's build made it, and the current build
 * migrates its own copy. Secondary indexes and the search triggers are set aside during the load
 * and rebuilt once at the end (several times faster than maintaining them row by row), then
 * restored exactly as the migrations made them. Returns the member DEEP rows down the list the
 * measurement pages through (tag-filtered, by openness, highest first).
 */
async function fill(file: string): Promise<MembersListFixture['deep']> {
  const conn = await Connection.open(file, { readonly: false });
  const writer = new Writer(conn);
  const rng = createRandom(SEED);
  const created = NOW.toISOString();
  try {
    await applyWriterPragmas(conn);
    await conn.exec('PRAGMA cache_size = -524288');
    await writer.transaction(async (tx) => {
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
    const [deep] = await conn.all<{ id: number }>(
      `SELECT ts.member_id AS id FROM trait_score ts JOIN member m ON m.id = ts.member_id
       WHERE ts.instrument_id = ? AND ts.score IS NOT NULL AND m.erased_at IS NULL AND EXISTS (SELECT 1 FROM member_tag mt WHERE mt.tag_id = ? AND mt.member_id = m.id)
       ORDER BY ts.score DESC, ts.member_id DESC LIMIT 1 OFFSET ?`,
      [OPENNESS_INSTRUMENT_ID, PANEL_TAG_ID, DEEP],
    );
    if (!deep) throw new Error(`Fewer than ${DEEP + 1} tagged, scored members: the deep page cannot be measured`);
    return { position: DEEP, memberId: deep.id };
  } finally {
    await writer.close();
    await conn.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    await conn.close();
  }
}

/** The panel in a new workspace file, made by the given step (this build's workspace.create, or the baseline's). */
async function generate(file: string, create: (file: string) => Promise<unknown>): Promise<MembersListFixture & { generateMs: number }> {
  const started = performance.now();
  await create(file);
  const deep = await fill(file);
  log(`${MEMBERS} members generated in ${round((performance.now() - started) / 1000)} s`);
  return { members: MEMBERS, deep, generateMs: performance.now() - started };
}

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'icw-bench-members-'));

export async function run(): Promise<Measurement[]> {
  const dir = tempDir();
  const file = path.join(dir, 'members.sqlite');
  try {
    const { generateMs, ...fixture } = await generate(file, createWorkspace);
    return [{ bench: 'members.generate', members: MEMBERS, runs: RUNS, seconds: round(generateMs / 1000) }, ...(await measureMembersList(file, fixture))];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** What a run measured apart from its time: the same on both sides when the two cores agree. */
const answerOf = ({ medianMs, firstMs, runsMs, ms, pass, ...answer }: Measurement) => JSON.stringify(answer);

/**
 * VACUUM: a migration that rewrites every member row (e.g. one that adds a column and fills it)
 * leaves the table's pages split and out of order, which the baseline's freshly loaded copy is not;
 * that is the page layout an upgraded file starts with, not what the code costs (a new or imported
 * panel is written packed), so the migrated copy is packed again before it is measured.
 */
async function repack(file: string): Promise<void> {
  const conn = await Connection.open(file, { readonly: false });
  try {
    await conn.exec('VACUUM');
  } finally {
    await conn.close();
  }
}

/**
 * The same measurements, current build against baseline build, alternately in child processes, each
 * on its own copy of one generated panel. The baseline's build makes the empty workspace (its schema
 * is the older one); the current build's copy is opened once first, which applies any migration the
 * baseline lacks, then packs it (repack). One members.list.compare line per measurement, on medianMs (ms for the bulk writes).
 */
export async function compare(builds: Builds): Promise<Measurement[]> {
  const dir = tempDir();
  const masters = { baseline: path.join(dir, 'baseline.sqlite'), current: path.join(dir, 'current.sqlite') };
  try {
    const { generateMs, ...fixture } = await generate(masters.baseline, (file) => runMeasure(builds.baseline, 'create', file, undefined));
    fs.copyFileSync(masters.baseline, masters.current);
    await (await startBenchCore({ open: masters.current }, () => NOW)).close();
    await repack(masters.current);
    const runs = await alternate(builds, async (build, i) => {
      const copy = path.join(dir, `${build.side}-${i}.sqlite`);
      fs.copyFileSync(masters[build.side], copy);
      try {
        return await runMeasure(build, 'members-list', copy, fixture);
      } finally {
        removeWorkspace(copy);
      }
    });
    const lines = (side: 'current' | 'baseline', bench: string) =>
      runs[side].map((measured) => measured.find((line) => line.bench === bench) ?? missing(side, bench));
    return runs.current[0]!.map(({ bench }) => {
      const [current, baseline] = [lines('current', bench), lines('baseline', bench)];
      const figure = (line: Measurement) => Number(line.medianMs ?? line.ms);
      const answers = new Set([...current, ...baseline].map(answerOf));
      return compareLine(builds, { bench: 'members.list.compare', measure: bench, unit: 'ms' }, current.map(figure), baseline.map(figure), {
        members: MEMBERS,
        sameAnswer: answers.size === 1,
      });
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const missing = (side: string, bench: string): never => {
  throw new Error(`The ${side} build measured no ${bench}`);
};
