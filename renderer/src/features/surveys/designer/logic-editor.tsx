import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerFieldCatalog, parseAnswerField, questionFields } from '@model/survey/answer-fields';
import { optionsOf, questionEntries, type QuestionEntry, type SurveyDefinition } from '@model/survey/definition';
import type { Filter, Scalar } from '@model/filter/filter';
import { FilterBuilder } from '@renderer/components/filter-builder/filter-builder';
import { draftFromFilter, draftToFilter, newRow, type FilterDraft } from '@renderer/components/filter-builder/filter-draft';
import { FilterVocabularyProvider, type FilterVocabulary } from '@renderer/components/filter-builder/filter-vocabulary';
import { useQuestionLabel } from '../issue-text';
import { FieldIssues } from './field-issues';
import type { PlacedIssue } from './issue-places';

/**
 * Display logic with the one filter builder, over the answers given before (the question's or the
 * page's `available` questions), each named "Q3 · How often…" and its options by their labels.
 * A condition that points elsewhere (a later or deleted question) stays visible, and the issue the
 * model found says which question and why.
 */
function useAnswerVocabulary(definition: SurveyDefinition, available: readonly QuestionEntry[]): FilterVocabulary {
  const label = useQuestionLabel(definition);
  return useMemo(() => {
    const byId = new Map(questionEntries(definition).map((e) => [e.question.id, e.question]));
    const offered = available.flatMap((e) => Object.keys(questionFields(e.question)));
    return {
      catalog: answerFieldCatalog(definition),
      fields: offered,
      tags: [],
      fieldLabel: (field: string) => {
        const ref = parseAnswerField(field);
        if (!ref) return field;
        const q = byId.get(ref.questionId);
        const row = q?.type === 'matrix' && ref.rowId ? q.rows.find((r) => r.id === ref.rowId) : undefined;
        return row ? `${label(ref.questionId)} · ${row.label}` : label(ref.questionId);
      },
      valueLabel: (field: string, value: Scalar) => {
        const ref = parseAnswerField(field);
        const q = ref && byId.get(ref.questionId);
        return (q && optionsOf(q).find((o) => o.code === String(value))?.label) ?? String(value);
      },
    };
  }, [definition, available, label]);
}

export interface LogicEditorProps {
  showIf: Filter | null;
  definition: SurveyDefinition;
  available: readonly QuestionEntry[];
  onChange(filter: Filter | null): void;
  /** "Show this question only when…" or the page's. */
  label: string;
  issues: readonly PlacedIssue[];
}

export function LogicEditor({ showIf, definition, available, onChange, label, issues }: LogicEditorProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<FilterDraft | null>(() => (showIf === null ? null : draftFromFilter(showIf)));
  const emitted = useRef(showIf);
  // Changed from outside (undo, redo): show what the definition now holds.
  if (emitted.current !== showIf) {
    emitted.current = showIf;
    setDraft(showIf === null ? null : draftFromFilter(showIf));
  }
  const emit = (next: FilterDraft | null, filter: Filter | null) => {
    setDraft(next);
    emitted.current = filter;
    onChange(filter);
  };
  const on = showIf !== null || draft !== null;
  const nested = showIf !== null && draftFromFilter(showIf) === null;

  return (
    <div className="sv-logic">
      <label className="checkbox-field">
        <input
          type="checkbox"
          checked={on}
          disabled={!on && available.length === 0}
          onChange={(e) => (e.target.checked ? setDraft({ join: 'and', rows: [] }) : emit(null, null))}
        />
        <span className="checkbox-label">{label}</span>
      </label>
      {!on && available.length === 0 && <p className="field-hint">{t('surveys.logic.nothingBefore')}</p>}
      {nested && <p className="field-hint">{t('surveys.logic.nested')}</p>}
      {on && draft && <LogicBuilder draft={draft} definition={definition} available={available} label={label} onChange={emit} />}
      <FieldIssues issues={issues} />
    </div>
  );
}

/**
 * The builder itself, with its vocabulary of answers: made only while the logic is switched on,
 * since the catalog walks the whole survey. Switched on, it starts with a condition on the first
 * earlier question's answer.
 */
function LogicBuilder({ draft, definition, available, label, onChange }: {
  draft: FilterDraft;
  definition: SurveyDefinition;
  available: readonly QuestionEntry[];
  label: string;
  onChange(draft: FilterDraft, filter: Filter | null): void;
}) {
  const vocabulary = useAnswerVocabulary(definition, available);
  const change = (next: FilterDraft) => onChange(next, draftToFilter(next, vocabulary.catalog).filter);
  const first = vocabulary.fields[0];
  const started = useRef(false);
  useEffect(() => {
    if (started.current || draft.rows.length > 0 || !first) return;
    started.current = true;
    change({ join: draft.join, rows: [newRow(first, vocabulary.catalog[first]!)] });
  });
  return (
    <FilterVocabularyProvider value={vocabulary}>
      <FilterBuilder draft={draft} onChange={change} label={label} firstField={first} />
    </FilterVocabularyProvider>
  );
}
