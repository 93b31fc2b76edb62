import { useTranslation } from 'react-i18next';
import type { ComparabilityBreak } from '@model/survey/comparability';
import type { SurveyDefinition } from '@model/survey/definition';
import { questionTypeKey, useQuestionLabel } from './issue-text';

/**
 * Comparability breaks in words: which question, and what changed (a removed or recoded option, a
 * new type, a removed row, another number of scale points). A removed question is named as it was
 * in the earlier version.
 */
export function BreakList({ breaks, earlier, later }: { breaks: readonly ComparabilityBreak[]; earlier: SurveyDefinition | null; later: SurveyDefinition | null }) {
  const { t } = useTranslation();
  const before = useQuestionLabel(earlier);
  const after = useQuestionLabel(later);
  return (
    <ul className="sv-breaks">
      {breaks.map((b, i) => {
        const params: Record<string, string | number> = { ...b.params };
        if (b.kind === 'typeChanged') {
          params.from = t(questionTypeKey(String(b.params.from)));
          params.to = t(questionTypeKey(String(b.params.to)));
        }
        const name = b.kind === 'questionRemoved' ? before(b.questionId) : after(b.questionId);
        return (
          <li key={`${b.questionId}-${b.kind}-${i}`}>
            <span className="sv-break-question">{name}</span>: {t(`surveys.breaks.${b.kind}`, params)}
          </li>
        );
      })}
    </ul>
  );
}
