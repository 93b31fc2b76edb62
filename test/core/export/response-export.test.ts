import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call } from '../../support/call';
import { rowsOf } from '../collection/response-import-fixture';
import { byHeader, exportSession, readCsv } from './export-fixture';

const TEXTS = [
  '你好，世界：这是一个测试',
  'Привет; мир, "ёж" и ещё',
  'emoji 👩‍🔬🎉 and "quotes", commas; semicolons\ttabs',
  'line one\nline two\r\nline three',
  '=HYPERLINK("http://evil.example","click")',
  '  leading and trailing spaces  ',
  '-3+2',
];

describe('export.responses, wide', () => {
  it('round-trips Chinese, Russian, emoji, quotes, delimiters and newlines: parsed back with papaparse, every value is equal', async () => {
    const t = await exportSession();
    const ids = [];
    for (const [i, comment] of TEXTS.entries()) {
      ids.push(await t.respond({ channel: { code: 'other', text: TEXTS[(i + 1) % TEXTS.length] }, spend: 12.5 + i, comment, aspects: { speed: '4' } }));
    }
    for (const [preset, language, delimiter] of [['excelLocal', 'ru', ';'], ['excelLocal', 'zh-CN', ','], ['machine', 'en', ',']] as const) {
      const target = path.join(t.dir, `wide-${preset}-${language}.csv`);
      const result = await t.exported('export.responses', { surveyVersionId: t.versionId, shape: 'wide', values: 'labels', preset, language, path: target });
      expect(result).toMatchObject({ path: target, fileName: path.basename(target), rows: TEXTS.length });
      const rows = byHeader(readCsv(target, delimiter));
      expect(rows.map((r) => r.response_id)).toEqual(ids);
      rows.forEach((r, i) => {
        expect(r.comment, `${preset} ${language} row ${i + 1}`).toBe(TEXTS[i]);
        expect(r.channel_other).toBe(TEXTS[(i + 1) % TEXTS.length]);
        expect(r.channel).toBe('Other');
        expect(r['aspects[speed]']).toBe('Good');
        expect(r.spend).toBe(language === 'ru' ? `${12 + i},5` : `${12.5 + i}`);
      });
    }
  });

  it('writes the BOM, the delimiter and line ends asked for, and guards hostile cells unless the guard is off', async () => {
    const t = await exportSession();
    await t.respond({ comment: '=1+2' });
    const guarded = path.join(t.dir, 'guarded.csv');
    await t.exported('export.responses', { surveyVersionId: t.versionId, preset: 'excelComma', delimiter: '\t', newline: '\n', path: guarded });
    const text = fs.readFileSync(guarded, 'utf8');
    expect(text.startsWith('\uFEFFresponse_id\tsurvey_version\t')).toBe(true);
    expect(text).not.toContain('\r\n');
    expect(text).toContain("\t'=1+2");
    const raw = path.join(t.dir, 'raw.csv');
    await t.exported('export.responses', { surveyVersionId: t.versionId, preset: 'excelComma', bom: false, guard: false, path: raw });
    const rawText = fs.readFileSync(raw, 'utf8');
    expect(rawText.startsWith('response_id,')).toBe(true);
    expect(rawText).toContain(',=1+2');
  });

  it('tells "not shown" from "not answered" with the codes chosen, and writes them in the codebook beside the file', async () => {
    const t = await exportSession();
    // A version where the comment is shown only to those who came through a friend.
    const { id } = await call(t.dispatch, 'surveys.create', { title: 'Logic' });
    await call(t.dispatch, 'surveys.update', {
      id,
      definition: {
        language: 'en',
        pages: [
          {
            id: 'p1',
            questions: [
              { id: 'channel', type: 'single', text: 'How did you hear about us?', options: [{ code: 'web', label: 'Website' }, { code: 'friend', label: 'A friend' }] },
              { id: 'who', type: 'text', text: 'Who?', showIf: { field: 'answer:channel', op: 'eq', value: 'friend' } },
              { id: 'age', type: 'number', text: 'Age?' },
            ],
          },
        ],
      },
    });
    const { versionId } = await call(t.dispatch, 'surveys.publish', { id, override: { reason: 'pilot over the limit' } });
    const answer = async (answers: Record<string, unknown>) => {
      const s = await call(t.dispatch, 'collect.start', { surveyVersionId: versionId });
      if (s.status !== 'started') throw new Error(s.status);
      for (const [questionId, value] of Object.entries(answers)) await call(t.dispatch, 'collect.answer', { responseId: s.responseId, questionId, value: value as never, ms: 1000 });
      await call(t.dispatch, 'collect.complete', { responseId: s.responseId });
    };
    await answer({ channel: 'web', age: 30 });
    await answer({ channel: 'friend' });
    const target = path.join(t.dir, 'logic.csv');
    const result = await t.exported('export.responses', { surveyVersionId: versionId, values: 'codes', notShown: 'NS', notAnswered: 'NA', preset: 'machine', path: target });
    expect(byHeader(readCsv(target)).map((r) => [r.channel, r.who, r.age])).toEqual([
      ['web', 'NS', '30'],
      ['friend', 'NA', 'NA'],
    ]);
    expect(result.codebook).toMatchObject({ path: path.join(t.dir, 'logic.codebook.csv'), fileName: 'logic.codebook.csv' });
    const codebook = byHeader(readCsv(result.codebook!.path));
    expect(codebook.filter((r) => r.question_id === 'channel').map((r) => [r.column, r.type, r.code, r.label, r.version, r.override_reason])).toEqual([
      ['channel', 'single', 'web', 'Website', '1', 'pilot over the limit'],
      ['channel', 'single', 'friend', 'A friend', '1', 'pilot over the limit'],
    ]);
    expect(JSON.parse(codebook.find((r) => r.question_id === 'who')!.logic!)).toEqual({ field: 'answer:channel', op: 'eq', value: 'friend' });
    expect(codebook.filter((r) => r.type === 'missing').map((r) => [r.code, r.label])).toEqual([
      ['NS', 'Not shown (hidden by display logic)'],
      ['NA', 'Shown but not answered'],
    ]);
  });

  it('writes the metadata columns, a matrix as one column per row, flags, and member fields when asked', async () => {
    const t = await exportSession();
    const memberId = (await call(t.dispatch, 'members.create', { name: 'Анна', email: 'anna@example.org' })).id;
    const { code } = await call(t.dispatch, 'members.get', { memberId });
    await t.respond({ aspects: { speed: '5', price: '1' }, topics: ['news', 'tips'] }, { memberId });
    const target = path.join(t.dir, 'meta.csv');
    await t.exported('export.responses', { surveyVersionId: t.versionId, values: 'codes', preset: 'machine', memberColumns: ['name', 'country'], path: target });
    const [header, row] = readCsv(target);
    expect(header!.slice(0, 11)).toEqual(['response_id', 'survey_version', 'status', 'member_code', 'device', 'started', 'completed', 'duration_s', 'flags', 'member.name', 'member.country']);
    const r = byHeader([header!, row!])[0]!;
    expect(r).toMatchObject({ survey_version: '1', status: 'complete', member_code: code, flags: '', 'member.name': 'Анна', 'member.country': '', 'aspects[speed]': '5', 'aspects[price]': '1' });
    expect(r.duration_s).toBe(String((Date.parse(r.completed!) - Date.parse(r.started!)) / 1000));
    expect([r['topics[news]'], r['topics[deals]'], r['topics[tips]'], r['topics[other]']]).toEqual(['1', '0', '1', '0']);
    expect(header).not.toContain('topics');
    const audit = await t.db().reader.all<{ action: string; actor: string; details: string }>("SELECT action, actor, details FROM audit_log WHERE action = 'export.responses'");
    expect(audit.map((a) => JSON.parse(a.details))).toEqual([{ rows: 1, columns: ['name', 'country'], personal: ['name'] }]);
  });

  it('leaves out flagged responses and responses started outside the dates when asked', async () => {
    const t = await exportSession();
    const id = await t.respond({ comment: 'one' });
    await t.db().writer.transaction((tx) => tx.run("INSERT INTO response_flag (response_id, kind, raised_at, detail) VALUES (?, 'speeder', '2026-01-01', '{}')", [id]));
    const preview = (input: object) => call(t.dispatch, 'export.preview', { of: 'responses', surveyVersionId: t.versionId, preset: 'machine', ...input });
    expect((await preview({})).rows).toHaveLength(1);
    expect((await preview({})).rows[0]![8]).toBe('speeder');
    expect((await preview({ flagged: 'exclude' })).rows).toHaveLength(0);
    const day = (await preview({})).rows[0]![5]!.slice(0, 10);
    expect((await preview({ from: day, to: day })).rows).toHaveLength(1);
    expect((await preview({ to: '2000-01-01' })).rows).toHaveLength(0);
  });

  it("keeps only the responses of a saved segment's members; an unknown segment is NOT_FOUND naming it", async () => {
    const t = await exportSession();
    const member = async (name: string, country: string) => (await call(t.dispatch, 'members.create', { name, country })).id;
    const [li, ola, erased] = [await member('Li', 'CN'), await member('Ola', 'NO'), await member('Zhou', 'CN')];
    const ids = { li: await t.respond({ comment: 'li' }, { memberId: li }) };
    await t.respond({ comment: 'ola' }, { memberId: ola });
    await t.respond({ comment: 'zhou' }, { memberId: erased });
    await t.respond({ comment: 'anonymous' });
    await t.db().writer.transaction((tx) => tx.run("UPDATE member SET erased_at = '2026-01-01' WHERE id = ?", [erased]));
    const china = await call(t.dispatch, 'segments.save', { name: 'China', filter: { field: 'country', op: 'eq', value: 'CN' } });
    const target = path.join(t.dir, 'china.csv');
    const result = await t.exported('export.responses', { surveyVersionId: t.versionId, segmentId: china.id, preset: 'machine', path: target });
    expect(byHeader(readCsv(target)).map((r) => r.response_id)).toEqual([ids.li]);
    expect(result.rows).toBe(1);
    const long = await call(t.dispatch, 'export.preview', { of: 'responses', surveyVersionId: t.versionId, shape: 'long', segmentId: china.id });
    expect(new Set(long.rows.map((r) => r[0]))).toEqual(new Set([ids.li]));
    const missing = await t.dispatch('export.responses', { surveyVersionId: t.versionId, segmentId: 999 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('segment 999') } });
  });
});

describe('export.responses, long', () => {
  it('writes one line per answer: response, question, row, value (and the text of "Other")', async () => {
    const t = await exportSession();
    const id = await t.respond({ topics: ['news', { code: 'other', text: 'Кино' }], aspects: { speed: '2' }, spend: 7 });
    const target = path.join(t.dir, 'long.csv');
    const result = await t.exported('export.responses', { surveyVersionId: t.versionId, shape: 'long', values: 'labels', preset: 'machine', path: target });
    expect(result.codebook).toBeNull();
    expect(readCsv(target)).toEqual([
      ['response_id', 'question_id', 'row_id', 'value', 'other_text'],
      [id, 'topics', '', 'News', ''],
      [id, 'topics', '', 'Other', 'Кино'],
      [id, 'aspects', 'speed', 'Poor', ''],
      [id, 'spend', '', '7', ''],
    ]);
  });
});

describe('the response import reads a wide export back', () => {
  it.each(['flags', 'joined'] as const)('multiple choice as %s: the answers imported equal the answers exported', async (multi) => {
    const t = await exportSession();
    const given = [
      { channel: 'friend', topics: ['news', 'events', { code: 'other', text: '旅行' }], satisfaction: '4', aspects: { speed: '5', price: '2' }, nps: 9, spend: 12.5, comment: 'Ёж; "да"\nнет' },
      { channel: { code: 'other', text: 'Радио' }, topics: ['none'], nps: 'dk', comment: '=SUM(A1)' },
    ];
    const ids = [];
    for (const answers of given) ids.push(await t.respond(answers));
    // Both files first, so the second holds only the responses collected.
    const files = [];
    for (const values of ['codes', 'labels'] as const) {
      const target = path.join(t.dir, `back-${multi}-${values}.csv`);
      await t.exported('export.responses', { surveyVersionId: t.versionId, multi, values, notShown: '', notAnswered: '', language: 'ru', path: target });
      files.push({ values, target });
    }
    for (const { values, target } of files) {
      const preview = await call(t.dispatch, 'responses.previewImport', { file: { path: target }, surveyVersionId: t.versionId });
      const mapping = preview.columns.flatMap((c) => (c.suggested?.kind === 'answer' ? [{ column: c.name, questionId: c.suggested.questionId, rowId: c.suggested.rowId ?? undefined, optionCode: c.suggested.optionCode ?? undefined }] : []));
      const before = (await t.responses()).length;
      const result = await t.imported({ file: { path: target }, mapping, decimalComma: true, startedAt: { column: 'started' }, completedAt: { column: 'completed' } });
      expect(result, `${multi} ${values}`).toMatchObject({ committed: true, added: 2, rejected: 0 });
      const imported = (await t.responses()).slice(before);
      for (const [i, id] of ids.entries()) expect(rowsOf(await t.answers(imported[i]!.id)), `${multi} ${values} response ${i + 1}`).toEqual(rowsOf(await t.answers(id)));
    }
  });
});

describe('cancelling an export', () => {
  it('part way through, leaves no file at the target, nor a temporary one', async () => {
    const t = await exportSession();
    await t.db().writer.transaction((tx) =>
      tx.run(
        `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30000)
         INSERT INTO response (id, survey_version_id, status, device_id, started_at)
         SELECT printf('r%05d', i), ?, 'complete', 'd', printf('2026-01-01T00:00:%02d.000Z', i % 60) FROM n`,
        [t.versionId],
      ),
    );
    const target = path.join(t.dir, 'out', 'cancelled.csv');
    fs.mkdirSync(path.dirname(target));
    const { jobId } = await call(t.dispatch, 'export.responses', { surveyVersionId: t.versionId, path: target });
    // Cancelled once some pages are written.
    while ((await call(t.dispatch, 'jobs.get', { jobId })).progress.done < 2000) await new Promise((resolve) => setImmediate(resolve));
    const job = await call(t.dispatch, 'jobs.cancel', { jobId });
    expect(job.state).toBe('cancelled');
    expect(job.progress.done).toBeLessThan(30000);
    expect(fs.readdirSync(path.dirname(target))).toEqual([]);
  });
});

describe('export settings', () => {
  it('refuses a decimal comma with the comma as delimiter before anything is written', async () => {
    const t = await exportSession();
    const result = await t.dispatch('export.responses', { surveyVersionId: t.versionId, preset: 'excelLocal', language: 'ru', delimiter: ',', path: path.join(t.dir, 'x.csv') });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['decimal'] }] } });
    expect(fs.existsSync(path.join(t.dir, 'x.csv'))).toBe(false);
  });

  it('without a path, keeps the file and offers it once as a download (browser host)', async () => {
    const t = await exportSession();
    await t.respond({ comment: 'hi' });
    const result = await t.exported('export.responses', { surveyVersionId: t.versionId });
    expect(result.fileName).toMatch(/^responses-v1-wide-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(result.downloadId).toEqual(expect.any(String));
    expect(result.codebook!.downloadId).toEqual(expect.any(String));
    expect(t.session.transfers.takeDownload(result.downloadId!)).toEqual({ path: result.path, fileName: result.fileName });
    expect(fs.existsSync(result.path)).toBe(true);
  });
});
