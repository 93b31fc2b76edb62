import type { CommunityField, CommunityImportKind } from '@api/community-import';
import type { MemberMatch } from '@api/response-import';
import { foldText } from '@model/fold-text';

const compact = (s: string) => foldText(s).replace(/[\s_\-.:()]+/g, '');

type Suggestion = { field: CommunityField; by: MemberMatch | null };

/** Headers shops, platforms and people use, in English, Chinese and Russian. */
const MEMBER: [MemberMatch, string[]][] = [
  ['code', ['membercode', 'member', 'code', '成员编号', '会员编号', 'кодучастника', 'участник']],
  ['externalId', ['externalid', 'extid', 'memberid', 'userid', 'customerid', 'user', 'customer', '用户id', '用户编号', '外部编号', 'idпользователя', 'внешнийидентификатор']],
  ['email', ['email', 'emailaddress', 'mail', '邮箱', '电子邮件', 'почта', 'электроннаяпочта']],
];
const FIELDS: Record<CommunityImportKind, [CommunityField, string[]][]> = {
  transactions: [
    ['at', ['at', 'date', 'time', 'datetime', 'orderdate', 'purchasedat', 'createdat', 'timestamp', '日期', '时间', '下单时间', 'дата', 'время', 'датазаказа']],
    ['amount', ['amount', 'total', 'value', 'price', 'sum', 'revenue', '金额', '总额', 'сумма', 'стоимость']],
    ['currency', ['currency', 'cur', 'ccy', '货币', '币种', 'валюта']],
  ],
  activity: [
    ['at', ['at', 'time', 'date', 'datetime', 'timestamp', 'createdat', 'occurredat', '时间', '日期', 'время', 'дата']],
    ['type', ['type', 'event', 'eventtype', 'action', 'activity', '类型', '事件', '行为', 'тип', 'событие', 'действие']],
    ['sessionMinutes', ['sessionminutes', 'minutes', 'duration', 'sessionlength', 'sessionduration', '会话分钟', '时长', 'минуты', 'длительность']],
  ],
};

/** A suggested field per column (null: leave it out); each field once, for its first column. */
export function suggestColumns(kind: CommunityImportKind, names: readonly string[]): (Suggestion | null)[] {
  const byName = new Map<string, Suggestion>();
  for (const [by, words] of MEMBER) for (const w of words) byName.set(compact(w), { field: 'member', by });
  for (const [field, words] of FIELDS[kind]) for (const w of words) if (!byName.has(compact(w))) byName.set(compact(w), { field, by: null });
  const used = new Set<CommunityField>();
  return names.map((name) => {
    const s = byName.get(compact(name));
    if (!s || used.has(s.field)) return null;
    used.add(s.field);
    return s;
  });
}
