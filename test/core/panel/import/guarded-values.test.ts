import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../../main/core/files/csv/csv-writer';
import { safeWrite } from '../../../../main/core/files/safe-writer';
import { csvPresetOptions } from '@model/csv/csv-options';
import { call } from '../../../support/call';
import { importSession } from './support/import-fixture';

const mapping = [
  { column: 'name', target: 'name' as const },
  { column: 'email', target: 'email' as const },
  { column: 'phone', target: 'phone' as const },
  { column: 'city', target: 'city' as const },
  { column: '-notes', target: 'notes' as const },
];

describe('files the workbench wrote with the formula guard', () => {
  it('preview and import with the guard mark removed, header included, so guarded values round-trip (and an apostrophe of the value itself stays)', async () => {
    const t = await importSession();
    const members = [
      ['=HYPERLINK("http://evil.example","click")', 'ann@example.com', '+44 20 7946 0958', '-3+2', "'=1 is how Excel shows a formula as text"],
      ['@Bob', 'bob@example.com', '+7 495 123-45-67', 'Москва', "'quoted'"],
    ];
    const file = path.join(t.dir, 'guarded.csv');
    await writeCsv({ save: safeWrite }, file, { header: mapping.map((m) => m.column), rows: members }, csvPresetOptions('excelLocal', 'ru'));
    const preview = await call(t.dispatch, 'members.previewImport', { file: { path: file } });
    expect(preview.columns.map((c) => c.name)).toEqual(mapping.map((m) => m.column));
    expect(preview.sample.map((s) => s.values)).toEqual(members);
    const result = await t.imported({ file: { path: file }, mapping, onDuplicate: 'skip' });
    expect(result).toMatchObject({ committed: true, inserted: 2, rejectedCount: 0 });
    expect(result.warnings).toEqual([]);
    const stored = await t.db().reader.all<{ name: string; email: string; phone: string; city: string; notes: string }>('SELECT name, email, phone, city, notes FROM member ORDER BY id');
    expect(stored.map((m) => [m.name, m.email, m.phone, m.city, m.notes])).toEqual(members);
  });
});
