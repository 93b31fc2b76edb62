import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../main/model/fold-text';
import { textKey } from '../../main/core/members/text-key';

const SAMPLES = ['İstanbul', 'ISTANBUL', 'ıI', 'ΟΔΟΣ', 'Ｓｔｒａｓｓｅ', 'ﬁle', 'Ǆemal', 'LİTHUANİA'];

/** The fold of each sample as a workbench running under that locale computes it. */
function keysUnder(locale: string): string[] {
  const script = `const foldText = ${foldText.toString()}; process.stdout.write(JSON.stringify(${JSON.stringify(SAMPLES)}.map(foldText)));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { env: { ...process.env, LC_ALL: locale, LANG: locale } }).toString()) as string[];
}

describe('foldText', () => {
  it('gives the same stored keys on every machine, whatever its locale (Turkish, Lithuanian, English)', () => {
    const english = keysUnder('en_US.UTF-8');
    expect(keysUnder('tr_TR.UTF-8')).toEqual(english);
    expect(keysUnder('lt_LT.UTF-8')).toEqual(english);
    expect(english).toEqual(SAMPLES.map(foldText));
    // The stored keys are this fold.
    expect(SAMPLES.map(textKey)).toEqual(english);
  });

  it('folds width, compatibility forms, case and final sigma', () => {
    expect(foldText('Ｓｔｒａｓｓｅ')).toBe('strasse');
    expect(foldText('ﬁle')).toBe('file');
    expect(foldText('ΟΔΟΣ')).toBe(foldText('οδοσ'));
    expect(foldText('ΟΔΟΣ')).toBe(foldText('οδος'));
    expect(foldText('ISTANBUL')).toBe('istanbul');
    expect(foldText('İ')).toBe('i\u0307');
  });
});
