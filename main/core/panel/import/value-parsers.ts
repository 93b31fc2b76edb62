import type { ImportDateFormat } from '@api/member-import';
import { consentStatuses, genders, lifecycleStages, memberFieldDef, type MemberField } from '@model/members/member-fields';
import { wordKey, wordLookup as lookup } from '../../files/csv-import/words';

const genderWords = lookup<(typeof genders)[number]>({
  female: ['f', 'w', 'woman', 'women', 'girl', 'weiblich', 'femme', 'mujer', '女', '女性', 'ж', 'жен', 'женский', 'женщина'],
  male: ['m', 'man', 'men', 'boy', 'männlich', 'homme', 'hombre', '男', '男性', 'м', 'муж', 'мужской', 'мужчина'],
  other: ['o', 'diverse', 'd', 'non binary', 'nonbinary', 'x', '其他', 'другой', 'другое', 'иное'],
  undisclosed: ['prefer not to say', 'not disclosed', 'n/a', 'unknown', 'undisclosed', '不愿透露', 'не указан', 'не указано'],
});
const lifecycleWords = lookup<(typeof lifecycleStages)[number]>({
  acquisition: ['acquired', 'new', '获取', '获客', 'привлечение'],
  activation: ['activated', 'active', '激活', 'активация'],
  retention: ['retained', '留存', 'удержание'],
  monetization: ['monetisation', 'monetized', '变现', 'монетизация'],
});
const consentWords = lookup<(typeof consentStatuses)[number]>({
  granted: ['yes', 'y', 'true', '1', 'given', 'consented', 'opt in', 'optin', 'opted in', 'agreed', 'accepted', '是', '同意', '已同意', '授权', '已授权', 'да', 'дано', 'согласен', 'согласна', 'согласие дано', 'предоставлено'],
  withdrawn: [
    'no', 'n', 'false', '0', 'revoked', 'opt out', 'optout', 'opted out', 'declined', 'refused', 'denied',
    '否', '不同意', '撤回', '已撤回', '拒绝', 'нет', 'отозвано', 'отозван', 'отозвана', 'не согласен', 'не согласна', 'отказ',
  ],
  unknown: ['?', 'not asked', '未知', '不详', 'неизвестно', 'не известно', 'не спрашивали'],
});
/** The enum fields' words in English, Chinese and Russian, and the warning for a value that is none. */
const ENUM_WORDS: Partial<Record<MemberField, { words: Map<string, string>; unknown: 'genderUnknown' | 'stageUnknown' | 'consentUnknown' }>> = {
  gender: { words: genderWords, unknown: 'genderUnknown' },
  lifecycleStage: { words: lifecycleWords, unknown: 'stageUnknown' },
  consentStatus: { words: consentWords, unknown: 'consentUnknown' },
};

/** An enum field's value for what a file says (its own values, in any case, and the words above), or null. */
export function parseEnum(field: MemberField, v: string): string | null {
  const key = wordKey(v);
  const words = ENUM_WORDS[field]?.words;
  return words?.get(key) ?? memberFieldDef(field).values?.find((value) => wordKey(value) === key) ?? null;
}

/** The warning for an enum value that names nothing: the field's own, else the generic one listing the choices. */
export const enumUnknown = (field: MemberField): ['genderUnknown' | 'stageUnknown' | 'consentUnknown' | 'choiceUnknown', Record<string, string>] => {
  const own = ENUM_WORDS[field]?.unknown;
  return own ? [own, {}] : ['choiceUnknown', { choices: (memberFieldDef(field).values ?? []).join(', ') }];
};

// Deliberately plain: one @, no spaces, a dot in the domain. Mail servers are the real test.
const EMAIL = /^[^\s@"<>,;]+@[^\s@"<>,;]+\.[^\s@"<>,;.]{2,}$/u;
export const isEmail = (v: string) => v.length <= 254 && EMAIL.test(v);

const PHONE = /^\+?[\d\s().\-/]{3,40}$/;
export const isPhone = (v: string) => PHONE.test(v) && (v.match(/\d/g)?.length ?? 0) >= 3;

const pad = (n: number) => String(n).padStart(2, '0');
const DATE_PATTERNS: Record<ImportDateFormat, { re: RegExp; order: [number, number, number] }> = {
  'YYYY-MM-DD': { re: /^(\d{4})-(\d{1,2})-(\d{1,2})$/, order: [1, 2, 3] },
  'DD.MM.YYYY': { re: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, order: [3, 2, 1] },
  'MM/DD/YYYY': { re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: [3, 1, 2] },
  'DD/MM/YYYY': { re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: [3, 2, 1] },
};
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A calendar date in the user's chosen format, as YYYY-MM-DD; an ISO timestamp with a time zone
 * is kept as an ISO timestamp. null when the value is not a real date in that format.
 */
export function parseDate(raw: string, format: ImportDateFormat): string | null {
  const v = raw.trim();
  if (format === 'YYYY-MM-DD' && ISO_TIMESTAMP.test(v)) {
    const t = Date.parse(v);
    return Number.isNaN(t) ? null : new Date(t).toISOString();
  }
  const { re, order } = DATE_PATTERNS[format];
  const m = re.exec(v);
  if (!m) return null;
  const [y, mo, d] = order.map((i) => Number(m[i]));
  const date = new Date(Date.UTC(y!, mo! - 1, d!));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo! - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(mo!)}-${pad(d!)}`;
}
