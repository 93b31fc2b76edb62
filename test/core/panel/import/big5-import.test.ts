import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../../main/api/member-import';
import { MEMBER_CODE_PATTERN } from '../../../../main/core/members/member-code';
import { call } from '../../../support/call';
import { failure } from '../panel-session';
import { BIG5_ROWS, big5Mapping, copyBig5, openness, readBig5, writeRepairedBig5 } from './support/big5';
import { importSession, type ImportSession } from './support/import-fixture';

const COLLECTED = 2012;
const big5 = readBig5();

/** The scoring rule, written out again here: items 2, 4, 6 reversed; 1–5 only; at least 8 answered. */
function expectedOpenness(row: Record<string, string>): { score: number | null; answered: number } {
  const keyed = Array.from({ length: 10 }, (_, i) => Number(row[openness(i + 1)]))
    .map((v, i) => (v >= 1 && v <= 5 ? ([2, 4, 6].includes(i + 1) ? 6 - v : v) : null))
    .filter((v): v is number => v !== null);
  return { score: keyed.length >= 8 ? keyed.reduce((a, b) => a + b, 0) / keyed.length : null, answered: keyed.length };
}

const implausibleAge = (age: string) => !/^\d+$/.test(age) || Number(age) < 13 || Number(age) > 110;

describe('the big5-ipip.tsv file as it is (header joined by spaces)', () => {
  it('the preview says plainly that the header has 55 fields and the rows 57, and blocks the import', async () => {
    const t = await importSession();
    const preview = await call(t.dispatch, 'members.previewImport', { file: { path: copyBig5(t.dir) } });
    expect(preview).toMatchObject({ delimiter: { detected: '\t' }, hasHeader: { used: true }, canImport: false });
    const mismatch = preview.problems.find((p) => p.code === 'headerFieldCount')!;
    expect(mismatch.severity).toBe('error');
    expect(mismatch.message).toContain('The header has 55 fields but rows 1–200 (of the first 200 rows read) have 57');
    expect(mismatch.message).toContain("fields 1–3 of the header look joined by spaces: 'race    age    engnat'");
  });

  it('an import refuses at once with the whole file counted, starts no job and imports nothing', async () => {
    const t = await importSession();
    const error = await failure(t.dispatch, 'members.import', { file: { path: copyBig5(t.dir) }, mapping: big5Mapping, onDuplicate: 'skip', collectedOn: String(COLLECTED) });
    expect(error.code).toBe('VALIDATION');
    expect(error.key).toBe('import.problem.headerFieldCount');
    expect(t.session.jobs.list()).toEqual([]);
    expect(error.message).toMatch(/^The header has 55 fields but rows 1–19,719 have 57: the header is probably not separated by the same delimiter \(fields 1–3 of the header look joined by spaces: 'race {4}age {4}engnat'\)/);
    expect(await t.members()).toEqual([]);
    expect(await t.db().reader.all('SELECT * FROM import_batch')).toEqual([]);
  });
});

describe('the big5-ipip.tsv file with its header repaired', () => {
  let t: ImportSession;
  let result: ImportResult;

  beforeAll(async () => {
    t = await importSession();
    const file = writeRepairedBig5(t.dir);
    const preview = await call(t.dispatch, 'members.previewImport', { file: { path: file } });
    expect(preview.canImport).toBe(true);
    expect(Object.fromEntries(preview.columns.filter((c) => c.suggested).map((c) => [c.name, c.suggested]))).toEqual({
      age: 'age',
      gender: 'gender',
      source: 'sourceChannel',
      country: 'country',
      ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [openness(i + 1), `screener:ipip-openness:${i + 1}`])),
    });
    result = await t.imported({ file: { path: file }, mapping: big5Mapping, onDuplicate: 'skip', collectedOn: String(COLLECTED) });
  }, 120_000);

  it('imports all 19,719 members in one batch', async () => {
    expect(result).toMatchObject({ committed: true, rows: BIG5_ROWS, inserted: BIG5_ROWS, updated: 0, skipped: 0, rejectedCount: 0, rejected: [] });
    const members = await t.members();
    expect(members).toHaveLength(BIG5_ROWS);
    expect(new Set(members.map((m) => m.import_batch_id))).toEqual(new Set([result.batchId]));
    expect(members.every((m) => MEMBER_CODE_PATTERN.test(m.code))).toBe(true);
    expect(new Set(members.map((m) => m.code)).size).toBe(BIG5_ROWS);
  });

  it('warns about implausible ages and leaves them empty; other ages become birth years (collected 2012)', async () => {
    const expected = big5.map((r, i) => ({ row: i + 1, age: r.age! })).filter((r) => implausibleAge(r.age));
    const ageWarnings = result.warnings.filter((w) => w.code === 'ageImplausible');
    expect(ageWarnings.every((w) => w.column === 'age')).toBe(true);
    expect(ageWarnings.reduce((n, w) => n + w.count, 0)).toBe(expected.length);
    expect(ageWarnings.flatMap((w) => w.rows).sort((a, b) => a - b)).toEqual(expected.map((r) => r.row));
    expect(ageWarnings.find((w) => w.value === '999999999')?.message).toBe("Column 'age': Age '999999999' is not plausible (expected a whole number from 13 to 110); left empty.");
    expect(ageWarnings.find((w) => w.value === '1992')?.message).toContain('it looks like a birth year');
    const years = await t.db().reader.all<{ birth_year: number | null }>('SELECT birth_year FROM member ORDER BY id');
    years.forEach((y, i) => expect(y.birth_year).toBe(implausibleAge(big5[i]!.age!) ? null : COLLECTED - Number(big5[i]!.age)));
  });

  it("warns about unknown countries such as '(nu' (empty is just missing) and keeps the rows", async () => {
    const nu = result.warnings.find((w) => w.code === 'countryUnknown' && w.value === '(nu')!;
    const nuRows = big5.flatMap((r, i) => (r.country === '(nu' ? [i + 1] : []));
    expect(nu.count).toBe(nuRows.length);
    expect(nu.rows).toEqual(nuRows.slice(0, 50));
    expect(result.warnings.some((w) => w.code === 'countryUnknown' && (w.value === '' || w.value === null))).toBe(false);
    const countries = await t.db().reader.all<{ country: string | null }>('SELECT country FROM member ORDER BY id');
    const warned = new Set(result.warnings.filter((w) => w.code === 'countryUnknown').map((w) => w.value));
    countries.forEach((c, i) => {
      const raw = big5[i]!.country!;
      expect(c.country).toBe(raw === '' || warned.has(raw) ? null : raw);
    });
  });

  it('recodes gender 1/2/3 to male/female/other and 0 to missing', async () => {
    const stored = await t.db().reader.all<{ gender: string | null; n: number }>('SELECT gender, count(*) AS n FROM member GROUP BY gender');
    const count = (code: string) => big5.filter((r) => r.gender === code).length;
    expect(Object.fromEntries(stored.map((s) => [s.gender ?? 'missing', s.n]))).toEqual({
      male: count('1'),
      female: count('2'),
      other: count('3'),
      missing: count('0'),
    });
    expect(result.warnings.some((w) => w.code === 'genderUnknown')).toBe(false);
  });

  it('scores openness exactly by the rule: scored and not scored counts over all rows, and exact scores for a sample', async () => {
    const scores = await t.db().reader.all<{ score: number | null; answered: number }>(
      "SELECT t.score, t.answered FROM member m JOIN trait_score t ON t.member_id = m.id AND t.instrument_id = 'ipip-openness' ORDER BY m.id",
    );
    expect(scores).toHaveLength(BIG5_ROWS);
    const expected = big5.map(expectedOpenness);
    expect(scores.filter((s) => s.score !== null).length).toBe(expected.filter((e) => e.score !== null).length);
    expect(scores.filter((s) => s.score === null).length).toBe(expected.filter((e) => e.score === null).length);
    expect(scores.map((s) => s.answered)).toEqual(expected.map((e) => e.answered));
    for (let i = 0; i < BIG5_ROWS; i += 487) {
      if (expected[i]!.score === null) expect(scores[i]!.score).toBeNull();
      else expect(scores[i]!.score).toBeCloseTo(expected[i]!.score!, 12);
    }
    const answers = await t.db().reader.get<{ n: number }>('SELECT count(*) AS n FROM screener_answer');
    expect(answers!.n).toBe(expected.reduce((n, e) => n + e.answered, 0));
  });

  it('lists the import with its counts and leaves an audit entry without personal data', async () => {
    const { items } = await call(t.dispatch, 'imports.list', {});
    expect(items).toEqual([
      expect.objectContaining({ id: result.batchId, fileName: 'big5-repaired.tsv', actor: 'Pat Manager', inserted: BIG5_ROWS, rejected: 0, membersRemaining: BIG5_ROWS }),
    ]);
    const audit = await t.db().reader.all<{ action: string; details: string }>("SELECT action, details FROM audit_log WHERE action = 'members.import'");
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.details)).toMatchObject({ inserted: BIG5_ROWS, rejected: 0 });
  });
});
