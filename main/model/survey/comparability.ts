import { optionsOf, questionEntries, type Question, type SurveyDefinition } from './definition';

/**
 * Whether answers to a new version can be compared with an earlier one's. Answers are stored by
 * question id, option code and row id, so a change to those breaks the comparison for that
 * question: a removed question, a changed type, an option code that changed (same label, new
 * code) or disappeared, a removed matrix row, a Likert or matrix scale with another number of points. Added
 * questions, options and rows, changed wording, and information blocks are not breaks.
 */
export type BreakKind = 'questionRemoved' | 'typeChanged' | 'optionCodeChanged' | 'optionRemoved' | 'rowRemoved' | 'scalePointsChanged';

export interface ComparabilityBreak {
  questionId: string;
  kind: BreakKind;
  /** What changed, in English; `params` carries the same for translation. */
  detail: string;
  params: Record<string, string | number>;
}

const substantivePoints = (q: Question) => optionsOf(q).filter((o) => !o.nonSubstantive).length;

function optionBreaks(before: Question, after: Question): ComparabilityBreak[] {
  const kept = new Set(optionsOf(after).map((o) => o.code));
  const codeOfLabel = new Map(optionsOf(after).map((o) => [o.label, o.code]));
  return optionsOf(before)
    .filter((o) => !kept.has(o.code))
    .map((o): ComparabilityBreak => {
      const to = codeOfLabel.get(o.label);
      return to === undefined
        ? { questionId: before.id, kind: 'optionRemoved', detail: `option "${o.code}" (${o.label}) was removed`, params: { code: o.code, label: o.label } }
        : { questionId: before.id, kind: 'optionCodeChanged', detail: `option "${o.label}" changed code from "${o.code}" to "${to}"`, params: { label: o.label, from: o.code, to } };
    });
}

function questionBreaks(before: Question, after: Question | undefined): ComparabilityBreak[] {
  const id = before.id;
  // An information block has no answers to compare.
  if (before.type === 'info') return [];
  if (!after) return [{ questionId: id, kind: 'questionRemoved', detail: `question "${id}" was removed`, params: {} }];
  if (after.type !== before.type) {
    return [{ questionId: id, kind: 'typeChanged', detail: `type changed from ${before.type} to ${after.type}`, params: { from: before.type, to: after.type } }];
  }
  const found = optionBreaks(before, after);
  if (before.type === 'matrix' && after.type === 'matrix') {
    const rows = new Set(after.rows.map((r) => r.id));
    for (const r of before.rows.filter((r) => !rows.has(r.id))) {
      found.push({ questionId: id, kind: 'rowRemoved', detail: `row "${r.id}" (${r.label}) was removed`, params: { row: r.id, label: r.label } });
    }
  }
  if ((before.type === 'likert' || before.type === 'matrix') && substantivePoints(before) !== substantivePoints(after)) {
    const [from, to] = [substantivePoints(before), substantivePoints(after)];
    found.push({ questionId: id, kind: 'scalePointsChanged', detail: `the scale changed from ${from} to ${to} points`, params: { from, to } });
  }
  return found;
}

/** The breaks of comparability from `earlier` to `later`, in the earlier version's question order. */
export function comparabilityBreaks(earlier: SurveyDefinition, later: SurveyDefinition): ComparabilityBreak[] {
  const now = new Map(questionEntries(later).map((e) => [e.question.id, e.question]));
  return questionEntries(earlier).flatMap((e) => questionBreaks(e.question, now.get(e.question.id)));
}
