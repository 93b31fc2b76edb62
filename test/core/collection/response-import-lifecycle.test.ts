import fs from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { AnswerColumn, ResponseImportResult } from '../../../main/api/response-import';
import { planImport } from '../../../main/core/collection/response-import/import-plan';
import { runImport } from '../../../main/core/collection/response-import/run-import';
import { CancelledError } from '../../../main/core/errors';
import { call } from '../../support/call';
import { cancelAtCheckpoint } from '../../support/cancel-at';
import { failure } from '../panel/panel-session';
import { pulse, responseImportSession, type ResponseImportSession } from './response-import-fixture';

const mapping: AnswerColumn[] = [
  { column: 'channel', questionId: 'channel' },
  { column: 'nps', questionId: 'nps' },
  { column: 'spend', questionId: 'spend' },
];
const withBadRow = ['channel,nps,spend', 'web,9,10', 'web,12,10', 'friend,3,'].join('\n');

/** Everything an import may write: responses, answers, timings, audit entries. */
const state = async (t: ResponseImportSession) =>
  t.db().reader.get<{ responses: number; answers: number; timings: number; audit: number }>(
    `SELECT (SELECT count(*) FROM response) AS responses, (SELECT count(*) FROM answer) AS answers,
       (SELECT count(*) FROM answer_timing) AS timings, (SELECT count(*) FROM audit_log WHERE action = 'responses.importCsv') AS audit`,
  );

describe('all or nothing', () => {
  it('writes nothing when a row is rejected, reports every rejected row, and the same file then imports its valid rows', async () => {
    const t = await responseImportSession();
    await t.imported({ file: { path: t.file('first.csv', 'channel\nfriend\n') }, mapping: mapping.slice(0, 1) });
    const before = await state(t);
    const file = { path: t.file('bad.csv', withBadRow) };
    const refused = await t.imported({ file, mapping });
    expect(refused).toMatchObject({ committed: false, rows: 3, added: 0, skipped: 0, rejected: 1, rejections: [{ row: 2, column: 'nps', value: '12' }] });
    expect(refused.message).toBe('Nothing was imported: 1 of 3 rows was rejected. Fix them (the rejected rows can be saved as a CSV) or choose to import only the valid rows.');
    expect(await state(t)).toEqual(before);

    const valid = await t.imported({ file, mapping, mode: 'valid-rows' });
    expect(valid).toMatchObject({ committed: true, added: 2, rejected: 1 });
    expect(await state(t)).toEqual({ responses: before!.responses + 2, answers: before!.answers + 5, timings: 0, audit: before!.audit + 1 });
    const audit = await t.db().reader.get<{ actor: string; entity_id: string; details: string }>("SELECT actor, entity_id, details FROM audit_log WHERE action = 'responses.importCsv' ORDER BY id DESC");
    expect(audit).toEqual({ actor: 'Pat Manager', entity_id: t.versionId, details: JSON.stringify({ rows: 3, added: 2, skipped: 0, rejected: 1, mode: 'valid-rows' }) });
  });

  it('offers the rejected rows as a CSV in the language asked for: row, reason, then the columns as read', async () => {
    const t = await responseImportSession();
    const { jobId } = await call(t.dispatch, 'responses.importCsv', { surveyVersionId: t.versionId, file: { path: t.file('bad.csv', withBadRow) }, mapping, language: 'zh-CN' });
    await call(t.dispatch, 'jobs.wait', { jobId, timeoutMs: 30_000 });
    const saved = await call(t.dispatch, 'imports.rejectedCsv', { jobId });
    expect(saved.rows).toBe(1);
    const rows = Papa.parse<string[]>(fs.readFileSync(saved.path, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows).toEqual([
      ['导入行', '导入错误', 'channel', 'nps', 'spend'],
      ['2', '列“nps”：“12”不是 nps 的评分：应为 0 到 10 的整数或以下之一：dk (Don\'t know)。', 'web', '12', '10'],
    ]);
  });
});

describe('cancelling', () => {
  it('a cancelled job leaves no response, no answer and no staging behind', async () => {
    const t = await responseImportSession();
    const before = await state(t);
    const big = ['channel,nps,spend', ...Array.from({ length: 60_000 }, (_, i) => `${i % 2 ? 'web' : 'friend'},${i % 11},${i % 500}`)].join('\n');
    const { jobId } = await call(t.dispatch, 'responses.importCsv', { surveyVersionId: t.versionId, file: { path: t.file('big.csv', big) }, mapping });
    while ((await call(t.dispatch, 'jobs.get', { jobId })).progress.done === 0) await new Promise((r) => setTimeout(r, 5));
    expect(await call(t.dispatch, 'jobs.cancel', { jobId })).toMatchObject({ state: 'cancelled', error: { code: 'CANCELLED' } });
    expect(await state(t)).toEqual(before);
    // The staging table is gone, so the next import starts clean.
    expect(await t.imported({ file: { path: t.file('again.csv', 'channel\nweb\n') }, mapping: mapping.slice(0, 1) })).toMatchObject({ added: 1 });
  });

  it('cancelling at any checkpoint, reading or merging, leaves the workspace as before', async () => {
    const t = await responseImportSession();
    await t.imported({ file: { path: t.file('first.csv', 'channel\nfriend\n') }, mapping: mapping.slice(0, 1) });
    const before = await state(t);
    // Over 5,000 rows, so the merge takes several ranges, each a checkpoint.
    const file = t.file('mixed.csv', ['channel,nps,spend', ...Array.from({ length: 12_000 }, (_, i) => `web,${i % 11},${i % 7}`)].join('\n'));
    const request = { surveyVersionId: t.versionId, mapping, decimalComma: false, mode: 'all-or-nothing' as const, language: 'en' as const };
    const env = { db: t.db(), now: () => new Date('2026-02-01T00:00:00Z'), actor: 'test' };
    let checkpoints = 0;
    for (let stopAt = 1; ; stopAt++) {
      const ctx = cancelAtCheckpoint(stopAt);
      const plan = await planImport(t.db(), file, 'mixed.csv', request, 1e9);
      const outcome = await runImport(env, plan, ctx, `${t.dir}/rejected.csv`).catch((err: unknown) => err);
      if (!(outcome instanceof CancelledError)) {
        expect(outcome).toMatchObject({ committed: true, added: 12_000 });
        break;
      }
      expect(await state(t)).toEqual(before);
      checkpoints = stopAt;
    }
    expect(checkpoints).toBeGreaterThan(3);
  });
});

describe('checked before the job starts', () => {
  const refusal = async (t: ResponseImportSession, input: Record<string, unknown>) =>
    failure(t.dispatch, 'responses.importCsv', { surveyVersionId: t.versionId, file: { path: t.file('x.csv', 'channel,aspects,intro,topics\nweb,4,,news\n') }, ...input });

  it('refuses a mapping that does not fit the version, saying what to fix, and starts nothing', async () => {
    const t = await responseImportSession();
    const cases: [AnswerColumn, string, string][] = [
      [{ column: 'channel', questionId: 'chanel' }, 'unknownQuestion', "The column 'channel' is mapped to the question 'chanel', which this version does not have (its questions: channel, topics, satisfaction, aspects, nps, spend, comment)."],
      [{ column: 'aspects', questionId: 'aspects' }, 'rowNeeded', "The column 'aspects' answers the matrix aspects: say which of its rows (rowId: speed, price)."],
      [{ column: 'aspects', questionId: 'aspects', rowId: 'colour' }, 'unknownRow', "The matrix aspects has no row 'colour' (its rows: speed, price)."],
      [{ column: 'intro', questionId: 'intro' }, 'infoQuestion', "The column 'intro' is mapped to intro, an information block, which takes no answer."],
      [{ column: 'channel', questionId: 'channel', optionCode: 'web' }, 'optionNotAllowed', "The column 'channel' names the option 'web' of channel; an option is named only for a multiple choice given as one 0/1 column per option (one of its codes), or for the text of \"Other\" (other)."],
      [{ column: 'topics', questionId: 'topics', recode: { news: 'gossip' } }, 'recodeInvalid', "The recoding of 'topics' turns 'news' into 'gossip', which topics does not accept."],
    ];
    for (const [column, key, message] of cases) {
      expect(await refusal(t, { mapping: [column] })).toMatchObject({ code: 'VALIDATION', key: `responsesImport.mappingError.${key}`, message });
    }
    expect(await refusal(t, { mapping: [{ column: 'colour', questionId: 'channel' }] })).toMatchObject({ code: 'VALIDATION', key: 'import.mapping.unknownColumn' });
    expect(
      await refusal(t, {
        mapping: [
          { column: 'channel', questionId: 'channel' },
          { column: 'topics', questionId: 'channel' },
        ],
      }),
    ).toMatchObject({ key: 'responsesImport.mappingError.targetTwice' });
    expect(await call(t.dispatch, 'jobs.list', {})).toEqual({ jobs: [] });
  });

  it('imports into published versions only', async () => {
    const t = await responseImportSession();
    const edited = pulse();
    edited.pages[0]!.questions[0]!.text = 'Where did you hear about us?';
    const { draft } = await call(t.dispatch, 'surveys.update', { id: t.surveyId, definition: edited });
    const input = { file: { path: t.file('d.csv', 'channel\nweb\n') }, mapping: mapping.slice(0, 1) };
    expect(await failure(t.dispatch, 'responses.importCsv', { ...input, surveyVersionId: draft!.versionId })).toMatchObject({ code: 'VALIDATION', key: 'responsesImport.versionDraft' });
    expect(await failure(t.dispatch, 'responses.importCsv', { ...input, surveyVersionId: 'no-such-version' })).toMatchObject({ code: 'NOT_FOUND', key: 'responsesImport.versionMissing' });
  });
});

describe('responses.previewImport', () => {
  it('suggests a target for each column from LimeSurvey- and Kobo-style headers, question texts and the response columns', async () => {
    const t = await responseImportSession();
    const ann = await call(t.dispatch, 'members.create', { name: 'Ann' });
    const csv = [
      'id,startdate,submitdate,member code,channel,channel[other],group_a/topics/deals,How satisfied are you?,Rate these [Price],aspects.speed,nps,Monthly spend (EUR),comment,unrelated',
      `1,2024-03-05 10:00,2024-03-05 10:05,${ann.code},web,,1,4,Good,Fair,9,12,ok,x`,
    ].join('\n');
    const preview = await call(t.dispatch, 'responses.previewImport', { surveyVersionId: t.versionId, file: { path: t.file('p.csv', csv) } });
    expect(preview.version).toMatchObject({ id: t.versionId, title: 'Pulse', version: 1, language: 'en', identification: 'optional' });
    expect(preview.columns.map((c) => [c.name, c.suggested])).toEqual([
      ['id', null],
      ['startdate', { kind: 'startedAt' }],
      ['submitdate', { kind: 'completedAt' }],
      ['member code', { kind: 'member', by: 'code' }],
      ['channel', { kind: 'answer', questionId: 'channel', rowId: null, optionCode: null }],
      ['channel[other]', { kind: 'answer', questionId: 'channel', rowId: null, optionCode: 'other' }],
      ['group_a/topics/deals', { kind: 'answer', questionId: 'topics', rowId: null, optionCode: 'deals' }],
      ['How satisfied are you?', { kind: 'answer', questionId: 'satisfaction', rowId: null, optionCode: null }],
      ['Rate these [Price]', { kind: 'answer', questionId: 'aspects', rowId: 'price', optionCode: null }],
      ['aspects.speed', { kind: 'answer', questionId: 'aspects', rowId: 'speed', optionCode: null }],
      ['nps', { kind: 'answer', questionId: 'nps', rowId: null, optionCode: null }],
      ['Monthly spend (EUR)', { kind: 'answer', questionId: 'spend', rowId: null, optionCode: null }],
      ['comment', { kind: 'answer', questionId: 'comment', rowId: null, optionCode: null }],
      ['unrelated', null],
    ]);
    expect(preview.targets.map((x) => [x.questionId, x.rowId, x.optionCode])).toEqual([
      ['channel', null, null],
      ['channel', null, 'other'],
      ['topics', null, null],
      ...['news', 'deals', 'events', 'tips', 'none', 'other'].map((o) => ['topics', null, o]),
      ['satisfaction', null, null],
      ['aspects', 'speed', null],
      ['aspects', 'price', null],
      ['nps', null, null],
      ['spend', null, null],
      ['comment', null, null],
    ]);
    expect(preview.check).toBeNull();
  });

  it('with a mapping, says how the rows read would import, naming each bad value, and writes nothing', async () => {
    const t = await responseImportSession();
    const preview = await call(t.dispatch, 'responses.previewImport', {
      surveyVersionId: t.versionId,
      // Row 4 answers nothing the mapping reads (a note only): skipped.
      file: { path: t.file('bad.csv', 'channel,nps,spend,note\nweb,9,10,a\nweb,12,10,b\nfriend,3,,c\n,,,d\n') },
      mapping,
    });
    expect(preview.check).toEqual({
      rows: 4,
      added: 2,
      skipped: 1,
      rejected: 1,
      rejections: [expect.objectContaining({ row: 2, column: 'nps', value: '12', key: 'responsesImport.issue.npsInvalidOrOption' })],
    });
    expect(await state(t)).toEqual({ responses: 0, answers: 0, timings: 0, audit: 0 });
  });
});

describe('personal data', () => {
  it('erasing a member removes their email from the rejected rows and the results of response imports', async () => {
    const t = await responseImportSession();
    const ann = await call(t.dispatch, 'members.create', { name: 'Ann', email: 'ann.rare@example.org' });
    const file = t.file('who.csv', 'who,nps\nann.rare@example.org,99\nnobody@example.org,1\n');
    const { jobId } = await call(t.dispatch, 'responses.importCsv', { surveyVersionId: t.versionId, file: { path: file }, mapping: [{ column: 'nps', questionId: 'nps' }], member: { column: 'who', by: 'email' } });
    const done = await call(t.dispatch, 'jobs.wait', { jobId, timeoutMs: 30_000 });
    expect((done.result as ResponseImportResult).rejections.map((r) => r.row)).toEqual([1, 2]);
    const rejectedPath = (await call(t.dispatch, 'imports.rejectedCsv', { jobId })).path;

    await call(t.dispatch, 'members.erase', { memberId: ann.id, reason: 'asked by letter' });
    await t.session.jobs.whenIdle();
    const after = await call(t.dispatch, 'jobs.get', { jobId });
    expect((after.result as ResponseImportResult).rejections.map((r) => r.row)).toEqual([2]);
    expect((after.result as ResponseImportResult).rejected).toBe(2);
    expect(fs.readFileSync(rejectedPath, 'utf8')).not.toContain('ann.rare');
    expect(fs.readFileSync(rejectedPath, 'utf8')).toContain('nobody@example.org');
  });
});
