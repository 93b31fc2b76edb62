import { questionEntries, type SurveyDefinition } from '@model/survey/definition';

/**
 * How the designer names questions: by number among the answerable ones (information blocks have
 * none), then the start of the text, as in “Q3 · How often do you…”. Numbers follow the order, so
 * they change when questions move; ids do not.
 */
export function questionNumbers(definition: SurveyDefinition): Map<string, number | null> {
  let n = 0;
  return new Map(questionEntries(definition).map((e) => [e.question.id, e.question.type === 'info' ? null : ++n]));
}

/** The start of a text, whole words where it can, for labels and lists. */
export function clipText(text: string, max = 48): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
