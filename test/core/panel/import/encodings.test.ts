import { describe, expect, it } from 'vitest';
import type { ImportEncoding } from '../../../../main/api/member-import';
import { call } from '../../../support/call';
import { importSession } from './support/import-fixture';
import { legacyEncode, utf16 } from './support/legacy-encode';

const chinese = 'name,email,city\n王小明,wang@example.cn,北京\n李华,li@example.cn,上海\n张伟,zhang@example.cn,广州\n';
const russian = 'name;email;city\nИван Петров;ivan@example.ru;Москва\nЕлена Смирнова;elena@example.ru;Санкт-Петербург\nОльга Кузнецова;olga@example.ru;Новосибирск\n';
const french = 'name;email;city\nRené Lefèvre;rene@example.fr;Orléans\nZoë Müller;zoe@example.de;Köln\nJosé García;jose@example.es;Málaga\n';
const mapping = [
  { column: 'name', target: 'name' as const },
  { column: 'email', target: 'email' as const },
  { column: 'city', target: 'city' as const },
];
const namesOf = (text: string) => text.trim().split('\n').slice(1).map((line) => line.split(/[,;]/)[0]);

describe('encodings', () => {
  const cases: [string, () => Buffer, string, ImportEncoding, boolean][] = [
    ['UTF-8 without BOM', () => Buffer.from(russian), russian, 'utf-8', false],
    ['UTF-8 with BOM', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(chinese)]), chinese, 'utf-8', true],
    ['UTF-16 LE with BOM', () => utf16(chinese, 'le', true), chinese, 'utf-16le', true],
    ['UTF-16 BE with BOM', () => utf16(russian, 'be', true), russian, 'utf-16be', true],
    ['UTF-16 LE without BOM (NUL pattern)', () => utf16(french, 'le', false), french, 'utf-16le', false],
    ['GB18030', () => legacyEncode(chinese, 'gb18030'), chinese, 'gb18030', false],
    ['windows-1251', () => legacyEncode(russian, 'windows-1251'), russian, 'windows-1251', false],
    ['windows-1252', () => legacyEncode(french, 'windows-1252'), french, 'windows-1252', false],
  ];

  it.each(cases)('detects %s and imports the names intact', async (_label, bytes, text, encoding, bom) => {
    const t = await importSession();
    const file = t.file('members.csv', bytes());
    const preview = await call(t.dispatch, 'members.previewImport', { file: { path: file } });
    expect(preview.encoding).toMatchObject({ detected: encoding, used: encoding, bom });
    expect(preview.columns.map((c) => c.name)).toEqual(['name', 'email', 'city']);
    expect(preview.sample.map((r) => r.values[0])).toEqual(namesOf(text));
    expect(preview.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const result = await t.imported({ file: { path: file }, mapping, onDuplicate: 'skip' });
    expect(result.inserted).toBe(3);
    expect((await t.members()).map((m) => m.name)).toEqual(namesOf(text));
  });

  it('reports undecodable bytes with their row numbers when a windows-1251 file is read as UTF-8', async () => {
    const t = await importSession();
    const text = 'name;email;city\nAnna Lee;anna@example.com;Oslo\nИван Петров;ivan@example.ru;Москва\nBob Ray;bob@example.com;Rome\nОльга;olga@example.ru;Пермь\n';
    const file = t.file('cyrillic.csv', legacyEncode(text, 'windows-1251'));
    const preview = await call(t.dispatch, 'members.previewImport', { file: { path: file }, encoding: 'utf-8' });
    expect(preview.encoding).toMatchObject({ detected: 'windows-1251', used: 'utf-8' });
    const undecodable = preview.problems.find((p) => p.code === 'undecodable')!;
    expect(undecodable).toMatchObject({ severity: 'error', rows: [2, 4] });
    expect(undecodable.message).toBe('Rows 2, 4 contain bytes that are not valid utf-8 (shown as �). windows-1251 fits the file better.');

    const strict = await t.imported({ file: { path: file }, encoding: 'utf-8', mapping, onDuplicate: 'skip' });
    expect(strict).toMatchObject({ committed: false, inserted: 0, rejectedCount: 2 });
    expect(await t.members()).toEqual([]);
    const lenient = await t.imported({ file: { path: file }, encoding: 'utf-8', mapping, onDuplicate: 'skip', mode: 'valid-rows' });
    expect(lenient).toMatchObject({ committed: true, inserted: 2, rejectedCount: 2 });
    expect(lenient.rejected.map((r) => [r.row, r.column, r.key])).toEqual([
      [2, 'name', 'import.issue.undecodable'],
      [2, 'city', 'import.issue.undecodable'],
      [4, 'name', 'import.issue.undecodable'],
      [4, 'city', 'import.issue.undecodable'],
    ]);
    expect(lenient.rejected[0]!.message).toBe("Column 'name': Contains bytes that are not valid utf-8 (shown as �); the file may be in another encoding.");
    expect((await t.members()).map((m) => m.name)).toEqual(['Anna Lee', 'Bob Ray']);
  });

  it('uses the encoding the user chooses over the guess', async () => {
    const t = await importSession();
    const file = t.file('chinese.csv', legacyEncode(chinese, 'gb18030'));
    const preview = await call(t.dispatch, 'members.previewImport', { file: { path: file }, encoding: 'windows-1251' });
    expect(preview.encoding).toMatchObject({ detected: 'gb18030', used: 'windows-1251' });
    expect(preview.sample[0]!.values[0]).not.toBe('王小明');
  });

  it('refuses a binary file (mostly NUL bytes) clearly', async () => {
    const t = await importSession();
    const file = t.file('image.csv', Buffer.concat([Buffer.from('name\n'), Buffer.alloc(4096), Buffer.from([1, 2, 3])]));
    const preview = await call(t.dispatch, 'members.previewImport', { file: { path: file } });
    expect(preview.canImport).toBe(false);
    expect(preview.problems.map((p) => p.code)).toEqual(['binary']);
  });
});
