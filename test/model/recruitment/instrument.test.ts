import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { instrumentLanguages, opennessInstrument } from '../../../main/model/recruitment/ipip-openness-instrument';

const codebook = fs.readFileSync(path.resolve(import.meta.dirname, '../../../../shared/data/big5-ipip.codebook.txt'), 'utf8');

describe('built-in IPIP openness instrument', () => {
  it('has the codebook texts O1–O10 in English, in order', () => {
    const published = [...codebook.matchAll(/^O(\d+)\t(.+)$/gm)].map((m) => [Number(m[1]), m[2]!.trim()]);
    expect(published).toHaveLength(10);
    expect(opennessInstrument.items.map((i) => [i.item, i.texts.en])).toEqual(published);
  });

  it('reverse-keys items 2, 4 and 6 and answers 1–5, scored from 8 answers', () => {
    expect(opennessInstrument.items.filter((i) => i.reverseKeyed).map((i) => i.item)).toEqual([2, 4, 6]);
    expect(opennessInstrument).toMatchObject({ scaleMin: 1, scaleMax: 5, itemCount: 10, minAnswered: 8 });
  });

  it('has every text in Chinese and Russian, labelled as unvalidated translations', () => {
    for (const lang of instrumentLanguages) {
      for (const item of opennessInstrument.items) expect(item.texts[lang].length).toBeGreaterThan(3);
      expect(opennessInstrument.scaleLabels[lang]).toHaveLength(5);
      expect(opennessInstrument.instructions[lang].length).toBeGreaterThan(10);
    }
    expect(opennessInstrument.items[0]!.texts.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(opennessInstrument.items[0]!.texts.ru).toMatch(/[а-яё]/i);
    expect(opennessInstrument.translations.en).toMatchObject({ validated: true });
    expect(opennessInstrument.translations.zh).toEqual({ validated: false, note: 'unvalidated translation', source: null });
    expect(opennessInstrument.translations.ru).toEqual({ validated: false, note: 'unvalidated translation', source: null });
  });
});
