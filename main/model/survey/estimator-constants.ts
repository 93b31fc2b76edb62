import type { QuestionType, SurveyLanguage } from './definition';

/**
 * Every constant of the length estimate, each with its source. The estimate of a question is
 * reading time (its text, help, option and row labels) plus answering time (a base per question
 * type, plus a cost per option and per matrix row). These are defaults: the estimator takes the
 * constants as a parameter, and refitConstants replaces the answering bases with ones fitted to a
 * workspace's observed answer timings.
 *
 * Reading. Brysbaert (2019), "How many words do we read per minute? A review and meta-analysis of
 * reading rate", J. Memory and Language 109: silent reading of English non-fiction, 238 words per
 * minute. Trauzettel-Klosinski & Dietz (2012), "Standardized assessment of reading performance:
 * the new International Reading Speed Texts IReST", IOVS 53(9): reading ALOUD the same text in 17
 * languages, English 228 wpm, Russian 184 wpm, Chinese about 255 characters per minute. We read
 * silently, and IReST has no silent rates, so each language's aloud rate is scaled by the English
 * silent/aloud ratio 238 / 228 ≈ 1.044: the languages keep IReST's proportions (measured on
 * translations of the same texts) and English lands exactly on Brysbaert's silent rate. This
 * assumes silent reading gains over reading aloud alike in each language.
 *
 * Answering. Pew Research Center: a simple closed question takes about 10 seconds. The reference
 * simple closed question here has 10 words and 4 one-word options: 14 words read at 238 wpm take
 * 3.5 s, leaving 6.5 s to answer, split as a 4.5 s base and 0.5 s per option (the base is thinking
 * of the answer, the per-option cost scanning one more option). CloudResearch: 10.3 seconds per
 * question on average, which a survey of typical closed questions meets with these constants (a
 * test holds it). Where neither source speaks (multiple choice per option, matrix rows, numbers,
 * open text) the value is derived from the Pew anchor as stated beside it, and is the first to be
 * replaced by a refit.
 */

export interface AnsweringConstants {
  baseSeconds: number;
  perOptionSeconds: number;
  perRowSeconds: number;
}

export interface EstimatorConstants {
  reading: {
    /** Words (Intl.Segmenter word-like segments) per minute; in Chinese text, for its non-CJK words. */
    wordsPerMinute: Record<SurveyLanguage, number>;
    /** CJK characters per minute, in any language's text. */
    cjkCharactersPerMinute: number;
  };
  answering: Record<QuestionType, AnsweringConstants>;
}

/** Brysbaert 2019: silent reading, English non-fiction. */
const SILENT_EN_WPM = 238;
/** IReST (Trauzettel-Klosinski & Dietz 2012): reading aloud. */
const ALOUD = { enWpm: 228, ruWpm: 184, zhCharsPerMinute: 255 };
const SILENT_PER_ALOUD = SILENT_EN_WPM / ALOUD.enWpm;

/** Pew's simple closed question, less its reading time (see above). */
const CLOSED = { baseSeconds: 4.5, perOptionSeconds: 0.5, perRowSeconds: 0 };

export const DEFAULT_CONSTANTS: EstimatorConstants = {
  reading: {
    wordsPerMinute: {
      en: ALOUD.enWpm * SILENT_PER_ALOUD,
      ru: ALOUD.ruWpm * SILENT_PER_ALOUD,
      // Latin words inside Chinese text (brand names, abbreviations) read at the English rate.
      'zh-CN': ALOUD.enWpm * SILENT_PER_ALOUD,
    },
    cjkCharactersPerMinute: ALOUD.zhCharsPerMinute * SILENT_PER_ALOUD,
  },
  answering: {
    single: CLOSED,
    // A single choice on an ordered scale: Pew's closed question as it is.
    likert: CLOSED,
    // Each option is its own yes/no judgement rather than a glance: twice the per-option cost.
    multi: { ...CLOSED, perOptionSeconds: 1 },
    // The base once (grasping the grid); then per row a choice on a scale already read: Pew's
    // 6.5 s of answering less the 4.5 s base is 2 s, plus 0.5 s to place it on the scale. Scale
    // labels are read once (reading time), not per row.
    matrix: { baseSeconds: CLOSED.baseSeconds, perOptionSeconds: 0, perRowSeconds: 2.5 },
    // One choice among 11 numbered points: the base plus 1.5 s to place oneself on the longer
    // scale (three options' worth; the points are numbers, with no labels to scan). Its options
    // are only extra "Don't know" answers.
    nps: { ...CLOSED, baseSeconds: 6 },
    // Recalling and typing a number takes at least Pew's whole answering share (6.5 s).
    number: { baseSeconds: 6.5, perOptionSeconds: 0, perRowSeconds: 0 },
    // Typing on a phone runs about 36 words per minute (Palin et al. 2019, "How do people type on
    // mobile devices?", MobileHCI): an 8-word answer takes 13 s, plus Pew's 6.5 s to think of it.
    text: { baseSeconds: 20, perOptionSeconds: 0, perRowSeconds: 0 },
    // The same for a 30-word answer: 50 s typing plus 10 s to compose it.
    longText: { baseSeconds: 60, perOptionSeconds: 0, perRowSeconds: 0 },
    // An information block is read, not answered.
    info: { baseSeconds: 0, perOptionSeconds: 0, perRowSeconds: 0 },
  },
};

/**
 * What refitConstants may fit per type, and the range it keeps the fit within: a handful of odd
 * timings (a respondent who left the tab open) must not make a question free or take an hour.
 * The matrix is fitted per row (its rows carry its cost); information blocks are not fitted.
 */
export type RefitParameter = 'baseSeconds' | 'perRowSeconds';
export const REFIT_PARAMETERS: Partial<Record<QuestionType, { parameter: RefitParameter; min: number; max: number }>> = {
  single: { parameter: 'baseSeconds', min: 1, max: 30 },
  likert: { parameter: 'baseSeconds', min: 1, max: 30 },
  multi: { parameter: 'baseSeconds', min: 1, max: 40 },
  matrix: { parameter: 'perRowSeconds', min: 0.5, max: 20 },
  nps: { parameter: 'baseSeconds', min: 1, max: 30 },
  number: { parameter: 'baseSeconds', min: 1, max: 60 },
  text: { parameter: 'baseSeconds', min: 3, max: 180 },
  longText: { parameter: 'baseSeconds', min: 5, max: 600 },
};

/** Fewest observed questions of a type before its fitted value replaces the default (a median of fewer is noise). */
export const REFIT_MIN_QUESTIONS = 3;
