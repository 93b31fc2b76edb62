import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../e2e/support/browser';
import type { Measurement } from './measurement';
import { builtApp, percentile, startHost, TOKEN, type Host } from './members-table.bench';
import { median, round } from './stats';
import { buildSurvey } from './survey-estimator.bench';

/**
 * The survey designer in Chromium through the browser host (the built app: `npm run build` first),
 * on a 200-question survey: opening it (the hash changes from the list to the survey, until its
 * header, length meter and first cards are painted; the rest are drawn right after in a deferred
 * render, and the time until all 200 are painted is reported beside), and a keystroke in one question's text, from the keydown to the
 * frame after the length meter's DOM took the new estimate (performance marks in the page). Each
 * measured key adds a word ("x" after a space), so every one changes the estimate. Beside it, as
 * the floor under the machine's load, the same keys into a bare textarea measured the same way.
 */

const QUESTIONS = 200;
const OPEN_RUNS = 7;
const KEYS = 120;
const OPEN_TARGET_MS = 500;
const KEY_TARGET_MS = 50;

const log = (message: string) => process.stderr.write(`[survey-designer] ${message}\n`);

async function rpc(origin: string, method: string, input: unknown): Promise<unknown> {
  const response = await fetch(`${origin}/rpc/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; data: unknown; error?: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error?.message}`);
  return result.data;
}

// Runs in the page (strings: this project's Node typings have no DOM).
// Resolves with [first screen painted (header, meter and the first cards), all cards painted] in ms.
const OPEN = `(id) => new Promise((resolve) => {
  const start = performance.now();
  let first = null;
  location.hash = '#/surveys/' + id;
  const check = () => {
    const cards = document.querySelectorAll('[data-question-card]').length;
    if (first === null && cards > 0 && document.querySelector('.sv-meter')) requestAnimationFrame(() => (first = performance.now() - start));
    if (cards === ${QUESTIONS} && first !== null) requestAnimationFrame(() => resolve([first, performance.now() - start]));
    else requestAnimationFrame(check);
  };
  check();
})`;

const INSTRUMENT = `() => {
  const area = document.querySelector('[data-question-card="q100"] textarea');
  const meter = document.querySelector('.sv-meter');
  window.__keyMs = [];
  let pending = null;
  area.addEventListener('keydown', (e) => {
    if (e.key !== 'x') return;
    performance.mark('key');
    pending = performance.now();
  }, true);
  new MutationObserver(() => {
    if (pending === null) return;
    const start = pending;
    pending = null;
    requestAnimationFrame(() => {
      performance.mark('meter-painted');
      window.__keyMs.push(performance.now() - start);
    });
  }).observe(meter, { attributes: true, attributeFilter: ['data-seconds'] });
}`;

// The floor under the same load: a bare textarea added to the page, whose input handler writes one
// attribute, measured the same way (keydown → the frame after that attribute changed).
const BASELINE = `() => {
  const area = document.createElement('textarea');
  const out = document.createElement('div');
  area.id = 'bench-baseline';
  document.body.append(area, out);
  area.addEventListener('input', () => out.setAttribute('data-length', String(area.value.length)));
  window.__baseMs = [];
  let pending = null;
  area.addEventListener('keydown', (e) => { if (e.key === 'x') pending = performance.now(); }, true);
  new MutationObserver(() => {
    if (pending === null) return;
    const start = pending;
    pending = null;
    requestAnimationFrame(() => window.__baseMs.push(performance.now() - start));
  }).observe(out, { attributes: true });
  area.focus();
}`;

async function typeWords(page: Page): Promise<void> {
  for (let i = 0; i < KEYS; i++) {
    await page.keyboard.press('Space');
    await page.keyboard.press('x');
    // About 100 ms between keys, a brisk typist.
    await page.waitForTimeout(80);
  }
  await page.waitForTimeout(300);
}

async function openDesigner(page: Page, id: string): Promise<[number, number]> {
  await page.evaluate(`location.hash = '#/surveys'`);
  await page.locator('.sv-survey-table').waitFor();
  return (await page.evaluate(`(${OPEN})(${JSON.stringify(id)})`)) as [number, number];
}

export async function run(): Promise<Measurement[]> {
  const { root, serveJs } = builtApp();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icw-bench-designer-'));
  const workspace = path.join(dir, 'workspaces', 'designer.sqlite');
  fs.mkdirSync(path.dirname(workspace));
  let host: Host | null = null;
  const browser = await launchBrowser();
  try {
    host = await startHost(serveJs, root, dir, workspace);
    const { id } = (await rpc(host.origin, 'surveys.create', { title: 'Two hundred questions' })) as { id: string };
    await rpc(host.origin, 'surveys.update', { id, definition: buildSurvey('en', 1) });
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' })).newPage();
    await page.goto(`${host.origin}/#token=${TOKEN}`);
    await page.locator('.app-nav').waitFor();

    await openDesigner(page, id); // warm-up
    const opens: number[] = [];
    const whole: number[] = [];
    for (let i = 0; i < OPEN_RUNS; i++) {
      const [first, all] = await openDesigner(page, id);
      opens.push(first);
      whole.push(all);
    }
    log(`open, first screen: ${opens.map((ms) => round(ms)).join(', ')} ms; all ${QUESTIONS} cards: ${whole.map((ms) => round(ms)).join(', ')} ms`);

    await page.locator('[data-question-card="q100"] .sv-card-summary').click();
    const area = page.locator('[data-question-card="q100"] textarea').first();
    await area.click();
    await page.keyboard.press('End');
    await page.evaluate(`(${INSTRUMENT})()`);
    await typeWords(page);
    const keys = ((await page.evaluate('window.__keyMs')) as number[]).sort((a, b) => a - b);
    await page.evaluate(`(${BASELINE})()`);
    await typeWords(page);
    const floor = ((await page.evaluate('window.__baseMs')) as number[]).sort((a, b) => a - b);
    const cards = await page.locator('[data-question-card]').count();
    const p95 = percentile(keys, 0.95);
    log(`keystroke → meter painted: p50 ${round(percentile(keys, 0.5), 1)} ms, p95 ${round(p95, 1)} ms over ${keys.length} keys; bare textarea p50 ${round(percentile(floor, 0.5), 1)} ms, p95 ${round(percentile(floor, 0.95), 1)} ms`);
    return [
      {
        bench: 'survey-designer.open',
        questions: cards,
        runs: OPEN_RUNS,
        medianMs: round(median(opens)),
        runsMs: opens.map((ms) => round(ms)),
        target: OPEN_TARGET_MS,
        pass: median(opens) < OPEN_TARGET_MS,
        allCardsMedianMs: round(median(whole)),
        allCardsMs: whole.map((ms) => round(ms)),
        loadAverage: round(os.loadavg()[0]!, 2),
      },
      {
        bench: 'survey-designer.keystrokeToMeter',
        questions: cards,
        keys: keys.length,
        p50Ms: round(percentile(keys, 0.5), 1),
        p95Ms: round(p95, 1),
        maxMs: round(keys.at(-1) ?? 0, 1),
        target: KEY_TARGET_MS,
        pass: keys.length >= KEYS * 0.9 && p95 < KEY_TARGET_MS,
        bareTextareaP50Ms: round(percentile(floor, 0.5), 1),
        bareTextareaP95Ms: round(percentile(floor, 0.95), 1),
        loadAverage: round(os.loadavg()[0]!, 2),
      },
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
