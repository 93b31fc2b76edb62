import type { DefinitionPath } from './definition-issues';
import type { Question, SurveyDefinition } from './definition';

/**
 * Every text a respondent reads in a definition, with its path: page titles, question text and
 * help, option and row labels, NPS end labels, the end and quota-full messages. One walker serves
 * translation (duplicate-language.ts) and the piping checks (logic-references.ts).
 */
export type TextMapper = (text: string, path: DefinitionPath) => string;

function mapQuestionTexts(q: Question, fn: TextMapper, at: DefinitionPath): Question {
  const help = q.help === null ? null : fn(q.help, [...at, 'help']);
  const mapped: Question = { ...q, text: fn(q.text, [...at, 'text']), help };
  if ('options' in mapped) mapped.options = mapped.options.map((o, i) => ({ ...o, label: fn(o.label, [...at, 'options', i, 'label']) }));
  if (mapped.type === 'matrix') mapped.rows = mapped.rows.map((r, i) => ({ ...r, label: fn(r.label, [...at, 'rows', i, 'label']) }));
  if (mapped.type === 'nps') {
    mapped.lowLabel = mapped.lowLabel === null ? null : fn(mapped.lowLabel, [...at, 'lowLabel']);
    mapped.highLabel = mapped.highLabel === null ? null : fn(mapped.highLabel, [...at, 'highLabel']);
  }
  return mapped;
}

/** A copy of the definition with every text passed through `fn` (ids, codes and logic untouched). */
export function mapTexts(definition: SurveyDefinition, fn: TextMapper): SurveyDefinition {
  const optional = (text: string | null, path: DefinitionPath) => (text === null ? null : fn(text, path));
  const { settings } = definition;
  return {
    ...definition,
    settings: {
      ...settings,
      endMessage: optional(settings.endMessage, ['settings', 'endMessage']),
      quotaFullMessage: optional(settings.quotaFullMessage, ['settings', 'quotaFullMessage']),
    },
    pages: definition.pages.map((page, p) => ({
      ...page,
      title: optional(page.title, ['pages', p, 'title']),
      questions: page.questions.map((q, i) => mapQuestionTexts(q, fn, ['pages', p, 'questions', i])),
    })),
  };
}

/** The texts with their paths, in reading order. */
export function listTexts(definition: SurveyDefinition): { text: string; path: DefinitionPath }[] {
  const texts: { text: string; path: DefinitionPath }[] = [];
  mapTexts(definition, (text, path) => {
    texts.push({ text, path });
    return text;
  });
  return texts;
}
