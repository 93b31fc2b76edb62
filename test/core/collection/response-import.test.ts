import { describe, expect, it } from 'vitest';
import type { AnswerColumn } from '../../../main/api/response-import';
import { hashResponseContent } from '../../../main/core/collection/response-hash';
import { call } from '../../support/call';
import { responseImportSession, rowsOf } from './response-import-fixture';

/** Every column of a LimeSurvey-like export, mapped: the multiple choice as one `;`-joined column. */
const header = 'channel,topics,satisfaction,aspects[speed],aspects[price],nps,spend,comment';
const mapping: AnswerColumn[] = [
  { column: 'channel', questionId: 'channel' },
  { column: 'topics', questionId: 'topics' },
  { column: 'satisfaction', questionId: 'satisfaction' },
  { column: 'aspects[speed]', questionId: 'aspects', rowId: 'speed' },
  { column: 'aspects[price]', questionId: 'aspects', rowId: 'price' },
  { column: 'nps', questionId: 'nps' },
  { column: 'spend', questionId: 'spend' },
  { column: 'comment', questionId: 'comment' },
];

/** The answer rows one full response of this file gives, as DESIGN.md §3 stores them. */
const fullAnswers = [
  ['aspects', 'price', '2', null, null],
  ['aspects', 'speed', '4', null, null],
  ['channel', null, 'web', null, null],
  ['comment', null, null, null, 'Quick, "friendly", cheap'],
  ['nps', null, null, 9, null],
  ['satisfaction', null, '4', null, null],
  ['spend', null, null, 12.5, null],
  ['topics', null, 'deals', null, null],
  ['topics', null, 'news', null, null],
];

describe('responses.importCsv: each row a new response', () => {
  it('adds every one of repeated identical rows as its own complete response, with a UUID and the content hash of what it stores', async () => {
    const t = await responseImportSession();
    const row = 'web,news;deals,4,4,2,9,12.5,"Quick, ""friendly"", cheap"';
    const result = await t.imported({ file: { path: t.file('same.csv', [header, row, row, row].join('\n')) }, mapping });
    expect(result).toMatchObject({ committed: true, rows: 3, added: 3, skipped: 0, rejected: 0, rejections: [] });

    const stored = await t.responses();
    expect(stored).toHaveLength(3);
    expect(new Set(stored.map((r) => r.id)).size).toBe(3);
    for (const r of stored) {
      expect(r.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(r).toMatchObject({ survey_version_id: t.versionId, status: 'complete', member_id: null, device_id: 'csv-import' });
      const answers = await t.answers(r.id);
      expect(rowsOf(answers)).toEqual(fullAnswers);
      // The hash is of the stored content: recomputed from the rows read back, it is the same.
      const recomputed = hashResponseContent({
        surveyVersionId: r.survey_version_id,
        status: 'complete',
        startedAt: r.started_at,
        completedAt: r.completed_at,
        answers: answers.map((a) => ({ questionId: a.question_id, rowId: a.row_id, optionCode: a.option_code, num: a.num, text: a.text })),
      });
      expect(r.content_hash).toBe(recomputed);
    }
  });

  it('maps an option by its code or its label, in any case and width, for choices, Likert points, matrix rows and NPS extras', async () => {
    const t = await responseImportSession();
    const byCode = 'web,news;deals,4,4,2,dk,,';
    const byLabel = 'WEBSITE,ｎｅｗｓ; Deals ,satisfied,good,  poor,Don’t know,,';
    const mixed = 'Website,news;Deals,Satisfied,4,Poor,DK,,';
    const result = await t.imported({ file: { path: t.file('labels.csv', [header, byCode, byLabel.replace('’', "'"), mixed].join('\n')) }, mapping });
    expect(result).toMatchObject({ added: 3, rejected: 0 });
    const stored = await Promise.all((await t.responses()).map(async (r) => rowsOf(await t.answers(r.id))));
    const expected = [
      ['aspects', 'price', '2', null, null],
      ['aspects', 'speed', '4', null, null],
      ['channel', null, 'web', null, null],
      ['nps', null, 'dk', null, null],
      ['satisfaction', null, '4', null, null],
      ['topics', null, 'deals', null, null],
      ['topics', null, 'news', null, null],
    ];
    expect(stored).toEqual([expected, expected, expected]);
  });

  it('reads a multiple choice as one 0/1 column per option (optionCode), with "Other" as its text, beside a single choice whose "Other" text has its own column', async () => {
    const t = await responseImportSession();
    const csv = [
      'channel,channel_other,topics/news,topics/deals,topics/events,topics/other',
      'other,my neighbour,1,0,yes,',
      ',a podcast,0,Y,0,Telegram',
      'friend,,0,0,0,0',
    ].join('\n');
    const result = await t.imported({
      file: { path: t.file('kobo.csv', csv) },
      mapping: [
        { column: 'channel', questionId: 'channel' },
        { column: 'channel_other', questionId: 'channel', optionCode: 'other' },
        { column: 'topics/news', questionId: 'topics', optionCode: 'news' },
        { column: 'topics/deals', questionId: 'topics', optionCode: 'deals' },
        { column: 'topics/events', questionId: 'topics', optionCode: 'events' },
        { column: 'topics/other', questionId: 'topics', optionCode: 'other' },
      ],
    });
    expect(result).toMatchObject({ added: 3, rejected: 0 });
    const stored = await Promise.all((await t.responses()).map(async (r) => rowsOf(await t.answers(r.id))));
    expect(stored).toEqual([
      [
        ['channel', null, 'other', null, 'my neighbour'],
        ['topics', null, 'events', null, null],
        ['topics', null, 'news', null, null],
      ],
      [
        ['channel', null, 'other', null, 'a podcast'],
        ['topics', null, 'deals', null, null],
        ['topics', null, 'other', null, 'Telegram'],
      ],
      // All options 0: the multiple choice is not answered, the single choice is.
      [['channel', null, 'friend', null, null]],
    ]);
  });

  it('recodes per column (0 → missing) and skips rows left without any mapped answer', async () => {
    const t = await responseImportSession();
    const csv = ['satisfaction,nps,spend,note', '0,0,0,a', '5,10,7,b', ',,,c', '0,,,d'].join('\n');
    const result = await t.imported({
      file: { path: t.file('recode.csv', csv) },
      mapping: [
        { column: 'satisfaction', questionId: 'satisfaction', recode: { '0': null } },
        { column: 'nps', questionId: 'nps' },
        { column: 'spend', questionId: 'spend', recode: { '0': '' } },
      ],
    });
    expect(result).toMatchObject({ rows: 4, added: 2, skipped: 2, rejected: 0 });
    const stored = await Promise.all((await t.responses()).map(async (r) => rowsOf(await t.answers(r.id))));
    expect(stored).toEqual([
      [['nps', null, null, 0, null]],
      [
        ['nps', null, null, 10, null],
        ['satisfaction', null, '5', null, null],
        ['spend', null, null, 7, null],
      ],
    ]);
  });

  it('keeps numbers exactly as written (decimal comma when asked), so the hash recomputed from the stored answer is the same', async () => {
    const t = await responseImportSession();
    const result = await t.imported({ file: { path: t.file('n.csv', 'spend\n"0,1"\n"0,006094975380993239"\n') }, mapping: [{ column: 'spend', questionId: 'spend' }], decimalComma: true });
    expect(result.added).toBe(2);
    const stored = await t.responses();
    expect(await Promise.all(stored.map(async (r) => (await t.answers(r.id))[0]!.num))).toEqual([0.1, 0.006094975380993239]);
    for (const r of stored) {
      const answers = (await t.answers(r.id)).map((a) => ({ questionId: a.question_id, rowId: a.row_id, optionCode: a.option_code, num: a.num, text: a.text }));
      expect(hashResponseContent({ surveyVersionId: t.versionId, status: 'complete', startedAt: r.started_at, completedAt: r.completed_at, answers })).toBe(r.content_hash);
    }
  });
});

describe('responses.importCsv: values that do not fit', () => {
  it('rejects each bad value naming the row, the column, the value and what was expected, and with valid rows adds the others', async () => {
    const t = await responseImportSession();
    const csv = [
      header,
      'web,news,4,4,2,9,12.5,fine', // row 1: good
      'mail,news,4,4,2,9,12.5,', // row 2: unknown option
      'web,news,4,4,2,9,600,', // row 3: number out of range
      'web;friend,news,4,4,2,9,,', // row 4: two answers to a single choice
      'web,news;none,4,4,2,9,,', // row 5: "None of these" with another choice
      'web,news;deals;events;tips,4,4,2,9,,', // row 6: more than 3 choices
      'web,news,4,4,2,11,,', // row 7: NPS out of 0–10
      'web,news,4,4,2,9,lots,', // row 8: not a number
      'web,news,8,4,2,9,,', // row 9: Likert point that does not exist
      'web,news,4,4,2,9,12.5,also fine', // row 10: good
    ].join('\n');
    const result = await t.imported({ file: { path: t.file('bad.csv', csv) }, mapping, mode: 'valid-rows' });
    expect(result).toMatchObject({ committed: true, rows: 10, added: 2, skipped: 0, rejected: 8 });
    expect(result.rejections.map((r) => [r.row, r.column, r.value, r.key])).toEqual([
      [2, 'channel', 'mail', 'responsesImport.issue.unknownOption'],
      [3, 'spend', '600', 'responsesImport.issue.numberOutOfRange'],
      [4, 'channel', 'web;friend', 'responsesImport.issue.twoAnswers'],
      [5, 'topics', 'news;none', 'responsesImport.issue.exclusiveWithOthers'],
      [6, 'topics', 'news;deals;events;tips', 'responsesImport.issue.tooManyChoices'],
      [7, 'nps', '11', 'responsesImport.issue.npsInvalidOrOption'],
      [8, 'spend', 'lots', 'responsesImport.issue.notANumber'],
      [9, 'satisfaction', '8', 'responsesImport.issue.unknownOption'],
    ]);
    expect(result.rejections.map((r) => r.message)).toEqual([
      "Column 'channel': 'mail' is not an option of channel: expected the code or label of one of web (Website), friend (A friend), other (Other).",
      "Column 'spend': 600 is outside the range of spend: expected 0–500.",
      "Column 'channel': 'web;friend' gives 2 answers to channel, which takes one (expected one of web (Website), friend (A friend), other (Other)).",
      "Column 'topics': 'none' of topics excludes every other choice, but this row also chooses news.",
      "Column 'topics': This row chooses 4 options of topics, which takes at most 3.",
      "Column 'nps': '11' is not a score of nps: expected a whole number from 0 to 10 or one of dk (Don't know).",
      "Column 'spend': 'lots' is not a number, which spend expects (0–500).",
      "Column 'satisfaction': '8' is not an option of satisfaction: expected the code or label of one of 1 (Very unsatisfied), 2 (Unsatisfied), 3 (Neutral), 4 (Satisfied), 5 (Very satisfied).",
    ]);
    const comments = await Promise.all((await t.responses()).map(async (r) => (await t.answers(r.id)).find((a) => a.question_id === 'comment')?.text));
    expect(comments).toEqual(['fine', 'also fine']);
  });

  it('names both columns when two columns give a single choice two answers, and a 0/1 column holding something else', async () => {
    const t = await responseImportSession();
    const csv = ['channel,channel_other,topics/news', 'friend,my neighbour,1', 'web,,maybe'].join('\n');
    const job = await t.runImport({
      file: { path: t.file('two.csv', csv) },
      mapping: [
        { column: 'channel', questionId: 'channel' },
        { column: 'channel_other', questionId: 'channel', optionCode: 'other' },
        { column: 'topics/news', questionId: 'topics', optionCode: 'news' },
      ],
    });
    const result = job.result as { rejections: { row: number; column: string; message: string }[] };
    expect(result.rejections.map((r) => [r.row, r.column, r.message])).toEqual([
      [1, 'channel_other', "Column 'channel_other': channel takes one answer, but this row gives 'my neighbour' here and 'friend' in column 'channel'."],
      [2, 'topics/news', "Column 'topics/news': 'maybe' does not say whether option news of topics was chosen: expected 1 or 0 (yes or no, or the option's code or label)."],
    ]);
    expect(await t.counts()).toEqual({ responses: 0, answers: 0 });
  });
});

describe('responses.importCsv: who answered, and when', () => {
  it('links each row to the panel member its column names by code, external id or email; an unknown member is a row error', async () => {
    const t = await responseImportSession();
    const ann = await call(t.dispatch, 'members.create', { name: 'Ann', email: 'Ann@Example.com', externalId: 'X-1' });
    const bob = await call(t.dispatch, 'members.create', { name: 'Bob', email: 'bob@example.com', externalId: 'X-2' });
    const byEach = async (by: 'code' | 'externalId' | 'email', values: string[]) => {
      const csv = ['who,nps', ...values.map((v, i) => `${v},${i}`)].join('\n');
      return t.imported({ file: { path: t.file(`${by}.csv`, csv) }, mapping: [{ column: 'nps', questionId: 'nps' }], member: { column: 'who', by }, mode: 'valid-rows' });
    };
    expect(await byEach('code', [ann.code.toLowerCase(), bob.code, 'M-000000'])).toMatchObject({ added: 2, rejected: 1, rejections: [{ row: 3, column: 'who', value: 'M-000000', message: "Column 'who': No panel member has the member code 'M-000000'." }] });
    expect(await byEach('externalId', ['X-2', 'X-9'])).toMatchObject({ added: 1, rejected: 1, rejections: [{ row: 2, key: 'responsesImport.issue.noMemberExternalId' }] });
    expect(await byEach('email', ['ANN@example.COM', 'nobody@example.com'])).toMatchObject({ added: 1, rejected: 1, rejections: [{ row: 2, value: 'nobody@example.com' }] });
    const members = (await t.responses()).map((r) => r.member_id);
    expect(members).toEqual([ann.id, bob.id, bob.id, ann.id]);
  });

  it('refuses a member column for an anonymous survey, and needs one (and a member in every row) where the survey requires identification', async () => {
    const anonymous = await responseImportSession('anonymous');
    const refused = await anonymous.dispatch('responses.importCsv', {
      surveyVersionId: anonymous.versionId,
      file: { path: anonymous.file('a.csv', 'who,nps\nM-000000,1\n') },
      mapping: [{ column: 'nps', questionId: 'nps' }],
      member: { column: 'who', by: 'code' },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', key: 'responsesImport.mappingError.anonymousMember' } });

    const identified = await responseImportSession('member');
    const ann = await call(identified.dispatch, 'members.create', { name: 'Ann' });
    const input = { surveyVersionId: identified.versionId, file: { path: identified.file('m.csv', `who,nps\n${ann.code},1\n,2\n`) }, mapping: [{ column: 'nps', questionId: 'nps' }] };
    expect(await identified.dispatch('responses.importCsv', input)).toMatchObject({ ok: false, error: { code: 'VALIDATION', key: 'responsesImport.mappingError.memberRequired' } });
    const result = await identified.imported({ ...input, member: { column: 'who', by: 'code' }, mode: 'valid-rows' });
    expect(result).toMatchObject({ added: 1, rejected: 1, rejections: [{ row: 2, column: 'who', key: 'responsesImport.issue.memberMissing' }] });
  });

  it('takes startedAt and completedAt from their columns (ISO 8601, no zone = UTC), and rejects what is no timestamp or ends before it starts', async () => {
    const t = await responseImportSession();
    const csv = [
      'start,end,nps',
      '2024-03-05T14:22:10.123+03:00,2024-03-05 11:30:00,1',
      '2024-03-05,,2',
      '05/03/2024 10:00,2024-03-05,3',
      '2024-03-05 12:00,2024-03-05 11:00,4',
    ].join('\n');
    const result = await t.imported({ file: { path: t.file('t.csv', csv) }, mapping: [{ column: 'nps', questionId: 'nps' }], startedAt: { column: 'start' }, completedAt: { column: 'end' }, mode: 'valid-rows' });
    expect(result.rejections.map((r) => [r.row, r.column, r.key])).toEqual([
      [3, 'start', 'responsesImport.issue.timestampInvalid'],
      [4, 'end', 'responsesImport.issue.completedBeforeStarted'],
    ]);
    expect((await t.responses()).map((r) => [r.started_at, r.completed_at])).toEqual([
      ['2024-03-05T11:22:10.123Z', '2024-03-05T11:30:00.000Z'],
      // Only a start: the response ends when it started (the file does not say how long it took).
      ['2024-03-05T00:00:00.000Z', '2024-03-05T00:00:00.000Z'],
    ]);
  });
});
