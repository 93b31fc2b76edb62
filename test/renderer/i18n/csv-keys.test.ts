import { describe, expect, it } from 'vitest';
import { csvOptionsProblem, csvPresets } from '@model/csv/csv-options';
import { en } from '@renderer/i18n/locales/en';

describe('CSV texts', () => {
  it('name every preset and the options error (zh-CN and ru are held to the same keys by the locale test)', () => {
    for (const preset of csvPresets) expect(en.csv.presets[preset].name).not.toBe('');
    const problem = csvOptionsProblem({ delimiter: ',', decimal: ',', bom: true, newline: '\r\n', guard: true });
    expect(problem!.key.replace(/^errors\./, '') in en.errors).toBe(true);
  });
});
