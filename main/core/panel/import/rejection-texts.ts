import type { ImportLanguage } from '@api/member-import';
import { formatCount } from './header-shape';
import type { Rejection } from './row-checks';

type Params = Record<string, string | number>;
type Texts = Record<string, (p: Params) => string>;

/**
 * Why a row was rejected, in Chinese and Russian, for the rejected-rows CSV (which leaves the
 * workbench, so it cannot use the renderer's translations). Only row errors reject rows, so only
 * their codes are here; English is the core's own message.
 */
const texts: Record<Exclude<ImportLanguage, 'en'>, { header: [string, string]; column: (c: string) => string; issues: Texts }> = {
  'zh-CN': {
    header: ['导入行', '导入错误'],
    column: (c) => `列“${c}”：`,
    issues: {
      fieldCount: (p) => `该行有 ${p.fields} 个字段，表头有 ${p.expected} 个。`,
      quotes: () => '该行有位置不对或未闭合的引号。',
      undecodable: (p) => `含有在 ${p.encoding} 中无效的字节（显示为 �）；文件可能是另一种编码。`,
      controlChar: (p) => `含有控制字符 ${p.char}，成员字段不能包含它；请删除。`,
      invalidEmail: (p) => `“${p.value}”不是电子邮件地址。`,
      tooLong: (p) => `值超过 ${formatCount(Number(p.max))} 个字符。`,
      emptyRow: () => '所有已映射的列都没有值。',
      externalIdTaken: (p) => `外部编号“${p.value}”已属于成员 ${p.code}；“两者都保留”不能让两个成员使用同一外部编号。`,
    },
  },
  ru: {
    header: ['строка_импорта', 'ошибка_импорта'],
    column: (c) => `Столбец «${c}»: `,
    issues: {
      fieldCount: (p) => `В строке ${p.fields} полей, а в заголовке ${p.expected}.`,
      quotes: () => 'Кавычка в этой строке стоит не на месте или не закрыта.',
      undecodable: (p) => `Содержит байты, недопустимые в кодировке ${p.encoding} (показаны как �); возможно, файл в другой кодировке.`,
      controlChar: (p) => `Содержит управляющий символ ${p.char}, который не может храниться в полях участника; удалите его.`,
      invalidEmail: (p) => `«${p.value}» — не адрес электронной почты.`,
      tooLong: (p) => `Значение длиннее ${formatCount(Number(p.max))} символов.`,
      emptyRow: () => 'Ни в одном из сопоставленных столбцов нет значения.',
      externalIdTaken: (p) => `Внешний идентификатор «${p.value}» уже есть у участника ${p.code}; при «оставить обоих» у двух участников не может быть одного внешнего идентификатора.`,
    },
  },
};

/** The rejected-rows CSV's own two columns. */
export const rejectedCsvHeader = (language: ImportLanguage): [string, string] => (language === 'en' ? ['import_row', 'import_error'] : texts[language].header);

/** A rejection in the language asked for (English, or a code without a translation: the core's message). */
export function rejectionText(e: Rejection, language: ImportLanguage): string {
  if (language === 'en') return e.message;
  const table = texts[language];
  const text = table.issues[e.key.replace('import.issue.', '')];
  if (!text) return e.message;
  return (e.column !== null ? table.column(e.column) : '') + text(e.params);
}
