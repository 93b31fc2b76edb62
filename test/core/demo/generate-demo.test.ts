import { describe, expect, it } from 'vitest';
import people from '../../../resources/demo/people.json';
import { scoreOpenness } from '../../../main/model/openness';
import { DEMO_SEED } from '../../../main/core/demo/generate-demo';
import { testSession } from '../../support/workspace';
import path from 'node:path';
import { call } from '../../support/call';

async function demoSession() {
  const t = testSession();
  const created = await t.dispatch('workspace.create', { path: path.join(t.dir, 'demo.sqlite'), demo: true });
  if (!created.ok) throw new Error(created.error.message);
  const { jobId } = created.data as { jobId: string };
  const job = await t.dispatch('jobs.wait', { jobId, timeoutMs: 60_000 });
  return { ...t, job: job.ok ? (job.data as { state: string; result: Record<string, number> }) : null };
}

describe('demo community', () => {
  it('fills a new workspace through a job with about 2,000 members, two surveys and about 1,500 responses', async () => {
    const { dispatch, job, session } = await demoSession();
    expect(job?.state).toBe('succeeded');
    const { counts } = await call(dispatch, 'workspace.info', {});
    expect(counts.members).toBe(2000);
    expect(counts.surveys).toBe(2);
    expect(counts.responses).toBeGreaterThan(1300);
    expect(counts.responses).toBeLessThan(1700);
    expect(job?.result).toEqual(counts);
    // Every member is written to in their country's language, so an invitation list has it.
    const languages = await session.workspace.db.reader.all<{ country: string; language: string | null }>('SELECT DISTINCT country, language FROM member ORDER BY country');
    expect(languages).toEqual(people.countries.map((c) => ({ country: c.code, language: c.language })).sort((a, b) => a.country.localeCompare(b.country)));
    await session.closeWorkspace();
  });

  it('is the same on every run (fixed seed) and its stored scores follow the scoring rule', async () => {
    const a = await demoSession();
    const b = await demoSession();
    const snapshot = (s: typeof a) =>
      s.session.workspace.db.reader.all('SELECT code, name, email, country, lifecycle_stage FROM member ORDER BY id LIMIT 50');
    expect(await snapshot(a)).toEqual(await snapshot(b));
    const reader = a.session.workspace.db.reader;
    const answers = await reader.all<{ member_id: number; item: number; value: number }>('SELECT member_id, item, value FROM screener_answer');
    const byMember = new Map<number, (number | null)[]>();
    for (const r of answers) {
      const list = byMember.get(r.member_id) ?? Array<number | null>(10).fill(null);
      list[r.item - 1] = r.value;
      byMember.set(r.member_id, list);
    }
    const scores = await reader.all<{ member_id: number; score: number | null; answered: number }>('SELECT member_id, score, answered FROM trait_score');
    expect(scores.length).toBeGreaterThan(1400);
    for (const s of scores) expect(scoreOpenness(byMember.get(s.member_id) ?? [])).toEqual({ score: s.score, answered: s.answered });
    expect(scores.some((s) => s.score === null)).toBe(true);
    expect(DEMO_SEED).toBeTypeOf('number');
    await a.session.closeWorkspace();
    await b.session.closeWorkspace();
  });

  it('shows real patterns: members further along the lifecycle recommend more, and open members like the concept more', async () => {
    const { session } = await demoSession();
    const reader = session.workspace.db.reader;
    const nps = await reader.all<{ stage: string; mean: number }>(`
      SELECT m.lifecycle_stage AS stage, avg(a.num) AS mean FROM answer a
      JOIN response r ON r.id = a.response_id JOIN member m ON m.id = r.member_id
      WHERE a.question_id = 'nps' AND r.status = 'complete' GROUP BY m.lifecycle_stage`);
    const mean = Object.fromEntries(nps.map((r) => [r.stage, r.mean]));
    expect(mean.monetization!).toBeGreaterThan(mean.acquisition!);
    const appeal = await reader.all<{ band: string; mean: number }>(`
      SELECT CASE WHEN t.score >= 3.8 THEN 'high' ELSE 'rest' END AS band, avg(CAST(a.option_code AS REAL)) AS mean
      FROM answer a JOIN response r ON r.id = a.response_id JOIN trait_score t ON t.member_id = r.member_id
      WHERE a.question_id = 'appeal' GROUP BY band`);
    const byBand = Object.fromEntries(appeal.map((r) => [r.band, r.mean]));
    expect(byBand.high!).toBeGreaterThan(byBand.rest!);
    const stages = (await session.workspace.info()).lifecycle;
    expect(stages.map((s) => s.stage).sort()).toEqual(['acquisition', 'activation', 'monetization', 'retention']);
    await session.closeWorkspace();
  });

  it('raises the quality flags its complete responses earn, as completing them would: straight-lining of the grid and speeders', async () => {
    const { session, dispatch } = await demoSession();
    const reader = session.workspace.db.reader;
    // Complete responses whose four rows of the pulse grid all have the same point.
    const straight = await reader.all<{ id: string }>(`
      SELECT r.id FROM response r JOIN answer a ON a.response_id = r.id AND a.question_id = 'aspects'
      WHERE r.status = 'complete' GROUP BY r.id HAVING count(*) >= 3 AND count(DISTINCT a.option_code) = 1 ORDER BY r.id`);
    expect(straight.length).toBeGreaterThan(10);
    const flagged = await reader.all<{ id: string }>("SELECT response_id AS id FROM response_flag WHERE kind = 'straightLining' ORDER BY response_id");
    expect(flagged).toEqual(straight);
    // Speeders: under a third of their version's median total time.
    const totals = await reader.all<{ id: string; version: string; total: number }>(`
      SELECT r.id, r.survey_version_id AS version, sum(t.ms) AS total FROM response r JOIN answer_timing t ON t.response_id = r.id
      WHERE r.status = 'complete' GROUP BY r.id`);
    const byVersion = new Map<string, typeof totals>();
    for (const r of totals) byVersion.set(r.version, [...(byVersion.get(r.version) ?? []), r]);
    const fast = [...byVersion.values()].flatMap((rows) => {
      const sorted = rows.map((r) => r.total).sort((a, b) => a - b);
      const h = (sorted.length - 1) / 2;
      const median = sorted[Math.floor(h)]! + (h - Math.floor(h)) * (sorted[Math.ceil(h)]! - sorted[Math.floor(h)]!);
      return rows.filter((r) => r.total < median / 3).map((r) => r.id);
    });
    const speeders = await reader.all<{ id: string }>("SELECT response_id AS id FROM response_flag WHERE kind = 'speeder'");
    expect(speeders.map((s) => s.id).sort()).toEqual(fast.sort());
    // What the Responses page filters on.
    const [version] = [...byVersion.keys()];
    const list = await call(dispatch, 'responses.list', { surveyVersionId: version!, flagged: true, limit: 1 });
    expect(list.total).toBeGreaterThan(0);
    await session.closeWorkspace();
  });

  it('gives every member a first name of their gender and, in Russian, the surname form of that gender', async () => {
    const { session } = await demoSession();
    const members = await session.workspace.db.reader.all<{ name: string; gender: string; country: string }>('SELECT name, gender, country FROM member');
    const localeOf = new Map(people.countries.map((c) => [c.code, c.locale]));
    const firstNames = (locale: string, gender: 'female' | 'male') =>
      new Set((people.names as Record<string, { first: Record<'female' | 'male', string[][]> }>)[locale]!.first[gender].map(([native]) => native));
    const mismatched: string[] = [];
    let cyrillic = 0;
    for (const m of members) {
      const locale = localeOf.get(m.country)!;
      // Chinese names are written family name first, without a space; the family names have one character.
      const [first, last] = locale === 'zh' ? [m.name.slice(1), m.name.slice(0, 1)] : m.name.split(' ');
      const female = firstNames(locale, 'female').has(first!);
      const male = firstNames(locale, 'male').has(first!);
      const fits = m.gender === 'female' ? female : m.gender === 'male' ? male : female || male;
      if (!fits) mismatched.push(`${m.name} (${m.gender})`);
      if (/\p{Script=Cyrillic}/u.test(m.name)) {
        cyrillic++;
        // A woman's Russian name and surname end in -а/-я (Наталья Новикова); a man's do not (Иван Новиков).
        const feminine = /[ая]$/.test(first!) && /(ова|ева|ёва|ина|ына|ая)$/.test(last!);
        const masculine = !/[ая]$/.test(first!) && /(ов|ев|ёв|ин|ын|ий|ой)$/.test(last!);
        if (!(m.gender === 'female' ? feminine : m.gender === 'male' ? masculine : feminine || masculine)) mismatched.push(`${m.name} (${m.gender})`);
      }
    }
    expect(cyrillic).toBeGreaterThan(100);
    expect(mismatched).toEqual([]);
    await session.closeWorkspace();
  });

  it('leaves the workspace empty when the job is cancelled', async () => {
    const t = testSession();
    const created = await t.dispatch('workspace.create', { path: path.join(t.dir, 'c.sqlite'), demo: true });
    const { jobId } = (created as { ok: true; data: { jobId: string } }).data;
    const cancelled = await t.dispatch('jobs.cancel', { jobId });
    expect((cancelled as { ok: true; data: { state: string } }).data.state).toBe('cancelled');
    const info = await t.session.workspace.info();
    expect(info.counts).toEqual({ members: 0, surveys: 0, responses: 0 });
    const tags = await t.session.workspace.db.reader.all('SELECT * FROM tag');
    expect(tags).toEqual([]);
    await t.session.closeWorkspace();
  });
});
