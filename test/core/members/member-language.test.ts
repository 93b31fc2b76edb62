import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportResult } from '../../../main/api/export';
import { call } from '../../support/call';
import { readCsv } from '../export/export-fixture';
import { failure } from '../panel/panel-session';
import { importSession } from '../panel/import/support/import-fixture';

/** A member's language: a BCP 47 tag, stored in its canonical form, through every path a member field takes. */
describe('the member language field', () => {
  it('is created, edited, listed and filtered as a canonical BCP 47 tag; anything else is refused naming the field and what was expected', async () => {
    const t = await importSession();
    const wang = await call(t.dispatch, 'members.create', { name: 'Wang', language: ' zh-cn ' });
    expect(wang.language).toBe('zh-CN');
    const ivan = await call(t.dispatch, 'members.create', { name: 'Ivan', language: 'ru' });
    expect((await call(t.dispatch, 'members.update', { memberId: ivan.id, patch: { language: 'sr-latn-rs' } })).language).toBe('sr-Latn-RS');
    expect((await call(t.dispatch, 'members.get', { memberId: ivan.id })).language).toBe('sr-Latn-RS');

    const bad = await failure(t.dispatch, 'members.create', { name: 'Eve', language: 'english please' });
    expect(bad).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['language'], message: 'expected a BCP 47 language tag such as en, zh-CN or ru' }] });
    expect(await failure(t.dispatch, 'members.update', { memberId: wang.id, patch: { language: 'en_US' } })).toMatchObject({ issues: [{ path: ['patch', 'language'] }] });
    expect((await call(t.dispatch, 'members.get', { memberId: wang.id })).language).toBe('zh-CN');

    const { rows } = await call(t.dispatch, 'members.list', { filter: { field: 'language', op: 'eq', value: 'zh-CN' } });
    expect(rows.map((r) => [r.name, r.language])).toEqual([['Wang', 'zh-CN']]);
  });

  it('is imported from a language column; a value that is no language tag rejects its row, naming the row, the column and what was expected', async () => {
    const t = await importSession();
    const file = t.file('lang.csv', ['name,email,Language', 'Ann,ann@example.org,en', 'Li,li@example.cn,ZH-hans-cn', 'Bad,bad@example.org,français', 'None,none@example.org,'].join('\n'));
    const preview = await call(t.dispatch, 'members.previewImport', { file: { path: file } });
    expect(preview.columns.find((c) => c.name === 'Language')?.suggested).toBe('language');
    const result = await t.imported({
      file: { path: file },
      mapping: [
        { column: 'name', target: 'name' },
        { column: 'email', target: 'email' },
        { column: 'Language', target: 'language' },
      ],
      onDuplicate: 'skip',
      mode: 'valid-rows',
    });
    expect(result).toMatchObject({ rows: 4, inserted: 3, rejectedCount: 1 });
    expect(result.rejected).toEqual([
      {
        row: 3,
        column: 'Language',
        value: 'français',
        message: "Column 'Language': 'français' is not a language tag (expected BCP 47, such as en, zh-CN or ru).",
        key: 'import.issue.languageInvalid',
        params: { value: 'français', column: 'Language' },
      },
    ]);
    const stored = await t.db().reader.all<{ name: string; language: string | null }>('SELECT name, language FROM member ORDER BY id');
    expect(stored).toEqual([
      { name: 'Ann', language: 'en' },
      { name: 'Li', language: 'zh-Hans-CN' },
      { name: 'None', language: null },
    ]);
  });

  it("is a members export column, and one of an invitation list's default columns", async () => {
    const t = await importSession();
    await call(t.dispatch, 'members.create', { name: 'Wang', email: 'wang@example.cn', country: 'CN', language: 'zh-CN', consentStatus: 'granted' });
    await call(t.dispatch, 'members.create', { name: 'Olga', email: 'olga@example.ru', country: 'CN', consentStatus: 'granted' });
    const exported = async (input: Record<string, unknown>) => {
      const { jobId } = await call(t.dispatch, 'export.members', input as never);
      const job = await call(t.dispatch, 'jobs.wait', { jobId, timeoutMs: 60_000 });
      if (job.state !== 'succeeded') throw new Error(`export ${job.state}: ${job.error?.message}`);
      return readCsv((job.result as ExportResult).path);
    };
    expect(await exported({ filter: { and: [] }, columns: ['name', 'language'], path: path.join(t.dir, 'm.csv') })).toEqual([['name', 'language'], ['Wang', 'zh-CN'], ['Olga', '']]);
    const campaign = await call(t.dispatch, 'campaigns.create', { name: 'China', rules: { field: 'country', op: 'eq', value: 'CN' }, quotas: [] });
    const invitations = await exported({ campaignId: campaign.id, path: path.join(t.dir, 'inv.csv') });
    expect(invitations[0]).toEqual(['code', 'name', 'email', 'language']);
    expect(invitations.slice(1).map((r) => r.slice(1))).toEqual([['Wang', 'wang@example.cn', 'zh-CN'], ['Olga', 'olga@example.ru', '']]);
  });
});
