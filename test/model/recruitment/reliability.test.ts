import { describe, expect, it } from 'vitest';
import { keyedAnswer } from '../../../main/model/openness';
import { cronbachAlpha } from '../../../main/model/recruitment/reliability';
import { big5OpennessAnswers } from './big5-openness';

/** Keyed O1–O10 of every respondent who answered all ten. */
const completeKeyedRows = () =>
  big5OpennessAnswers()
    .filter((row) => row.every((v) => v >= 1 && v <= 5))
    .map((row) => row.map((v, i) => keyedAnswer(i + 1, v)));

/** α from the covariance matrix: k/(k−1) · (1 − trace(C) / sum(C)); independent of the model's moment form. */
function alphaFromCovariance(rows: number[][]): number {
  const k = rows[0]!.length;
  const n = rows.length;
  const means = Array.from({ length: k }, (_, j) => rows.reduce((s, r) => s + r[j]!, 0) / n);
  let trace = 0;
  let total = 0;
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < k; b++) {
      let c = 0;
      for (const r of rows) c += (r[a]! - means[a]!) * (r[b]! - means[b]!);
      c /= n - 1;
      total += c;
      if (a === b) trace += c;
    }
  }
  return (k / (k - 1)) * (1 - trace / total);
}

describe("Cronbach's alpha", () => {
  it('matches a hand-computed example', () => {
    // Item variances 5/3, 2.75/3, 4/3; total scores 6, 8, 12, 13 have variance 32.75/3.
    // α = 3/2 · (1 − 11.75/32.75) = 126/131.
    const r = cronbachAlpha([[1, 2, 3], [2, 3, 3], [3, 4, 5], [4, 4, 5]])!;
    expect(r.alpha).toBeCloseTo(126 / 131, 12);
    expect(r).toMatchObject({ n: 4, items: 3 });
  });

  it('is undefined without variance or with too few cases', () => {
    expect(cronbachAlpha([[3, 3], [3, 3]])).toBeNull();
    expect(cronbachAlpha([[1, 2]])).toBeNull();
    expect(cronbachAlpha([])).toBeNull();
  });

  it('gives the published range for the IPIP openness scale on big5-ipip.tsv, computed two ways', () => {
    const rows = completeKeyedRows();
    expect(rows).toHaveLength(19_718); // one of the 19,719 rows missed an openness item
    const model = cronbachAlpha(rows)!;
    const covariance = alphaFromCovariance(rows);
    expect(model.alpha).toBeCloseTo(covariance, 10);
    expect(model.n).toBe(19_718);
    // Both ways give 0.79387…; the published alpha of this scale is about 0.77–0.80.
    expect(model.alpha).toBeCloseTo(0.7939, 4);
  });
});
