import { describe, expect, it } from 'vitest';
import { choiceSummary } from '@model/stats/choice-summary';
import { npsSummary } from '@model/stats/nps';
import { numericSummary } from '@model/stats/numeric-summary';
import { scaleSummary, substantiveCodes } from '@model/stats/scale-summary';

describe('choice summary', () => {
  it('gives each option’s count and percentage of the respondents who answered', () => {
    expect(choiceSummary([{ code: 'a', count: 30 }, { code: 'b', count: 10 }], 40)).toEqual({
      base: 40,
      options: [
        { code: 'a', count: 30, percent: 75 },
        { code: 'b', count: 10, percent: 25 },
      ],
    });
  });

  it('lets a multiple choice add up to more than 100 % (the base is respondents)', () => {
    const { options } = choiceSummary([{ code: 'price', count: 35 }, { code: 'quality', count: 30 }, { code: 'none', count: 5 }], 50);
    expect(options.map((o) => o.percent)).toEqual([70, 60, 10]);
  });

  it('gives null percentages when nobody answered, and names an impossible count', () => {
    expect(choiceSummary([{ code: 'a', count: 0 }], 0).options[0]!.percent).toBeNull();
    expect(() => choiceSummary([{ code: 'a', count: 41 }], 40)).toThrow('option "a" has count 41; expected a whole number from 0 to the base (40)');
  });
});

describe('numeric summary', () => {
  it('gives n, mean, median, sample sd (n − 1), min and max of a frequency table in any order', () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, Σ(x − 5)² = 32, sample sd √(32/7), median (4 + 5)/2.
    const s = numericSummary([
      { value: 9, count: 1 },
      { value: 4, count: 3 },
      { value: 100, count: 0 },
      { value: 2, count: 1 },
      { value: 7, count: 1 },
      { value: 5, count: 2 },
    ]);
    expect(s).toMatchObject({ n: 8, median: 4.5, min: 2, max: 9 });
    expect(s.mean).toBeCloseTo(5, 14);
    expect(s.sd).toBeCloseTo(Math.sqrt(32 / 7), 14);
  });

  it('is empty without values, and has no sd with one', () => {
    expect(numericSummary([])).toEqual({ n: 0, mean: null, median: null, sd: null, min: null, max: null });
    expect(numericSummary([{ value: 3, count: 1 }])).toEqual({ n: 1, mean: 3, median: 3, sd: null, min: 3, max: 3 });
  });
});

describe('scale summary (Likert, matrix row)', () => {
  const options = [
    { code: '1', exclusive: false, nonSubstantive: false },
    { code: '2', exclusive: false, nonSubstantive: false },
    { code: '3', exclusive: false, nonSubstantive: false },
    { code: '4', exclusive: false, nonSubstantive: false },
    { code: '5', exclusive: false, nonSubstantive: false },
    { code: 'dk', exclusive: false, nonSubstantive: true },
  ];
  const counts = [
    { code: '1', count: 2 },
    { code: '2', count: 3 },
    { code: '3', count: 5 },
    { code: '4', count: 6 },
    { code: '5', count: 4 },
    { code: 'dk', count: 5 },
  ];

  it('shows "Don’t know" but leaves it out of the mean, median, sd and top-2-box', () => {
    const s = scaleSummary(counts, substantiveCodes(options));
    expect(s.base).toBe(25);
    expect(s.options.at(-1)).toEqual({ code: 'dk', count: 5, percent: 20 });
    // 20 substantive answers: mean (2·1 + 3·2 + 5·3 + 6·4 + 4·5)/20 = 67/20; the 10th and 11th are 3 and 4.
    expect(s.scores.n).toBe(20);
    expect(s.scores.mean).toBeCloseTo(3.35, 14);
    expect(s.scores.median).toBe(3.5);
    // Top two points (4 and 5): 10 of the 20 substantive answers.
    expect(s.topTwoBox).toEqual({ count: 10, percent: 50 });
  });

  it('scores points by their position on the scale, whatever their codes and display order', () => {
    const scale = ['sd', 'd', 'n', 'a', 'sa', 'x', 'y'];
    const s = scaleSummary([{ code: 'y', count: 1 }, { code: 'sd', count: 1 }, { code: 'x', count: 2 }], scale);
    expect(s.scores.mean).toBeCloseTo((7 + 1 + 2 * 6) / 4, 14);
    expect(s.topTwoBox).toEqual({ count: 3, percent: 75 });
  });

  it('gives no top-2-box for a scale that is not 5 or 7 points', () => {
    expect(scaleSummary([{ code: 'a', count: 3 }], ['a', 'b', 'c', 'd']).topTwoBox).toBeNull();
  });

  it('counts exclusive options as not substantive', () => {
    expect(substantiveCodes([{ code: 'x', exclusive: true, nonSubstantive: false }, { code: 'y', exclusive: false, nonSubstantive: false }])).toEqual(['y']);
  });
});

describe('NPS', () => {
  it('is % promoters (9–10) − % detractors (0–6) of the 0–10 answers, "Don’t know" left out', () => {
    const s = npsSummary(
      [
        { value: 10, count: 30 },
        { value: 9, count: 20 },
        { value: 8, count: 15 },
        { value: 7, count: 10 },
        { value: 6, count: 10 },
        { value: 3, count: 10 },
        { value: 0, count: 5 },
      ],
      7,
    );
    expect(s).toEqual({
      base: 107,
      scored: 100,
      nonSubstantive: 7,
      promoters: { count: 50, percent: 50 },
      passives: { count: 25, percent: 25 },
      detractors: { count: 25, percent: 25 },
      score: 25,
    });
  });

  it('has no score without 0–10 answers, and names an answer off the scale', () => {
    expect(npsSummary([], 3)).toMatchObject({ base: 3, scored: 0, score: null, promoters: { count: 0, percent: null } });
    expect(() => npsSummary([{ value: 11, count: 1 }])).toThrow('NPS answer 11; expected a whole number from 0 to 10');
  });
});
