import type { SurveyLanguage } from './definition';
import type { EstimatorConstants } from './estimator-constants';
import { PIPE_TOKEN } from './piping';

/**
 * How long a text takes to read, without ever splitting on spaces (Chinese has none): CJK
 * characters are counted one by one and read at a characters-per-minute rate; everything else is
 * cut into words by Intl.Segmenter for the survey's language, and its word-like segments are read
 * at that language's words-per-minute rate. A piping token reads as one word (the piped answer).
 *
 * Segmenting costs about a microsecond per segment, too slow to redo for every text of a large
 * survey on every keystroke in the designer, so each text's counts are kept (bounded) and only an
 * edited text is segmented again. Segmenters are costly to construct: one per language is kept.
 */

export interface ReadingUnits {
  /** Word-like segments outside CJK script. */
  words: number;
  /** Han, Hiragana and Katakana characters. */
  cjk: number;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** Per language: its segmenter and the counts of texts already read, keyed by the text itself (V8 keeps a string's hash). */
const languages = new Map<SurveyLanguage, { segmenter: Intl.Segmenter; counted: Map<string, ReadingUnits> }>();
/** Texts kept per language; when full it starts over rather than tracking recency. */
const COUNTED_LIMIT = 20_000;

function forLanguage(language: SurveyLanguage) {
  let entry = languages.get(language);
  if (!entry) languages.set(language, (entry = { segmenter: new Intl.Segmenter(language, { granularity: 'word' }), counted: new Map() }));
  return entry;
}

export function readingUnits(text: string, language: SurveyLanguage): ReadingUnits {
  const { segmenter, counted } = forLanguage(language);
  const known = counted.get(text);
  if (known) return known;
  let cjk = 0;
  const rest = text.replace(PIPE_TOKEN, ' x ').replace(CJK, () => {
    cjk++;
    return ' ';
  });
  let words = 0;
  for (const segment of segmenter.segment(rest)) if (segment.isWordLike) words++;
  if (counted.size >= COUNTED_LIMIT) counted.clear();
  const units = { words, cjk };
  counted.set(text, units);
  return units;
}

/** Seconds to read these texts silently. */
export function readingSeconds(texts: Iterable<string | null>, language: SurveyLanguage, rates: EstimatorConstants['reading']): number {
  let minutes = 0;
  for (const text of texts) {
    if (!text) continue;
    const { words, cjk } = readingUnits(text, language);
    minutes += words / rates.wordsPerMinute[language] + cjk / rates.cjkCharactersPerMinute;
  }
  return minutes * 60;
}
