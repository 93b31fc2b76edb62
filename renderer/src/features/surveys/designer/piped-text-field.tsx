import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionEntry, SurveyDefinition } from '@model/survey/definition';
import { Popover } from '@renderer/components/popover';
import { useQuestionLabel } from '../issue-text';
import { FieldIssues } from './field-issues';
import type { PlacedIssue } from './issue-places';
import { insertAtCaret, pipeToken } from './pipe-insert';

export interface PipedTextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  /** Earlier questions whose answers may be inserted; none: no "Insert answer" menu. */
  available: readonly QuestionEntry[] | null;
  definition: SurveyDefinition | null;
  issues?: readonly PlacedIssue[];
  multiline?: boolean;
  placeholder?: string;
}

/**
 * A text of the survey with an "Insert answer" menu that writes a piping token ({{answer:q1}})
 * at the caret; the preview shows the answer in its place.
 */
export function PipedTextField({ label, value, onChange, available, definition, issues = [], multiline = false, placeholder }: PipedTextFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const questionLabel = useQuestionLabel(definition);
  const selection = useRef({ start: value.length, end: value.length });
  const remember = () => {
    const el = ref.current;
    if (el) selection.current = { start: el.selectionStart ?? value.length, end: el.selectionEnd ?? value.length };
  };
  const insert = (token: string) => {
    const next = insertAtCaret(value, selection.current, token);
    onChange(next.text);
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.setSelectionRange(next.caret, next.caret);
    });
  };
  // Made when the menu opens: an open editor is drawn on every keystroke, its menu rarely.
  const choices = () =>
    (available ?? []).flatMap((e) => {
      const q = e.question;
      if (q.type === 'info') return [];
      if (q.type === 'matrix') return q.rows.map((r) => ({ token: pipeToken(q.id, r.id), text: `${questionLabel(q.id)} · ${r.label}` }));
      return [{ token: pipeToken(q.id), text: questionLabel(q.id) }];
    });
  const invalid = issues.length > 0;
  const common = {
    id,
    ref,
    value,
    placeholder,
    'aria-invalid': invalid,
    'aria-describedby': invalid ? `${id}-issues` : undefined,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
    onSelect: remember,
    onKeyUp: remember,
    onBlur: remember,
  };

  return (
    <div className="field sv-piped">
      <div className="sv-piped-head">
        <label htmlFor={id}>{label}</label>
        {available !== null && (
          <Popover label={t('surveys.pipe.insert')} title={t('surveys.pipe.title')} buttonClassName="button button-small" align="end" disabled={!available?.some((e) => e.question.type !== 'info')}>
            {(close) => (
              <ul className="sv-pipe-menu" role="menu" aria-label={t('surveys.pipe.title')}>
                {choices().map((c) => (
                  <li key={c.token} role="none">
                    <button
                      type="button"
                      role="menuitem"
                      className="sv-pipe-item"
                      onClick={() => {
                        close();
                        insert(c.token);
                      }}
                    >
                      {c.text}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </Popover>
        )}
      </div>
      {multiline ? <textarea rows={2} {...common} /> : <input {...common} />}
      <FieldIssues issues={issues} id={`${id}-issues`} />
    </div>
  );
}
