import { describe, expect, it } from 'vitest';
import { STOP_WORDS } from '@model/stats/stop-words';
import { PIECE_LENGTH, textPieces, wordFrequencies } from '@model/stats/word-frequency';

const counted = (texts: string[], language: 'en' | 'ru' | 'zh-CN') =>
  Object.fromEntries(wordFrequencies(texts, language).words.map((w) => [w.word, [w.count, w.texts]]));

describe('word frequencies of open text', () => {
  it('counts case-folded English words, without stop words, punctuation or numbers', () => {
    const result = wordFrequencies(['The app is GREAT, really great! I love the app.', '5 stars: love it, 4.5 on COVID19 days', null, '   '], 'en');
    expect(result.words).toEqual([
      // Equal counts: the word in more answers first, then alphabetical.
      { word: 'love', count: 2, texts: 2 },
      { word: 'app', count: 2, texts: 1 },
      { word: 'great', count: 2, texts: 1 },
      { word: 'covid19', count: 1, texts: 1 },
      { word: 'days', count: 1, texts: 1 },
      { word: 'really', count: 1, texts: 1 },
      { word: 'stars', count: 1, texts: 1 },
    ]);
    expect(result).toMatchObject({ texts: 2, totalWords: 10, distinctWords: 7 });
  });

  it('reads a typographic apostrophe as a straight one, so "don’t" is a stop word too', () => {
    expect(counted(["I don't like it", 'I don’t like waiting'], 'en')).toEqual({ like: [2, 2], waiting: [1, 1] });
  });

  it('splits Chinese, which has no spaces, into words with Intl.Segmenter', () => {
    const words = counted(['我们喜欢这个社区的活动，非常有意思！', '社区活动：但是APP有点慢。'], 'zh-CN');
    expect(words['社区']).toEqual([2, 2]);
    expect(words['活动']).toEqual([2, 2]);
    expect(words['喜欢']).toEqual([1, 1]);
    expect(words['app']).toEqual([1, 1]);
    // Stop words: 我们, 这个, 的, 但是; punctuation is not a word.
    for (const gone of ['我们', '这个', '的', '但是', '，', '！']) expect(words[gone]).toBeUndefined();
  });

  it('folds Russian case and ё, and drops Russian stop words', () => {
    const words = counted(['Сообщество очень хорошее, и я его люблю. Ещё раз спасибо! 10/10', 'сообщество — лучшее'], 'ru');
    expect(words).toEqual({ сообщество: [2, 2], очень: [1, 1], хорошее: [1, 1], люблю: [1, 1], спасибо: [1, 1], лучшее: [1, 1] });
  });

  it('reads full-width Latin letters as ordinary ones (NFKC)', () => {
    expect(counted(['ＡＰＰ很棒', 'app'], 'zh-CN')['app']).toEqual([2, 2]);
  });

  it('reads a long answer whole, in pieces cut between words', () => {
    // About 95,000 characters: the segmenter walks it in pieces of at most PIECE_LENGTH.
    const english = "alpha beta, gamma's delta. ".repeat(3500);
    expect(english.length).toBeGreaterThan(20 * PIECE_LENGTH);
    expect(counted([english], 'en')).toEqual({ alpha: [3500, 1], beta: [3500, 1], "gamma's": [3500, 1], delta: [3500, 1] });
    expect(counted(['社区活动很有意思。'.repeat(3000)], 'zh-CN')).toMatchObject({ 社区: [3000, 1], 活动: [3000, 1] });
    const pieces = [...textPieces(english)];
    expect(pieces.join('')).toBe(english);
    expect(pieces.every((p) => p.length <= PIECE_LENGTH && /[ ,]$/.test(p))).toBe(true);
  });

  it('cuts a run with no break at the limit, never inside a surrogate pair', () => {
    const run = `x${'𝒜'.repeat(PIECE_LENGTH)}`; // the 256th code unit is the first half of a pair
    const pieces = [...textPieces(run)];
    expect(pieces.join('')).toBe(run);
    expect(pieces.every((p) => p.length <= PIECE_LENGTH && !/[\uD800-\uDBFF]$/.test(p))).toBe(true);
  });

  it('keeps the most frequent words up to the limit', () => {
    const result = wordFrequencies(['alpha beta beta gamma gamma gamma'], 'en', { limit: 2 });
    expect(result.words.map((w) => w.word)).toEqual(['gamma', 'beta']);
    expect(result.distinctWords).toBe(3);
  });

  it('uses the published lists whole: NLTK English 179 words, NLTK Russian 151', () => {
    expect(new Set(STOP_WORDS.en).size).toBe(179);
    expect(new Set(STOP_WORDS.ru).size).toBe(151);
  });
});
