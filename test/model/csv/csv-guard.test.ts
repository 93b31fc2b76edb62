import { describe, expect, it } from 'vitest';
import { guardCell, unguard } from '@model/csv/csv-guard';

/** Each cell's text and what the guard writes for it. */
const GOLDEN: [label: string, text: string, written: string][] = [
  ['a formula', '=1+2', "'=1+2"],
  ['a hyperlink formula', '=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
  ['a negative number typed as text', '-3', '-3'],
  ['a negative decimal typed as text', '-2.5', '-2.5'],
  ['a negative decimal with a decimal comma', '-2,5', '-2,5'],
  ['a sum that starts with minus', '-3+2', "'-3+2"],
  ['a DDE payload', "-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
  ['a phone number', '+44 20 7946 0958', "'+44 20 7946 0958"],
  ['a plus sign alone before digits', '+44', "'+44"],
  ['an at-sign function', '@SUM(A1)', "'@SUM(A1)"],
  ['a formula followed by a line feed', '=1\nx', "'=1\nx"],
  ['a leading line feed', '\n=1+2', "'\n=1+2"],
  ['a leading line feed before plain text', '\nhello', "'\nhello"],
  ['a leading carriage return', '\rhello', "'\rhello"],
  ['a leading tab', '\thello', "'\thello"],
  ['a leading NUL', '\u0000x', "'\u0000x"],
  ['a full-width equals sign', '＝1', "'＝1"],
  ['a full-width plus sign', '＋1', "'＋1"],
  ['a full-width minus sign', '－1', "'－1"],
  ['a full-width at sign', '＠SUM(A1)', "'＠SUM(A1)"],
  ['a formula after spaces', '  =1+2', "'  =1+2"],
  ['a formula after an ideographic space', '\u3000=1+2', "'\u3000=1+2"],
  ['a formula after a no-break space', '\u00a0=1+2', "'\u00a0=1+2"],
  ['a formula inside the text', 'a,=b', 'a,=b'],
  ['a decimal number typed as text', '2.5', '2.5'],
  ['plain Chinese text', '你好，世界', '你好，世界'],
  ['plain Russian text', 'Привет, мир', 'Привет, мир'],
  ['an e-mail address', 'anna@example.org', 'anna@example.org'],
  ['an empty text', '', ''],
  ['a dash alone', '-', "'-"],
  ['an apostrophe before plain text', "'quoted'", "'quoted'"],
  ['a text that really starts with the mark and a formula', "'=1", "''=1"],
  ['a text that starts with two marks and a formula', "''@x", "'''@x"],
  ['an apostrophe before a negative number', "'-3", "'-3"],
];

describe('guardCell', () => {
  it.each(GOLDEN)('%s', (_label, text, written) => {
    expect(guardCell(text)).toBe(written);
  });
});

describe('unguard', () => {
  it.each(GOLDEN)('gives back %s', (_label, text) => {
    expect(unguard(guardCell(text))).toBe(text);
  });

  it('removes the mark only where the rest would have been guarded', () => {
    expect(unguard("'=1+2")).toBe('=1+2');
    expect(unguard("'+44 20 7946 0958")).toBe('+44 20 7946 0958');
    // Nothing the guard would mark: the apostrophe is the value's own.
    expect(unguard("'quoted'")).toBe("'quoted'");
    expect(unguard("'-3")).toBe("'-3");
    expect(unguard("'")).toBe("'");
    expect(unguard('=1+2')).toBe('=1+2');
  });
});
