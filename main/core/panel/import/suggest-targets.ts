import { importFieldTargets, SCREENER_TARGET_PREFIX, type ImportFieldTarget, type ImportTarget } from '@api/member-import';
import { foldText } from '@model/fold-text';
import { OPENNESS_ITEM_COUNT } from '@model/openness';

/**
 * Header names people use for a field besides its own name, in English, Chinese and Russian,
 * compared without case, spaces or punctuation.
 */
const synonyms: Partial<Record<ImportFieldTarget, string[]>> = {
  externalId: ['externalid', 'extid', 'id', 'memberid', 'respondentid', 'participantid', 'customerid', 'panelistid', 'userid', '编号', '会员编号', '用户id', 'идентификатор', 'ид', 'код'],
  name: ['name', 'fullname', 'membername', 'participant', '姓名', '名字', '全名', 'имя', 'фио', 'полноеимя'],
  email: ['email', 'emailaddress', 'mail', '邮箱', '电子邮件', '电子邮箱', '电邮', 'почта', 'электроннаяпочта', 'емейл', 'элпочта'],
  phone: ['phone', 'phonenumber', 'telephone', 'tel', 'mobile', 'cell', '电话', '手机', '手机号', '电话号码', 'телефон', 'тел', 'мобильный'],
  country: ['country', 'countrycode', 'nation', '国家', '国家代码', 'страна', 'кодстраны'],
  language: ['language', 'lang', 'locale', 'preferredlanguage', '语言', '首选语言', 'язык', 'языкобщения'],
  city: ['city', 'town', '城市', 'город'],
  gender: ['gender', 'sex', '性别', 'пол'],
  birthYear: ['birthyear', 'yearofbirth', 'yob', 'born', '出生年份', '出生年', 'годрождения'],
  age: ['age', 'ageyears', '年龄', 'возраст'],
  ageBand: ['ageband', 'agegroup', 'agerange', '年龄段', 'возрастнаягруппа'],
  joinedAt: ['joinedat', 'joined', 'joindate', 'datejoined', 'signupdate', 'registered', '加入日期', '注册日期', 'датарегистрации', 'датавступления'],
  sourceChannel: ['source', 'sourcechannel', 'channel', 'recruitmentsource', '来源', '渠道', 'источник', 'канал'],
  lifecycleStage: ['lifecyclestage', 'lifecycle', 'stage', '阶段', '生命周期', 'этап', 'стадия'],
  consentStatus: ['consent', 'consentstatus', '同意', '同意状态', 'согласие'],
  consentDate: ['consentdate', 'consentedon', '同意日期', 'датасогласия'],
  consentScope: ['consentscope', 'scope', '同意范围', 'объемсогласия'],
  doNotContact: ['donotcontact', 'dnc', 'nocontact', 'optout', '勿联系', 'неконтактировать'],
  notes: ['notes', 'note', 'comment', 'comments', 'remarks', '备注', '注释', 'заметки', 'примечание', 'комментарий'],
  tags: ['tags', 'tag', 'labels', 'segments', '标签', 'теги', 'метки'],
};

const headerKey = (name: string) => foldText(name).replace(/[\s_\-.:/()]+/g, '');

const fieldBySynonym = new Map<string, ImportFieldTarget>(
  importFieldTargets.flatMap((field) => [field, ...(synonyms[field] ?? [])].map((n) => [headerKey(n), field] as const)),
);

/** O1–O10, Openness1, openness_3, …: items of the openness screener. */
const screenerItem = (key: string): number | null => {
  const m = /^(?:o|openness|ipipo|ipipopenness)(\d{1,2})$/.exec(key);
  const item = m ? Number(m[1]) : NaN;
  return item >= 1 && item <= OPENNESS_ITEM_COUNT ? item : null;
};

/**
 * A suggested target per column (null: leave it out). A header that names a custom attribute's key
 * or label suggests that attribute. Each field is suggested once, for its first column.
 */
export function suggestTargets(names: readonly string[], attributes: readonly { key: string; label: string }[]): (ImportTarget | null)[] {
  const attributeByKey = new Map(attributes.flatMap((a) => [[headerKey(a.key), a.key] as const, [headerKey(a.label), a.key] as const]));
  const used = new Set<string>();
  return names.map((name) => {
    const key = headerKey(name);
    const item = screenerItem(key);
    const field = fieldBySynonym.get(key);
    const attribute = attributeByKey.get(key);
    const target: ImportTarget | null =
      item !== null ? `${SCREENER_TARGET_PREFIX}${item}` : field ? field : attribute !== undefined ? `attr:${attribute}` : null;
    if (target === null || (target !== 'tags' && used.has(target))) return null;
    used.add(target);
    return target;
  });
}
