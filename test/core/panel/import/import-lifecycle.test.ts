import fs from 'node:fs';
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../../main/api/member-import';
import { CancelledError } from '../../../../main/core/errors';
import { planImport } from '../../../../main/core/panel/import/import-plan';
import { runImport } from '../../../../main/core/panel/import/run-import';
import { call } from '../../../support/call';
import { cancelAtCheckpoint } from '../../../support/cancel-at';
import { failure } from '../panel-session';
import { importSession, type ImportSession } from './support/import-fixture';

const mapping: ColumnMapping[] = [
  { column: 'id', target: 'externalId' },
  { column: 'name', target: 'name' },
  { column: 'email', target: 'email' },
  { column: 'vip', target: 'tag:VIP' },
  { column: 'O1', target: 'screener:ipip-openness:1' },
];
const withBadEmails = ['id,name,email,vip,O1', '1,Ann,ann@example.com,yes,4', '2,Bob,bob(at)example.com,no,5', '3,Cy,cy@example.com,,3', '4,Dee,dee@,maybe,2'].join('\n');

/** Everything an import can change, so "exactly as before" can be compared. */
async function panelState(t: ImportSession) {
  const dump = (sql: string) => t.db().reader.all(sql);
  return {
    members: await dump('SELECT * FROM member ORDER BY id'),
    tags: await dump('SELECT * FROM tag ORDER BY id'),
    memberTags: await dump('SELECT * FROM member_tag ORDER BY tag_id, member_id'),
    answers: await dump('SELECT * FROM screener_answer ORDER BY member_id, item'),
    scores: await dump('SELECT * FROM trait_score ORDER BY member_id'),
    attributes: await dump('SELECT * FROM member_attribute ORDER BY attribute_id, member_id'),
    batches: await dump('SELECT * FROM import_batch ORDER BY id'),
    audit: await dump('SELECT * FROM audit_log ORDER BY id'),
    // The merge sets the search trigger aside while it indexes in bulk: a cancel must bring it back.
    schema: await dump("SELECT type, name, sql FROM sqlite_schema WHERE tbl_name = 'member' ORDER BY name"),
  };
}

describe('quick search after an import', () => {
  it('finds the imported members (3+ characters and a two-character Chinese name), and members added after the import', async () => {
    const t = await importSession();
    const csv = ['id,name,email', '1,Ann Smith,ann@example.com', '2,王伟,wang@example.cn', '3,Олег Петров,oleg@example.ru'].join('\n');
    const result = await t.imported({ file: { path: t.file('a.csv', csv) }, mapping: mapping.slice(0, 3), onDuplicate: 'skip' });
    expect(result.inserted).toBe(3);
    const found = async (search: string) => (await call(t.dispatch, 'members.list', { search, limit: 10 })).rows.map((r) => r.name);
    expect(await found('smith')).toEqual(['Ann Smith']);
    expect(await found('王伟')).toEqual(['王伟']);
    expect(await found('петров')).toEqual(['Олег Петров']);
    expect(await found('example.ru')).toEqual(['Олег Петров']);
    await call(t.dispatch, 'members.create', { name: 'Zoe Walker', country: 'GB' });
    expect(await found('walker')).toEqual(['Zoe Walker']);
  });
});

describe('all or nothing, or only the valid rows', () => {
  it('all-or-nothing: an invalid row stops the import, nothing is written, and every rejection is listed', async () => {
    const t = await importSession();
    const before = await panelState(t);
    const result = await t.imported({ file: { path: t.file('a.csv', withBadEmails) }, mapping, onDuplicate: 'skip' });
    expect(result).toMatchObject({ committed: false, batchId: null, rows: 4, inserted: 0, rejectedCount: 2 });
    expect(result.message).toBe('Nothing was imported: 2 of 4 rows were rejected. Fix them (the rejected rows can be saved as a CSV) or choose to import only the valid rows.');
    expect(result.rejected.map((r) => [r.row, r.column, r.value])).toEqual([
      [2, 'email', 'bob(at)example.com'],
      [4, 'email', 'dee@'],
    ]);
    expect(await panelState(t)).toEqual(before);
  });

  it('valid rows: the good rows go in (with tags and answers), warnings keep their rows', async () => {
    const t = await importSession();
    const result = await t.imported({ file: { path: t.file('a.csv', withBadEmails) }, mapping, onDuplicate: 'skip', mode: 'valid-rows' });
    expect(result).toMatchObject({ committed: true, rows: 4, inserted: 2, rejectedCount: 2 });
    expect(result.message).toBe('Imported 4 rows: 2 new members, 0 updates, 0 skipped, 2 rejected; 0 warnings.');
    const rows = await t.db().reader.all<{ name: string; tags: string | null; item1: number | null; answered: number }>(
      `SELECT m.name, (SELECT group_concat(t.name) FROM member_tag mt JOIN tag t ON t.id = mt.tag_id WHERE mt.member_id = m.id) AS tags,
              (SELECT value FROM screener_answer a WHERE a.member_id = m.id AND a.item = 1) AS item1,
              (SELECT answered FROM trait_score s WHERE s.member_id = m.id) AS answered
       FROM member m ORDER BY m.id`,
    );
    expect(rows).toEqual([
      { name: 'Ann', tags: 'VIP', item1: 4, answered: 1 },
      { name: 'Cy', tags: null, item1: 3, answered: 1 },
    ]);
  });

  it('saves the rejected rows as a CSV (original columns and the reason) that imports once fixed', async () => {
    const t = await importSession();
    const { jobId } = await call(t.dispatch, 'members.import', { file: { path: t.file('a.csv', withBadEmails) }, mapping, onDuplicate: 'skip', mode: 'valid-rows' });
    await call(t.dispatch, 'jobs.wait', { jobId, timeoutMs: 30_000 });
    const saved = await call(t.dispatch, 'imports.rejectedCsv', { jobId });
    expect(saved).toMatchObject({ rows: 2, fileName: 'rejected-rows-2026-01-15.csv' });
    expect(t.session.transfers.takeDownload(saved.downloadId!)?.path).toBe(saved.path);
    const text = fs.readFileSync(saved.path, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual(['import_row', 'import_error', 'id', 'name', 'email', 'vip', 'O1']);
    expect(parsed.data).toEqual([
      { import_row: '2', import_error: "Column 'email': 'bob(at)example.com' is not an email address.", id: '2', name: 'Bob', email: 'bob(at)example.com', vip: 'no', O1: '5' },
      { import_row: '4', import_error: "Column 'email': 'dee@' is not an email address.", id: '4', name: 'Dee', email: 'dee@', vip: 'maybe', O1: '2' },
    ]);
    const fixed = parsed.data.map((r) => ({ ...r, email: `${r.name!.toLowerCase()}@example.com` }));
    const again = await t.imported({ file: { path: t.file('fixed.csv', Papa.unparse(fixed)) }, mapping, onDuplicate: 'skip' });
    expect(again).toMatchObject({ committed: true, inserted: 2, rejectedCount: 0 });
    expect(again.warnings).toEqual([expect.objectContaining({ code: 'booleanUnknown', column: 'vip', value: 'maybe', rows: [2] })]);
    expect((await t.members()).map((m) => m.email)).toEqual(['ann@example.com', 'cy@example.com', 'bob@example.com', 'dee@example.com']);
  });

  it('has no rejected-rows file for an import without rejections', async () => {
    const t = await importSession();
    const { jobId } = await call(t.dispatch, 'members.import', { file: { path: t.file('ok.csv', 'id,name\n1,Ann\n') }, mapping: mapping.slice(0, 2), onDuplicate: 'skip' });
    await call(t.dispatch, 'jobs.wait', { jobId, timeoutMs: 30_000 });
    expect(await failure(t.dispatch, 'imports.rejectedCsv', { jobId })).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('files uploaded to the browser host', () => {
  it('previews and imports an upload by its uploadId, under the name it was uploaded with', async () => {
    const t = await importSession();
    const { uploadId } = await t.session.transfers.receiveUpload(Readable.from([Buffer.from('id,name\n1,Ann\n')]), { maxBytes: 1024, fileName: 'Панель 2026.csv' });
    const preview = await call(t.dispatch, 'members.previewImport', { file: { uploadId } });
    expect(preview).toMatchObject({ fileName: 'Панель 2026.csv', canImport: true });
    await t.imported({ file: { uploadId }, mapping: mapping.slice(0, 2), onDuplicate: 'skip' });
    expect((await call(t.dispatch, 'imports.list', {})).items.map((i) => i.fileName)).toEqual(['Панель 2026.csv']);
  });
});

describe('checks before anything starts', () => {
  it('refuses a mapping to a column the file does not have, twice the same field, or an age without the collection date', async () => {
    const t = await importSession();
    const file = { path: t.file('m.csv', 'name,email,e2,age\nAnn,a@example.com,b@example.com,30\n') };
    expect((await failure(t.dispatch, 'members.import', { file, mapping: [{ column: 'mail', target: 'email' }], onDuplicate: 'skip' })).message).toBe(
      "The mapping names the column 'mail', which this file does not have (its columns: name, email, e2, age).",
    );
    expect((await failure(t.dispatch, 'members.import', { file, mapping: [{ column: 'email', target: 'email' }, { column: 'e2', target: 'email' }], onDuplicate: 'skip' })).message).toBe(
      "The columns 'email' and 'e2' both map to email; map only one.",
    );
    expect((await failure(t.dispatch, 'members.import', { file, mapping: [{ column: 'age', target: 'age' }], onDuplicate: 'skip' })).message).toBe(
      'An age column becomes a birth year only with the date the data was collected: set collectedOn (e.g. 2012).',
    );
    expect((await failure(t.dispatch, 'members.import', { file, mapping: [{ column: 'name', target: 'attr:shoe' }], onDuplicate: 'skip' })).message).toBe(
      "There is no custom attribute 'shoe' (defined: none). Define it first.",
    );
    expect(
      (await failure(t.dispatch, 'members.import', { file, mapping: [{ column: 'name', target: 'gender', recode: { Ann: 'femal' } }], onDuplicate: 'skip' })).message,
    ).toBe("The recoding of 'name' turns 'Ann' into 'femal', which is not a valid value (expected female, male, other or undisclosed).");
    expect(t.session.jobs.list()).toEqual([]);
  });
});

describe('values: dates, decimal commas, attributes', () => {
  it('reads the chosen date format and decimal commas, fills custom attributes, and warns about what does not fit', async () => {
    const t = await importSession();
    await call(t.dispatch, 'attributes.create', { key: 'spend', label: 'Spend', type: 'number' });
    await call(t.dispatch, 'attributes.create', { key: 'plan', label: 'Plan', type: 'choice', choices: ['Basic', 'Pro'] });
    await call(t.dispatch, 'attributes.create', { key: 'renewal', label: 'Renewal', type: 'date' });
    const csv = ['name;joined;spend;plan;renewal;stage', 'Ann;31.12.2024;1.234,5;pro;01.02.2026;Activation', 'Bob;31.02.2024;abc;gold;2026-02-01;sleeping'].join('\n');
    const result = await t.imported({
      file: { path: t.file('v.csv', csv) },
      mapping: [
        { column: 'name', target: 'name' },
        { column: 'joined', target: 'joinedAt' },
        { column: 'spend', target: 'attr:spend' },
        { column: 'plan', target: 'attr:plan' },
        { column: 'renewal', target: 'attr:renewal' },
        { column: 'stage', target: 'lifecycleStage' },
      ],
      onDuplicate: 'skip',
      dateFormat: 'DD.MM.YYYY',
      decimalComma: true,
    });
    expect(result.inserted).toBe(2);
    expect(result.warnings.map((w) => w.message)).toEqual([
      "Column 'joined': '31.02.2024' is not a date in the format DD.MM.YYYY; left empty.",
      "Column 'spend': 'abc' is not a number (decimal comma); left empty.",
      "Column 'plan': 'gold' is not one of the choices (Basic, Pro); left empty.",
      "Column 'renewal': '2026-02-01' is not a date in the format DD.MM.YYYY; left empty.",
      "Column 'stage': 'sleeping' is not a lifecycle stage (acquisition, activation, retention, monetization); left empty.",
    ]);
    const ann = await t.db().reader.all<{ joined_at: string; lifecycle_stage: string; key: string; value_text: string | null; value_num: number | null }>(
      `SELECT m.joined_at, m.lifecycle_stage, d.key, a.value_text, a.value_num FROM member m
       JOIN member_attribute a ON a.member_id = m.id JOIN attribute_def d ON d.id = a.attribute_id WHERE m.name = 'Ann' ORDER BY d.key`,
    );
    expect(ann).toEqual([
      { joined_at: '2024-12-31', lifecycle_stage: 'activation', key: 'plan', value_text: 'Pro', value_num: null },
      { joined_at: '2024-12-31', lifecycle_stage: 'activation', key: 'renewal', value_text: '2026-02-01', value_num: null },
      { joined_at: '2024-12-31', lifecycle_stage: 'activation', key: 'spend', value_text: null, value_num: 1234.5 },
    ]);
  });
});

describe('cancelling', () => {
  const bigCsv = () =>
    ['id,name,email,vip,O1', ...Array.from({ length: 60_000 }, (_, i) => `${i + 100},Member ${i},m${i}@example.com,${i % 3 === 0 ? 'yes' : 'no'},${(i % 5) + 1}`)].join('\n');

  it('a cancelled import job leaves the panel exactly as before', async () => {
    const t = await importSession();
    await t.imported({ file: { path: t.file('first.csv', withBadEmails) }, mapping, onDuplicate: 'skip', mode: 'valid-rows' });
    const before = await panelState(t);
    const { jobId } = await call(t.dispatch, 'members.import', { file: { path: t.file('big.csv', bigCsv()) }, mapping, onDuplicate: 'update' });
    while ((await call(t.dispatch, 'jobs.get', { jobId })).progress.done === 0) await new Promise((r) => setTimeout(r, 5));
    const cancelled = await call(t.dispatch, 'jobs.cancel', { jobId });
    expect(cancelled).toMatchObject({ state: 'cancelled', error: { code: 'CANCELLED' } });
    expect(await panelState(t)).toEqual(before);
    // The staging tables are gone, so the next import starts clean.
    const again = await t.imported({ file: { path: t.file('again.csv', 'id,name\n900,Zed\n') }, mapping: mapping.slice(0, 2), onDuplicate: 'skip' });
    expect(again.inserted).toBe(1);
  });

  it('cancelling at any checkpoint, reading or merging, leaves the panel as before', async () => {
    const t = await importSession();
    await t.imported({ file: { path: t.file('first.csv', withBadEmails) }, mapping, onDuplicate: 'skip', mode: 'valid-rows' });
    const before = await panelState(t);
    const csv = ['id,name,email,vip,O1', '1,Ann Again,ann@example.com,yes,5', '7,Gus,gus@example.com,yes,1', '8,Hal,GUS@example.com,no,2', ''].join('\n');
    const file = t.file('mixed.csv', csv);
    const plan = () => planImport(t.db(), file, 'mixed.csv', { mapping, onDuplicate: 'update', mode: 'all-or-nothing', dateFormat: 'YYYY-MM-DD', decimalComma: false, language: 'en' }, new Date(), 1e9);
    const env = { db: t.db(), now: () => new Date('2026-02-01T00:00:00Z'), actor: 'test', rejectedCsvPath: `${t.dir}/rejected.csv` };
    let checkpoints = 0;
    for (let stopAt = 1; ; stopAt++) {
      const ctx = cancelAtCheckpoint(stopAt);
      const outcome = await runImport(env, await plan(), ctx, env.rejectedCsvPath).catch((err: unknown) => err);
      if (!(outcome instanceof CancelledError)) {
        expect(outcome).toMatchObject({ committed: true, inserted: 1, updated: 1, skipped: 1 });
        break;
      }
      expect(await panelState(t)).toEqual(before);
      checkpoints = stopAt;
    }
    expect(checkpoints).toBeGreaterThan(4);
  });
});
