import { foldText } from '../fold-text';
import type { SurveyLanguage } from '../survey/definition';
import { ALL_STOP_WORDS } from './stop-words';

/**
 * Word frequencies of open-text answers. Texts are cut into words by Intl.Segmenter for the
 * survey's language (which splits Chinese, written without spaces, by its dictionary), never on
 * spaces. Words are compared after Unicode compatibility normalisation (NFKC, so full-width
 * Ｌａｔｉｎ reads as Latin), lower-casing, one apostrophe (’ → ') and, for Russian, ё → е.
 * Punctuation is dropped with the segmenter's non-word segments; numbers (words without a
 * letter, like 15 or 4.5) and stop words (stop-words.ts) are not counted.
 *
 * The cost is one pass over the characters of the texts (a few microseconds per word), and the
 * sort of the distinct words. V8's segmenter slows down with the length of the text it walks (each
 * step costs more the longer the text: quadratic over a 100,000-character answer), so a long text
 * is segmented in pieces of at most PIECE_LENGTH characters, cut after a space or punctuation mark.
 */
export interface WordCount {
  word: string;
  /** Times the word occurs. */
  count: number;
  /** Texts (answers) that contain it at least once. */
  texts: number;
}

export interface WordFrequencies {
  /** Most frequent first (then in more texts, then alphabetically), at most `limit`. */
  words: WordCount[];
  /** Non-empty texts read. */
  texts: number;
  /** Words counted, stop words and numbers excluded. */
  totalWords: number;
  /** Distinct words counted, before the limit. */
  distinctWords: number;
}

const DEFAULT_WORD_LIMIT = 100;

export const PIECE_LENGTH = 256;
const LETTER = /\p{L}/u;
/** Where a piece may end: after a space or a punctuation mark that never joins a word (unlike ' ’ . : · -). */
const BREAK = /(?!['’.:·-])[\s\p{P}]/u;
const segmenters = new Map<SurveyLanguage, Intl.Segmenter>();

function segmenterFor(language: SurveyLanguage): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) segmenters.set(language, (segmenter = new Intl.Segmenter(language, { granularity: 'word' })));
  return segmenter;
}

/** The text in pieces of at most PIECE_LENGTH, each ending at its last BREAK (a run longer than that without one is cut at the limit). */
export function* textPieces(text: string): Generator<string> {
  let start = 0;
  while (text.length - start > PIECE_LENGTH) {
    let cut = PIECE_LENGTH;
    while (cut > 0 && !BREAK.test(text[start + cut - 1]!)) cut--;
    if (cut === 0) cut = /[\uD800-\uDBFF]/.test(text[start + PIECE_LENGTH - 1]!) ? PIECE_LENGTH - 1 : PIECE_LENGTH; // never between a surrogate pair
    yield text.slice(start, start + cut);
    start += cut;
  }
  yield text.slice(start);
}

/** The form a word is counted under. */
const foldWord = (word: string): string => foldText(word).replaceAll('’', "'").replaceAll('ё', 'е');

export function wordFrequencies(texts: Iterable<string | null>, language: SurveyLanguage, options: { limit?: number } = {}): WordFrequencies {
  const segmenter = segmenterFor(language);
  const counts = new Map<string, WordCount>();
  let textCount = 0;
  let totalWords = 0;
  for (const text of texts) {
    if (!text?.trim()) continue;
    textCount++;
    const seen = new Set<string>();
    for (const piece of textPieces(text.normalize('NFKC'))) {
      for (const { segment, isWordLike } of segmenter.segment(piece)) {
        if (!isWordLike || !LETTER.test(segment)) continue;
        const word = foldWord(segment);
        if (ALL_STOP_WORDS.has(word)) continue;
        totalWords++;
        let entry = counts.get(word);
        if (!entry) counts.set(word, (entry = { word, count: 0, texts: 0 }));
        entry.count++;
        if (!seen.has(word)) {
          seen.add(word);
          entry.texts++;
        }
      }
    }
  }
  const collator = new Intl.Collator(language);
  const words = [...counts.values()].sort((a, b) => b.count - a.count || b.texts - a.texts || collator.compare(a.word, b.word));
  return { words: words.slice(0, options.limit ?? DEFAULT_WORD_LIMIT), texts: textCount, totalWords, distinctWords: counts.size };
}
