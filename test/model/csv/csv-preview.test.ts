import { describe, expect, it } from 'vitest';
import { csvPresetOptions } from '@model/csv/csv-options';
import { CSV_PREVIEW_ROWS, previewCsv } from '@model/csv/csv-preview';

const rows = Array.from({ length: 30 }, (_, i) => [`member ${i + 1}`, i % 2 === 0 ? '=1+2' : '-3', i + 0.5, null]);

describe('previewCsv', () => {
  it('shows the first 20 rows as they will be written: numbers in the chosen form, hostile text guarded, null empty', () => {
    const preview = previewCsv(['name', 'answer', 'score', 'note'], rows, csvPresetOptions('excelLocal', 'ru'));
    expect(preview.header).toEqual(['name', 'answer', 'score', 'note']);
    expect(preview.rows).toHaveLength(CSV_PREVIEW_ROWS);
    expect(CSV_PREVIEW_ROWS).toBe(20);
    expect(preview.rows[0]).toEqual(['member 1', "'=1+2", '0,5', '']);
    expect(preview.rows[1]).toEqual(['member 2', '-3', '1,5', '']);
    expect(preview.rows[19]).toEqual(['member 20', '-3', '19,5', '']);
  });

  it('guards the header too, and leaves every text alone when the guard is off', () => {
    expect(previewCsv(['-total', 'b'], [['@x', 2.5]], csvPresetOptions('excelComma', 'en'))).toEqual({ header: ["'-total", 'b'], rows: [["'@x", '2.5']] });
    expect(previewCsv(['-total', 'b'], [['@x', 2.5]], csvPresetOptions('machine', 'en'))).toEqual({ header: ['-total', 'b'], rows: [['@x', '2.5']] });
  });

  it('reads only the rows it shows from an endless source', () => {
    function* endless() {
      for (let i = 0; ; i++) yield [i];
    }
    expect(previewCsv(['n'], endless(), csvPresetOptions('machine', 'en')).rows.map(([n]) => n)).toEqual(Array.from({ length: 20 }, (_, i) => String(i)));
  });
});
