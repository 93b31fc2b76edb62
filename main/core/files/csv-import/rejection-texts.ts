import type { ImportLanguage, ImportRejection } from '@api/csv-import';
import { formatCount } from './header-shape';
import type { IssueParams as Params } from './row-issues';

type Texts = Record<string, (p: Params) => string>;
/** An import's own rejection texts in the languages other than English (whose texts are the core's messages). */
export type RejectionTranslations = Record<Exclude<ImportLanguage, 'en'>, Texts>;

/**
 * Why a row was rejected, in Chinese and Russian, for the rejected-rows CSV (which leaves the
 * workbench, so it cannot use the renderer's translations). Here: the CSV's own two columns, the
 * column lead and the reader's codes; each import adds its own codes (RejectionTranslations).
 */
const common: Record<Exclude<ImportLanguage, 'en'>, { header: [string, string]; column: (c: string) => string; issues: Texts }> = {
  'zh-CN': {
    header: ['导入行', '导入错误'],
    column: (c) => `列“${c}”：`,
    issues: {
      fieldCount: (p) => `该行有 ${p.fields} 个字段，表头有 ${p.expected} 个。`,
      quotes: () => '该行有位置不对或未闭合的引号。',
      undecodable: (p) => `含有在 ${p.encoding} 中无效的字节（显示为 �）；文件可能是另一种编码。`,
      tooLong: (p) => `值超过 ${formatCount(Number(p.max))} 个字符。`,
    },
  },
  ru: {
    header: ['строка_импорта', 'ошибка_импорта'],
    column: (c) => `Столбец «${c}»: `,
    issues: {
      fieldCount: (p) => `В строке ${p.fields} полей, а в заголовке ${p.expected}.`,
      quotes: () => 'Кавычка в этой строке стоит не на месте или не закрыта.',
      undecodable: (p) => `Содержит байты, недопустимые в кодировке ${p.encoding} (показаны как �); возможно, файл в другой кодировке.`,
      tooLong: (p) => `Значение длиннее ${formatCount(Number(p.max))} символов.`,
    },
  },
};

/** The rejected-rows CSV's own two columns. */
export const rejectedCsvHeader = (language: ImportLanguage): [string, string] => (language === 'en' ? ['import_row', 'import_error'] : common[language].header);

/** A rejection in the language asked for (English, or a code without a translation: the core's message). */
export function rejectionText(e: ImportRejection, language: ImportLanguage, own: RejectionTranslations): string {
  if (language === 'en') return e.message;
  const code = e.key.slice(e.key.lastIndexOf('.') + 1);
  const text = own[language][code] ?? common[language].issues[code];
  if (!text) return e.message;
  return (e.column !== null ? common[language].column(e.column) : '') + text(e.params);
}
