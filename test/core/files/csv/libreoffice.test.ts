import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../../main/core/files/csv/csv-writer';
import { safeWrite } from '../../../../main/core/files/safe-writer';
import { unguard } from '@model/csv/csv-guard';
import { csvPresetOptions, type CsvOptions } from '@model/csv/csv-options';
import type { CsvCell } from '@model/csv/csv-preview';
import { tempDir } from '../../../support/temp-dir';
import { exportSession, readCsv } from '../../export/export-fixture';

const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasSoffice) console.warn('LibreOffice (soffice) is not installed: the CSV-in-LibreOffice test is skipped. .ci/run installs libreoffice-calc-nogui.');

const HEADER = ['name', 'city', 'answer', 'score', 'phone'];
const ROWS: CsvCell[][] = [
  ['张伟', '上海', '你好，世界', 7, '+44 20 7946 0958'],
  ['Ёлка Иванова', 'Москва', 'Привет; мир, "ёж"', -5, '=1+2'],
  ['emoji 👩‍🔬', 'a,b;c', 'строка\nещё одна', 2.5, '=HYPERLINK("http://evil.example","click")'],
  ['more', '@SUM(A1)', '=1\nx', -0.125, '＝1+2'],
  ['big and small', '-3+2', '  =1+2', 1e21, '-3'],
  ['tiny', "'=1", "'quoted'", 1.5e-7, '\n=2'],
];

/**
 * The CSV import options of LibreOffice (Calc's "Text - txt - csv (StarCalc)" filter), by token:
 * 1 field separator (44 comma, 59 semicolon, 9 tab), 2 text delimiter (34 "), 3 character set
 * (76 UTF-8), 4 first line (1), 5 column formats (none: Standard), 6 language (1033 en-US reads a
 * decimal point, 1049 ru-RU a decimal comma), 7 quoted field as text (false), 8 detect special
 * numbers (false: dates and the like stay text), 9–11 export settings and remove spaces (false),
 * 12 sheet (0), 13 evaluate formulas (true: a cell starting with = becomes a formula, as in Excel).
 */
const importFilter = (options: CsvOptions) =>
  `CSV:${options.delimiter.charCodeAt(0)},34,76,1,,${options.decimal === ',' ? 1049 : 1033},false,false,false,false,false,0,true`;
/** Back to CSV: comma, ", UTF-8, from line 1, raw values (not as shown), no formulas: a formula comes back as its result. */
const EXPORT_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,false,false,false,false';

interface OdsCell {
  type: string | null;
  value: string | null;
  formula: string | null;
}

/** The cells of a flat ODS file's first table, row by row, the first `width` of each. */
function odsCells(fods: string, width: number): OdsCell[][] {
  const attr = (attrs: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1] ?? null;
  return [...fods.matchAll(/<table:table-row\b[^>]*>([\s\S]*?)<\/table:table-row>/g)].map(([, row]) =>
    [...row!.matchAll(/<table:table-cell\b([^>]*?)\/?>/g)]
      // A run of equal cells is one element with table:number-columns-repeated: spread it out, up to the width.
      .flatMap(([, attrs]) => Array<OdsCell>(Math.min(Number(attr(attrs!, 'table:number-columns-repeated') ?? 1), width)).fill({ type: attr(attrs!, 'office:value-type'), value: attr(attrs!, 'office:value'), formula: attr(attrs!, 'table:formula') }))
      .slice(0, width),
  );
}

/** Each CSV converted headless to xlsx (formulas evaluated on import, as Excel does), then back to CSV and to flat ODS: the values read back and the cells. */
function throughLibreOffice(dir: string, files: Record<string, CsvOptions>, width: number) {
  const profile = pathToFileURL(path.join(dir, 'profile')).href;
  const soffice = (args: string[]) => execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', ...args], { stdio: 'pipe', timeout: 240_000 });
  const names = Object.keys(files);
  // One LibreOffice start per import filter (each start takes seconds).
  for (const filter of new Set(names.map((n) => importFilter(files[n]!)))) {
    const csvs = names.filter((n) => importFilter(files[n]!) === filter).map((n) => path.join(dir, `${n}.csv`));
    soffice(['--convert-to', 'xlsx', `--infilter=${filter}`, '--outdir', path.join(dir, 'xlsx'), ...csvs]);
  }
  const xlsx = names.map((n) => path.join(dir, 'xlsx', `${n}.xlsx`));
  soffice(['--convert-to', EXPORT_FILTER, '--outdir', path.join(dir, 'back'), ...xlsx]);
  soffice(['--convert-to', 'fods', '--outdir', path.join(dir, 'fods'), ...xlsx]);
  return Object.fromEntries(
    names.map((name) => [
      name,
      {
        back: Papa.parse<string[]>(fs.readFileSync(path.join(dir, 'back', `${name}.csv`), 'utf8'), { delimiter: ',', skipEmptyLines: true }).data,
        cells: odsCells(fs.readFileSync(path.join(dir, 'fods', `${name}.fods`), 'utf8'), width),
      },
    ]),
  );
}

describe('CSV files in LibreOffice', () => {
  it.skipIf(!hasSoffice)(
    'opens with the text and numbers intact and no guarded cell run as a formula, converted to xlsx and back',
    async () => {
      const dir = tempDir();
      const files: Record<string, CsvOptions> = {
        english: csvPresetOptions('excelLocal', 'en'),
        russian: csvPresetOptions('excelLocal', 'ru'),
        comma: csvPresetOptions('excelComma', 'zh-CN'),
        machine: csvPresetOptions('machine', 'en'),
      };
      for (const [name, options] of Object.entries(files)) await writeCsv({ save: safeWrite }, path.join(dir, `${name}.csv`), { header: HEADER, rows: ROWS }, options);
      const opened = throughLibreOffice(dir, files, HEADER.length);
      for (const name of Object.keys(files)) {
        const { back, cells } = opened[name]!;
        if (name === 'machine') {
          // The control: without the guard these options do run formulas, so the checks below can fail.
          expect(back[2]![4], name).toBe('3');
          expect(cells[2]![4]!.formula, name).toBe('of:=1+2');
          continue;
        }
        expect(back[0], name).toEqual(HEADER);
        expect(cells.flat().filter((c) => c.formula !== null), name).toEqual([]);
        ROWS.forEach((row, r) =>
          row.forEach((value, c) => {
            const where = `${name} row ${r + 1} column ${HEADER[c]}`;
            if (typeof value === 'number') {
              expect(cells[r + 1]![c], where).toMatchObject({ type: 'float' });
              expect(Number(cells[r + 1]![c]!.value), where).toBe(value);
            } else expect(unguard(back[r + 1]![c]!), where).toBe(value);
          }),
        );
      }
    },
    300_000,
  );

  it.skipIf(!hasSoffice)(
    'opens a real responses export (wide, labels) with its Chinese and Russian answers and numbers intact, and runs no answer as a formula',
    async () => {
      const t = await exportSession();
      const answers = [
        { channel: 'friend', satisfaction: '5', spend: 12.5, nps: 9, comment: '很好，谢谢！' },
        { channel: { code: 'other', text: '=HYPERLINK("http://evil.example","click")' }, spend: 0.1, nps: 3, comment: 'Привет; "мир"\nещё' },
        { topics: ['news', 'tips'], spend: 480, comment: '+44 20 7946 0958' },
        { spend: 7, comment: '@SUM(A1)' },
      ];
      for (const a of answers) await t.respond(a);
      const files: Record<string, CsvOptions> = { english: csvPresetOptions('excelLocal', 'en'), russian: csvPresetOptions('excelLocal', 'ru') };
      const written: Record<string, string[][]> = {};
      for (const [name, language] of [['english', 'en'], ['russian', 'ru']] as const) {
        const file = path.join(t.dir, `${name}.csv`);
        await t.exported('export.responses', { surveyVersionId: t.versionId, shape: 'wide', values: 'labels', preset: 'excelLocal', language, path: file });
        written[name] = readCsv(file, files[name]!.delimiter);
      }
      const header = written.english![0]!;
      const opened = throughLibreOffice(t.dir, files, header.length);
      for (const name of Object.keys(files)) {
        const { back, cells } = opened[name]!;
        expect(cells.flat().filter((c) => c.formula !== null), name).toEqual([]);
        expect(back[0], name).toEqual(header);
        const col = (h: string) => header.indexOf(h);
        answers.forEach((a, r) => {
          const row = back[r + 1]!.map(unguard);
          expect(row[col('comment')], `${name} row ${r + 1}`).toBe(a.comment);
          expect(Number(cells[r + 1]![col('spend')]!.value), `${name} row ${r + 1} spend`).toBe(a.spend);
          expect(cells[r + 1]![col('spend')], `${name} row ${r + 1} spend`).toMatchObject({ type: 'float' });
        });
        expect(back[2]!.map(unguard)[col('channel_other')]).toBe('=HYPERLINK("http://evil.example","click")');
        expect(back[1]![col('channel')]).toBe('A friend');
      }
    },
    300_000,
  );
});
