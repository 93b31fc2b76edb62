import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { chromium, type Page } from 'playwright-core';
import { OPENNESS_INSTRUMENT_ID } from '../../main/model/openness';
import people from '../../resources/demo/people.json';
import { insertRows } from '../../main/core/db/batch-insert';
import type { SqlValue } from '../../main/core/db/connection';
import { openWorkspaceDb } from '../../main/core/db/workspace-db';
import { buildDemoMembers } from '../../main/core/demo/demo-members';
import { createRandom } from '../../main/core/demo/random';
import { CORE_NODE_FLAGS } from '../../main/shell/core-protocol';
import { textKey } from '../../main/core/members/text-key';
import type { Measurement } from './measurement';
import { median, round } from './stats';

/**
 * The members table in Chromium through the browser host (the built app: `npm run build` first),
 * on a workspace of 100,000 members: time from navigation until the first rows are visible, and
 * frame times while the table is scrolled by script (requestAnimationFrame deltas in the page).
 */

const MEMBERS = Number(process.env.BENCH_TABLE_MEMBERS ?? 100_000);
const RUNS = 5;
const FIRST_ROWS_TARGET_MS = 1000;
const FRAME_TARGET_MS = 32;
/** Scroll speed of the scripted scroll: 4,800 px/s at 60 Hz, a brisk wheel or trackpad scroll. */
const SCROLL_PX_PER_FRAME = 80;
const SCROLL_FRAMES = 600;
const SEED = 4_242;
const NOW = new Date('2026-01-15T09:00:00.000Z');
export const TOKEN = 'bench-token-0123456789';
const CHUNK = 5_000;
const MEMBER_COLUMNS = ['id', 'code', 'name', 'name_key', 'email', 'email_key', 'phone', 'country', 'city', 'gender', 'birth_year',
  'joined_at', 'source_channel', 'lifecycle_stage', 'consent_status', 'do_not_contact', 'created_at', 'updated_at'];
const FIRST_ROW = '.members-body .member-name';

const log = (message: string) => process.stderr.write(`[members-table] ${message}\n`);

/** The repository root: `npm run bench` runs there; the built app must be in out/. */
export function builtApp(): { root: string; serveJs: string } {
  const root = process.cwd();
  const serveJs = path.join(root, 'out/main/serve.js');
  if (!fs.existsSync(serveJs) || !fs.existsSync(path.join(root, 'out/renderer/index.html'))) {
    throw new Error('The UI benchmarks drive the built app: run `npm run build` first, from the repository root.');
  }
  return { root, serveJs };
}

/** Demo-like members (names in Chinese, Cyrillic and Latin, tags, openness scores) written in batches. */
async function generate(file: string): Promise<void> {
  const db = await openWorkspaceDb(file, { create: true });
  const rng = createRandom(SEED);
  const created = NOW.toISOString();
  try {
    await db.writer.transaction(async (tx) => {
      await insertRows(tx, 'tag', ['id', 'name', 'name_key', 'color', 'created_at'], people.tags.map((t, i) => [i + 1, t.name, textKey(t.name), t.color, created]));
      const tagIds = new Map(people.tags.map((t, i) => [t.name, i + 1]));
      for (let start = 1; start <= MEMBERS; start += CHUNK) {
        const members = buildDemoMembers(rng, Math.min(CHUNK, MEMBERS - start + 1), NOW).map((m, i) => ({ ...m, id: start + i, code: `${m.code}${(start + i).toString(36).toUpperCase()}` }));
        await insertRows(tx, 'member', MEMBER_COLUMNS, members.map((m) => [
          m.id, m.code, m.name, textKey(m.name), m.email, textKey(m.email), m.phone, m.country, m.city, m.gender, m.birthYear,
          m.joinedAt, m.sourceChannel, m.stage, m.consent, m.doNotContact ? 1 : 0, created, created,
        ]));
        await insertRows(tx, 'member_tag', ['tag_id', 'member_id'], members.flatMap((m) => m.tags.map((t): SqlValue[] => [tagIds.get(t)!, m.id])));
        await insertRows(tx, 'trait_score', ['member_id', 'instrument_id', 'score', 'answered', 'scored_at'],
          members.flatMap((m) => (m.score ? [[m.id, OPENNESS_INSTRUMENT_ID, m.score.score, m.score.answered, created]] : [])));
        log(`${Math.min(MEMBERS, start + CHUNK - 1)} members written`);
      }
    });
  } finally {
    await db.close();
  }
}

export interface Host {
  origin: string;
  child: ChildProcess;
}

/** The browser host on a workspace, with a local user's name set (the surveys designer benchmark uses it too). */
export async function startHost(serveJs: string, root: string, home: string, workspace: string): Promise<Host> {
  const child = spawn(process.execPath, [...CORE_NODE_FLAGS, serveJs, '--port', '0', '--workspace', workspace], {
    cwd: root,
    env: { ...process.env, WORKBENCH_HOME: home, WORKBENCH_TOKEN: TOKEN },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The browser host did not start within 60 s.')), 60_000);
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      const ready = /^Workbench ready at (http:\/\/127\.0\.0\.1:\d+)\//.exec(line);
      if (ready) {
        clearTimeout(timer);
        resolve(ready[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`The browser host exited (code ${code}).`)));
  });
  // The local user's name, so the first-run dialog does not cover the table.
  await fetch(`${origin}/rpc/profile.set`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'Bench' }),
  });
  return { origin, child };
}

// Runs in the page (strings: this project's Node typings have no DOM). Resolves with the time from
// `start` (performance.now() in the page) until the first member row is in the DOM and painted.
const UNTIL_ROWS = `(start) => new Promise((resolve) => {
  const check = () => document.querySelector('${FIRST_ROW}') ? requestAnimationFrame(() => resolve(performance.now() - start)) : requestAnimationFrame(check);
  check();
})`;

const SCROLL = `({ frames, step }) => new Promise((resolve) => {
  const scroller = document.querySelector('.members-scroll');
  const deltas = [];
  let last = performance.now();
  let n = 0;
  const frame = (now) => {
    deltas.push(now - last);
    last = now;
    scroller.scrollTop += step;
    if (++n < frames) requestAnimationFrame(frame);
    else resolve({ deltas, scrollTop: scroller.scrollTop });
  };
  requestAnimationFrame((now) => { last = now; requestAnimationFrame(frame); });
})`;

/** A full page load of #/panel: navigation start until the first rows are painted. */
async function coldLoad(page: Page, origin: string): Promise<number> {
  await page.goto(`${origin}/#/panel`, { waitUntil: 'commit' });
  await page.reload({ waitUntil: 'commit' });
  return (await page.evaluate(`(${UNTIL_ROWS})(0)`)) as number;
}

/** From the overview to the members page inside the running app (a click on "Panel"). */
async function inAppNavigation(page: Page): Promise<number> {
  await page.evaluate(`window.location.hash = '#/overview'`);
  await page.locator('.count-cards').waitFor();
  return (await page.evaluate(`(() => { const start = performance.now(); window.location.hash = '#/panel'; return (${UNTIL_ROWS})(start); })()`)) as number;
}

/**
 * Dragging the scrollbar far down: the table asks the core for the cursor at that row's block
 * (members.cursorAt) and reads the block. Past about a million rows the scrollbar is scaled
 * (scroll-scale.ts); the same factor is worked out here from the element, to land on the row.
 */
const JUMP = `(row) => new Promise((resolve) => {
  const scroller = document.querySelector('.members-scroll');
  const count = Number(document.querySelector('.members-table').getAttribute('aria-rowcount')) - 1;
  const view = scroller.clientHeight;
  const factor = (36 + count * 32 - view) / (scroller.scrollHeight - view);
  const start = performance.now();
  scroller.scrollTop = (row * 32) / factor;
  const check = () => {
    const cell = document.querySelector('.members-body [aria-rowindex="' + (row + 2) + '"] .member-code');
    cell ? resolve(performance.now() - start) : requestAnimationFrame(check);
  };
  check();
})`;
const JUMP_ROW = Math.floor(MEMBERS * 0.8);

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;

export async function run(): Promise<Measurement[]> {
  const { root, serveJs } = builtApp();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icw-bench-table-'));
  const workspace = path.join(dir, 'workspaces', 'panel-100k.sqlite');
  fs.mkdirSync(path.dirname(workspace));
  let host: Host | null = null;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const started = performance.now();
    await generate(workspace);
    log(`${MEMBERS} members generated in ${round((performance.now() - started) / 1000)} s`);
    host = await startHost(serveJs, root, dir, workspace);
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' })).newPage();
    await page.goto(`${host.origin}/#token=${TOKEN}`);
    await page.locator('.app-nav').waitFor();

    await coldLoad(page, host.origin); // warm-up: the browser caches the bundle, the core its statements
    const cold: number[] = [];
    for (let i = 0; i < RUNS; i++) cold.push(await coldLoad(page, host.origin));
    const inApp: number[] = [];
    for (let i = 0; i < RUNS; i++) inApp.push(await inAppNavigation(page));

    const scroll = (await page.evaluate(`(${SCROLL})(${JSON.stringify({ frames: SCROLL_FRAMES, step: SCROLL_PX_PER_FRAME })})`)) as { deltas: number[]; scrollTop: number };
    const frames = [...scroll.deltas].sort((a, b) => a - b);
    const jumpMs = (await page.evaluate(`(${JUMP})(${JUMP_ROW})`)) as number;
    const lastRowMs = (await page.evaluate(`(${JUMP})(${MEMBERS - 1})`)) as number;
    const p95 = percentile(frames, 0.95);
    const common = { members: MEMBERS, runs: RUNS, viewport: '1280x800' };
    return [
      { bench: 'members-table.firstRows.pageLoad', ...common, medianMs: round(median(cold)), runsMs: cold.map((ms) => round(ms)), target: FIRST_ROWS_TARGET_MS, pass: median(cold) < FIRST_ROWS_TARGET_MS },
      { bench: 'members-table.firstRows.inApp', ...common, medianMs: round(median(inApp)), runsMs: inApp.map((ms) => round(ms)), target: FIRST_ROWS_TARGET_MS, pass: median(inApp) < FIRST_ROWS_TARGET_MS },
      {
        bench: 'members-table.scrollFrames',
        members: MEMBERS,
        frames: frames.length,
        pxPerFrame: SCROLL_PX_PER_FRAME,
        rowsScrolled: Math.round(scroll.scrollTop / 32),
        p50Ms: round(percentile(frames, 0.5), 2),
        p95Ms: round(p95, 2),
        maxMs: round(frames.at(-1)!, 2),
        target: FRAME_TARGET_MS,
        pass: p95 < FRAME_TARGET_MS,
      },
      // No target: how long reaching a far row takes (one members.cursorAt, then one block).
      { bench: 'members-table.jumpByScrollbar', members: MEMBERS, row: JUMP_ROW, ms: round(jumpMs), lastRow: MEMBERS - 1, lastRowMs: round(lastRowMs), blockRows: 500 },
    ];
  } finally {
    await browser.close();
    if (host) {
      host.child.kill('SIGTERM');
      await new Promise((resolve) => host!.child.once('exit', resolve));
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
