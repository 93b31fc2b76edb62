import type { ActivityType } from '@model/community/lifecycle-rules';
import { ValueMemo } from '../../files/csv-import/cells';
import { parseNumber, wordKey, wordLookup } from '../../files/csv-import/words';
import type { CommunityIssueCode } from './issues';

type Params = Record<string, string | number>;
export type Outcome<T> = { value: T } | { error: CommunityIssueCode; params?: Params };

const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
const minorDigits = new Map<string, number>();
/** Decimals of a currency's minor unit (EUR 2, JPY 0, BHD 3), as ICU knows them. */
const digitsOf = (currency: string) =>
  minorDigits.get(currency) ?? minorDigits.set(currency, new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2).get(currency)!;

export function parseCurrency(raw: string): Outcome<string> {
  const code = raw.trim().toUpperCase();
  return KNOWN_CURRENCIES.has(code) ? { value: code } : { error: 'currencyInvalid' };
}

/**
 * An amount as exact integer minor units of its currency (12.50 EUR → 1250): read from the decimal
 * text, never through a float. Thousands separators are allowed (1,234.50; 1.234,50 with a decimal comma).
 */
export function parseAmountMinor(raw: string, currency: string, decimalComma: boolean): Outcome<number> {
  const text = raw.replace(/[\s\u00a0\u202f']/g, '');
  const [point, group] = decimalComma ? [',', '.'] : ['.', ','];
  const m = new RegExp(`^([+-]?)(\\d{1,3}(?:\\${group}\\d{3})+|\\d+)(?:\\${point}(\\d*))?$`).exec(text);
  if (!m) return { error: 'amountInvalid' };
  const digits = digitsOf(currency);
  const fraction = (m[3] ?? '').replace(/0+$/, '');
  if (fraction.length > digits) return { error: 'amountPrecision', params: { currency, digits } };
  const minor = Number(m[2]!.replaceAll(group, '') + fraction.padEnd(digits, '0'));
  if (!Number.isSafeInteger(minor)) return { error: 'amountInvalid' };
  return { value: m[1] === '-' ? -minor : minor };
}

const typeWords = wordLookup<ActivityType>({
  post: ['posts', 'thread', 'topic', '发帖', '帖子', 'пост', 'публикация'],
  comment: ['comments', 'reply', '评论', '回复', 'комментарий'],
  like: ['likes', 'upvote', 'reaction', '点赞', '赞', 'лайк', 'нравится'],
  share: ['shares', 'repost', '分享', '转发', 'репост', 'поделиться'],
  report: ['reports', 'flag', '举报', 'жалоба'],
  login: ['logins', 'log in', 'sign in', 'session', 'visit', '登录', 'вход'],
});

/** Outcomes by cell: a file names a handful of types millions of times (folding each was a fifth of checking the row). */
const typeOutcomes = new ValueMemo<Outcome<ActivityType>>((raw) => {
  const type = typeWords.get(wordKey(raw));
  return type ? { value: type } : { error: 'typeUnknown' };
});

export const parseActivityType = (raw: string): Outcome<ActivityType> => typeOutcomes.get(raw);

const MAX_SESSION_MINUTES = 1440;

export function parseSessionMinutes(raw: string, decimalComma: boolean): Outcome<number> {
  const n = parseNumber(raw, decimalComma);
  return n !== null && n >= 0 && n <= MAX_SESSION_MINUTES ? { value: n } : { error: 'minutesInvalid' };
}
