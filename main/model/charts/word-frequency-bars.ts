import type { WordFrequencies } from '../stats/word-frequency';
import { CATEGORICAL_PALETTE } from './chart-theme';
import type { ChartFormat } from './chart-format';
import { horizontalBarsOption } from './horizontal-bars';

/** More bars than this stop reading as a list at a glance; the table beside the chart has the rest. */
const WORD_BARS = 20;

export interface WordFrequencyBarsInput {
  frequencies: WordFrequencies;
  /** Translated: "Occurrences". */
  seriesName: string;
  /** Translated tooltip, e.g. (word, "12", "9") → "service: 12 times in 9 answers". */
  tip(word: string, count: string, texts: string): string;
  format: Pick<ChartFormat, 'count'>;
  limit?: number;
}

/** The most frequent words of open answers, most frequent first, one bar each with its count. */
export function wordFrequencyBarsOption({ frequencies, seriesName, tip, format, limit = WORD_BARS }: WordFrequencyBarsInput) {
  return horizontalBarsOption({
    name: seriesName,
    colour: CATEGORICAL_PALETTE[2],
    bars: frequencies.words.slice(0, limit).map((w) => ({
      label: w.word,
      value: w.count,
      text: format.count(w.count),
      tip: tip(w.word, format.count(w.count), format.count(w.texts)),
    })),
  });
}
