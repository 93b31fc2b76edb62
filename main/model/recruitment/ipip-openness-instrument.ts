import { OPENNESS_INSTRUMENT_ID, OPENNESS_ITEM_COUNT, OPENNESS_MIN_ANSWERED, OPENNESS_REVERSE_KEYED, SCALE_MAX, SCALE_MIN } from '../openness';

/**
 * The built-in screener: the 10-item IPIP Big-Five Factor Markers "Intellect/Imagination" scale
 * (public domain, https://ipip.ori.org). English is the published original; the Chinese and
 * Russian texts are the workbench's own translations with no published validation, and say so.
 */
export const instrumentLanguages = ['en', 'zh', 'ru'] as const;
export type InstrumentLanguage = (typeof instrumentLanguages)[number];

export interface TranslationStatus {
  validated: boolean;
  /** Why the user should (not) rely on it; shown next to the language choice. */
  note: string | null;
  source: string | null;
}

export interface InstrumentItem {
  item: number;
  reverseKeyed: boolean;
  texts: Record<InstrumentLanguage, string>;
}

const IPIP_SOURCE = 'IPIP Big-Five Factor Markers (Goldberg, 1992), public domain: https://ipip.ori.org';
const UNVALIDATED: TranslationStatus = { validated: false, note: 'unvalidated translation', source: null };

const opennessTranslations: Record<InstrumentLanguage, TranslationStatus> = {
  en: { validated: true, note: null, source: IPIP_SOURCE },
  zh: UNVALIDATED,
  ru: UNVALIDATED,
};

/** Item texts O1–O10, in the order of the IPIP codebook. */
const texts: readonly Record<InstrumentLanguage, string>[] = [
  { en: 'I have a rich vocabulary.', zh: '我的词汇量很丰富。', ru: 'У меня богатый словарный запас.' },
  { en: 'I have difficulty understanding abstract ideas.', zh: '我很难理解抽象的概念。', ru: 'Мне трудно понимать абстрактные идеи.' },
  { en: 'I have a vivid imagination.', zh: '我的想象力很生动。', ru: 'У меня живое воображение.' },
  { en: 'I am not interested in abstract ideas.', zh: '我对抽象的概念不感兴趣。', ru: 'Меня не интересуют абстрактные идеи.' },
  { en: 'I have excellent ideas.', zh: '我常有绝妙的想法。', ru: 'У меня бывают отличные идеи.' },
  { en: 'I do not have a good imagination.', zh: '我的想象力不太好。', ru: 'У меня не очень хорошее воображение.' },
  { en: 'I am quick to understand things.', zh: '我理解事物很快。', ru: 'Я быстро всё понимаю.' },
  { en: 'I use difficult words.', zh: '我会使用艰深的词语。', ru: 'Я употребляю сложные слова.' },
  { en: 'I spend time reflecting on things.', zh: '我会花时间思考事情。', ru: 'Я уделяю время размышлениям.' },
  { en: 'I am full of ideas.', zh: '我的想法很多。', ru: 'У меня масса идей.' },
];

const opennessItems: InstrumentItem[] = texts.map((t, i) => ({
  item: i + 1,
  reverseKeyed: OPENNESS_REVERSE_KEYED.includes(i + 1),
  texts: t,
}));

/** IPIP's standard instruction and answer anchors (1 … 5). */
const opennessInstructions: Record<InstrumentLanguage, string> = {
  en: 'Describe yourself as you generally are now, not as you wish to be in the future.',
  zh: '请按照你现在通常的样子描述自己，而不是你希望将来成为的样子。',
  ru: 'Опишите себя таким, какой вы обычно есть сейчас, а не каким хотели бы стать в будущем.',
};

const opennessScaleLabels: Record<InstrumentLanguage, string[]> = {
  en: ['Very inaccurate', 'Moderately inaccurate', 'Neither accurate nor inaccurate', 'Moderately accurate', 'Very accurate'],
  zh: ['非常不符合', '比较不符合', '说不清', '比较符合', '非常符合'],
  ru: ['Совершенно неверно', 'Скорее неверно', 'Ни то ни другое', 'Скорее верно', 'Совершенно верно'],
};

export const opennessInstrument = {
  id: OPENNESS_INSTRUMENT_ID,
  trait: 'openness',
  name: 'IPIP Big-Five Factor Markers: Intellect/Imagination (10 items)',
  itemCount: OPENNESS_ITEM_COUNT,
  scaleMin: SCALE_MIN,
  scaleMax: SCALE_MAX,
  minAnswered: OPENNESS_MIN_ANSWERED,
  items: opennessItems,
  instructions: opennessInstructions,
  scaleLabels: opennessScaleLabels,
  translations: opennessTranslations,
} as const;
