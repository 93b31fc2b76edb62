import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_SLICE_ROWS, writeCsv, type CsvSource } from '../../../../main/core/files/csv/csv-writer';
import { safeWrite } from '../../../../main/core/files/safe-writer';
import { unguard } from '@model/csv/csv-guard';
import { csvPresetOptions, type CsvLanguage, type CsvOptions, type CsvPreset } from '@model/csv/csv-options';
import type { CsvCell } from '@model/csv/csv-preview';
import { tempDir } from '../../../support/temp-dir';

const files = { save: safeWrite };

const HEADER = ['name', 'city', 'answer', 'score', 'note'];
const ROWS: CsvCell[][] = [
  ['张伟', '上海', '你好，世界', 7, null],
  ['Ёлка Иванова', 'Москва', 'Привет; мир, "ёж"', -5, 'улица\r\nдом 5'],
  ['emoji 👩‍🔬🎉', 'a,b;c\td', 'say "hi"\nnext line', 2.5, ' padded '],
  ['hostile', '=HYPERLINK("http://evil.example","click")', '=1+2', 0.1 + 0.2, '+44 20 7946 0958'],
  ['more', '=1\nx', '\n=2', 1e21, '@SUM(A1)'],
  ['numbers as text', '-3', '2.5', 1.5e-7, "'=1"],
  ['full width', '＝1', '\tlead', -0.125, "'quoted'"],
];

const PRESETS: [CsvPreset, CsvLanguage][] = [
  ['excelLocal', 'en'],
  ['excelLocal', 'zh-CN'],
  ['excelLocal', 'ru'],
  ['excelComma', 'ru'],
  ['machine', 'zh-CN'],
];

/** Reads a written file back as the member import does: BOM stripped, papaparse with the file's delimiter. */
function readBack(file: string, options: CsvOptions): { bom: boolean; records: string[][] } {
  const text = fs.readFileSync(file, 'utf8');
  const bom = text.startsWith('\uFEFF');
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: options.delimiter, quoteChar: '"', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { bom, records: parsed.data };
}

/** A cell as read back: numbers with the decimal comma turned back, text with the guard's mark removed when the guard was on. */
const valueOf = (text: string, written: CsvCell, options: CsvOptions): CsvCell => {
  if (written === null) return text === '' ? null : text;
  if (typeof written === 'number') return Number(text.replace(options.decimal, '.'));
  return options.guard ? unguard(text) : text;
};

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('writeCsv', () => {
  it.each(PRESETS)('round-trips Chinese, Russian, emoji, quotes, delimiters, line breaks and numbers with %s (%s)', async (preset, language) => {
    const options = csvPresetOptions(preset, language);
    const target = path.join(tempDir(), 'export.csv');
    const written = await writeCsv(files, target, { header: HEADER, rows: ROWS }, options);
    expect(written).toMatchObject({ path: target, rows: ROWS.length });
    const { bom, records } = readBack(target, options);
    expect(bom).toBe(options.bom);
    expect(records[0]).toEqual(HEADER);
    expect(records.slice(1).map((record, r) => record.map((text, c) => valueOf(text, ROWS[r]![c]!, options)))).toEqual(ROWS);
  });

  it('writes the exact bytes: BOM, guarded text, decimal comma, quoted fields, CRLF', async () => {
    const target = path.join(tempDir(), 'ru.csv');
    await writeCsv(files, target, { header: ['имя', '-итого'], rows: [['a;b', 2.5], ['=1+2', -3], ['-3', null]] }, csvPresetOptions('excelLocal', 'ru'));
    expect(fs.readFileSync(target, 'utf8')).toBe("\uFEFFимя;'-итого\r\n\"a;b\";2,5\r\n'=1+2;-3\r\n-3;\r\n");
  });

  it('writes line feeds and tabs when asked, and nothing but the values when the guard is off', async () => {
    const target = path.join(tempDir(), 'lf.tsv');
    const options: CsvOptions = { delimiter: '\t', decimal: ',', bom: false, newline: '\n', guard: false };
    await writeCsv(files, target, { header: ['a', 'b'], rows: [['=1+2', 0.5], ['x\ty', -1]] }, options);
    expect(fs.readFileSync(target, 'utf8')).toBe('a\tb\n=1+2\t0,5\n"x\ty"\t-1\n');
  });

  it('writes in chunks exactly what one papaparse unparse of the whole table gives', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [`row ${i} "quoted", 数据`, i / 7, i % 3 === 0 ? '=SUM(A1)' : 'данные\nещё']);
    const target = path.join(tempDir(), 'big.csv');
    const options = csvPresetOptions('excelComma', 'en');
    async function* oneByOne() {
      for (const row of rows) yield row;
    }
    await writeCsv(files, target, { header: ['text', 'n', 'more'], rows: oneByOne() }, options);
    const texts = [['text', 'n', 'more'], ...rows.map(([t, n, m]) => [t, String(n), m === '=SUM(A1)' ? "'=SUM(A1)" : m])];
    const whole = `\uFEFF${Papa.unparse(texts as string[][], { delimiter: ',', newline: '\r\n' })}\r\n`;
    expect(fs.statSync(target).size).toBeGreaterThan(1024 * 1024);
    expect(fs.readFileSync(target, 'utf8') === whole).toBe(true);
  });

  it('refuses a decimal comma with the comma as delimiter, and writes nothing', async () => {
    const dir = tempDir();
    const options: CsvOptions = { ...csvPresetOptions('excelLocal', 'ru'), delimiter: ',' };
    await expect(writeCsv(files, path.join(dir, 'x.csv'), { header: ['n'], rows: [[1.5]] }, options)).rejects.toMatchObject({
      code: 'VALIDATION',
      extra: { key: 'errors.csvDecimalCommaWithCommaDelimiter', issues: [{ path: ['decimal'] }] },
    });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('refuses a row whose width differs from the header, naming the row, and leaves no file', async () => {
    const dir = tempDir();
    const source: CsvSource = { header: ['a', 'b'], rows: [['1', '2'], ['3']] };
    await expect(writeCsv(files, path.join(dir, 'x.csv'), source, csvPresetOptions('machine', 'en'))).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringContaining('Row 2 has 1 value') as string,
    });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('leaves no file, nor a temporary one, when cancelled while the rows arrive slowly', async () => {
    const dir = tempDir();
    const controller = new AbortController();
    let given = 0;
    async function* slow() {
      for (;;) {
        await wait(5);
        if (++given === 40) controller.abort();
        yield ['Москва', given];
      }
    }
    const target = path.join(dir, 'cancelled.csv');
    await expect(writeCsv(files, target, { header: ['city', 'n'], rows: slow() }, csvPresetOptions('excelLocal', 'ru'), { signal: controller.signal })).rejects.toMatchObject({
      code: 'CANCELLED',
    });
    expect(given).toBeGreaterThanOrEqual(40);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('stops at once when cancelled while the source is still waiting for its next rows', async () => {
    const dir = tempDir();
    const controller = new AbortController();
    async function* stalls() {
      yield ['first'];
      await new Promise(() => undefined);
    }
    const writing = writeCsv(files, path.join(dir, 'x.csv'), { header: ['a'], rows: stalls() }, csvPresetOptions('machine', 'en'), { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(writing).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('streams: an endless export reaches the disk chunk by chunk and leaves nothing when cancelled', async () => {
    const dir = tempDir();
    const controller = new AbortController();
    const row = ['张伟 Ёлка 👩‍🔬 "quoted", text', 12345.678, '=1+2'];
    function* endless() {
      for (;;) yield row;
    }
    const onDisk = () => fs.readdirSync(dir).reduce((n, name) => n + fs.statSync(path.join(dir, name)).size, 0);
    const watch = setInterval(() => {
      if (onDisk() > 8 * 1024 * 1024) controller.abort();
    }, 10);
    try {
      await expect(writeCsv(files, path.join(dir, 'endless.csv'), { header: ['a', 'b', 'c'], rows: endless() }, csvPresetOptions('excelComma', 'en'), { signal: controller.signal })).rejects.toMatchObject({
        code: 'CANCELLED',
      });
    } finally {
      clearInterval(watch);
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('leaves no file when the source fails part way, and says why', async () => {
    const dir = tempDir();
    async function* failing() {
      yield ['one'];
      throw new Error('the database went away');
    }
    await expect(writeCsv(files, path.join(dir, 'x.csv'), { header: ['a'], rows: failing() }, csvPresetOptions('machine', 'en'))).rejects.toThrow('the database went away');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('the event loop while writing', () => {
  it('gets a turn at least every CSV_SLICE_ROWS rows, however short the rows and however fast the source gives them', async () => {
    const dir = tempDir();
    let turns = 0;
    let ticking = true;
    const tick = () => {
      turns++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    // The turns seen as each row is read: a source with every row at hand, as a page of a query is.
    const seen: number[] = [];
    const rows = function* () {
      for (let i = 0; i < 20 * CSV_SLICE_ROWS; i++) {
        seen.push(turns);
        yield [i, 'x'];
      }
    };
    try {
      await writeCsv(files, path.join(dir, 'short-rows.csv'), { header: ['n', 'x'], rows: rows() }, csvPresetOptions('machine', 'en'));
    } finally {
      ticking = false;
    }
    const longestWithoutTurn = Math.max(...seen.map((t, i) => i - seen.indexOf(t) + 1));
    expect(longestWithoutTurn).toBeLessThanOrEqual(CSV_SLICE_ROWS);
  });
});
