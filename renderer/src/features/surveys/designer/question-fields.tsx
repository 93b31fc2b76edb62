import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ID_PATTERN, questionEntries, questionTypes, type Question, type QuestionType, type SurveyDefinition } from '@model/survey/definition';
import { questionTypeKey } from '../issue-text';
import { changeType, likertScale } from './definition-edits';
import { useDesignerActions } from './designer-context';
import { FieldIssues } from './field-issues';
import { issuesUnder, type PlacedIssue } from './issue-places';
import { LogicEditor } from './logic-editor';
import { OptionsEditor, RowsEditor } from './options-editor';
import { PipedTextField } from './piped-text-field';

/** A number field that may be empty (null); what cannot be read as a number stays null. */
function OptionalNumber({ label, value, onChange, integer = false }: { label: string; value: number | null; onChange(value: number | null): void; integer?: boolean }) {
  const id = useId();
  return (
    <div className="field sv-small-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        step={integer ? 1 : 'any'}
        value={value ?? ''}
        onChange={(e) => {
          const n = e.target.value === '' ? null : Number(e.target.value);
          onChange(n === null || Number.isNaN(n) ? null : n);
        }}
      />
    </div>
  );
}

/**
 * The question's id, taken when the field is left (or Enter): the editor is keyed by it, so a
 * rename on every key would rebuild it under the cursor.
 */
function IdInput({ id, value, invalid, onCommit }: { id: string; value: string; invalid: boolean; onCommit(id: string): void }) {
  const [text, setText] = useState(value);
  const [was, setWas] = useState(value);
  if (was !== value) {
    setWas(value);
    setText(value);
  }
  const commit = () => text !== value && onCommit(text.trim());
  return (
    <input
      id={id}
      className="sv-code"
      value={text}
      spellCheck={false}
      aria-invalid={invalid || !ID_PATTERN.test(text.trim())}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
    />
  );
}

/** Every field of one question, by its type, with each issue under the field it concerns. */
export function QuestionFields({ question: q, definition, issues }: { question: Question; definition: SurveyDefinition; issues: readonly PlacedIssue[] }) {
  const { t } = useTranslation();
  const actions = useDesignerActions();
  const typeId = useId();
  const idId = useId();
  const update = (patch: Partial<Question>, field: string) => actions.updateQuestion(q.id, (old) => ({ ...old, ...patch }) as Question, `${q.id}.${field}`);
  const earlier = useMemo(() => {
    const entries = questionEntries(definition);
    const at = entries.findIndex((e) => e.question.id === q.id);
    return entries.slice(0, Math.max(0, at)).filter((e) => e.question.type !== 'info');
  }, [definition, q.id]);
  const points = q.type === 'likert' ? q.options.filter((o) => !o.nonSubstantive).length : null;

  return (
    <div className="sv-fields">
      <div className="sv-field-row">
        <div className="field sv-type-field">
          <label htmlFor={typeId}>{t('surveys.fields.type')}</label>
          <select id={typeId} value={q.type} onChange={(e) => actions.updateQuestion(q.id, (old) => changeType(definition, old, e.target.value as QuestionType))}>
            {questionTypes.map((type) => (
              <option key={type} value={type}>
                {t(questionTypeKey(type))}
              </option>
            ))}
          </select>
        </div>
        <div className="field sv-small-field">
          <label htmlFor={idId}>{t('surveys.fields.id')}</label>
          <IdInput id={idId} value={q.id} invalid={issuesUnder(issues, ['id']).length > 0} onCommit={(id) => actions.renameQuestion(q.id, id)} />
        </div>
        {'required' in q && (
          <label className="checkbox-field sv-required-field">
            <input type="checkbox" checked={q.required} onChange={(e) => update({ required: e.target.checked }, 'required')} />
            <span className="checkbox-label">{t('surveys.fields.required')}</span>
          </label>
        )}
      </div>
      <FieldIssues issues={issuesUnder(issues, ['id'])} />
      <PipedTextField
        label={q.type === 'info' ? t('surveys.fields.infoText') : t('surveys.fields.text')}
        value={q.text}
        onChange={(text) => update({ text }, 'text')}
        available={earlier}
        definition={definition}
        issues={issuesUnder(issues, ['text'])}
        multiline
      />
      <PipedTextField
        label={t('surveys.fields.help')}
        value={q.help ?? ''}
        onChange={(help) => update({ help: help === '' ? null : help }, 'help')}
        available={earlier}
        definition={definition}
        issues={issuesUnder(issues, ['help'])}
      />
      {q.type === 'likert' && (
        <div className="sv-field-row">
          <div className="field sv-small-field">
            <label htmlFor={`${typeId}-points`}>{t('surveys.fields.points')}</label>
            <select
              id={`${typeId}-points`}
              value={points === 7 ? '7' : points === 5 ? '5' : ''}
              onChange={(e) => {
                const scale = likertScale(definition, e.target.value === '7' ? 7 : 5);
                actions.updateQuestion(q.id, (old) => ({ ...old, options: [...scale, ...('options' in old ? old.options.filter((o) => o.nonSubstantive) : [])] }) as Question);
              }}
            >
              {points !== 5 && points !== 7 && <option value="">{points}</option>}
              <option value="5">5</option>
              <option value="7">7</option>
            </select>
          </div>
        </div>
      )}
      {'options' in q && (
        <OptionsEditor question={q} definition={definition} issues={issues} onOptions={(options, coalesce) => actions.updateQuestion(q.id, (old) => ({ ...old, options }) as Question, coalesce)} />
      )}
      {(q.type === 'single' || q.type === 'multi') && (
        <label className="checkbox-field">
          <input type="checkbox" checked={q.randomizeOptions} onChange={(e) => update({ randomizeOptions: e.target.checked }, 'randomizeOptions')} />
          <span className="checkbox-label">{t('surveys.fields.randomizeOptions')}</span>
        </label>
      )}
      {q.type === 'multi' && (
        <div className="sv-field-row">
          <OptionalNumber integer label={t('surveys.fields.minChoices')} value={q.minChoices} onChange={(minChoices) => update({ minChoices }, 'minChoices')} />
          <OptionalNumber integer label={t('surveys.fields.maxChoices')} value={q.maxChoices} onChange={(maxChoices) => update({ maxChoices }, 'maxChoices')} />
          <FieldIssues issues={[...issuesUnder(issues, ['minChoices']), ...issuesUnder(issues, ['maxChoices'])]} />
        </div>
      )}
      {q.type === 'matrix' && (
        <>
          <RowsEditor question={q} definition={definition} issues={issues} onRows={(rows, coalesce) => actions.updateQuestion(q.id, (old) => ({ ...old, rows }) as Question, coalesce)} />
          <label className="checkbox-field">
            <input type="checkbox" checked={q.randomizeRows} onChange={(e) => update({ randomizeRows: e.target.checked }, 'randomizeRows')} />
            <span className="checkbox-label">{t('surveys.fields.randomizeRows')}</span>
          </label>
        </>
      )}
      {q.type === 'nps' && (
        <div className="sv-field-row">
          <PipedTextField label={t('surveys.fields.lowLabel')} value={q.lowLabel ?? ''} onChange={(v) => update({ lowLabel: v === '' ? null : v }, 'lowLabel')} available={null} definition={definition} />
          <PipedTextField label={t('surveys.fields.highLabel')} value={q.highLabel ?? ''} onChange={(v) => update({ highLabel: v === '' ? null : v }, 'highLabel')} available={null} definition={definition} />
        </div>
      )}
      {q.type === 'number' && (
        <div className="sv-field-row">
          <OptionalNumber label={t('surveys.fields.min')} value={q.min} onChange={(min) => update({ min }, 'min')} />
          <OptionalNumber label={t('surveys.fields.max')} value={q.max} onChange={(max) => update({ max }, 'max')} />
          <label className="checkbox-field sv-required-field">
            <input type="checkbox" checked={q.integer} onChange={(e) => update({ integer: e.target.checked }, 'integer')} />
            <span className="checkbox-label">{t('surveys.fields.integer')}</span>
          </label>
          <FieldIssues issues={[...issuesUnder(issues, ['min']), ...issuesUnder(issues, ['max'])]} />
        </div>
      )}
      {(q.type === 'text' || q.type === 'longText') && (
        <div className="sv-field-row">
          <OptionalNumber integer label={t('surveys.fields.maxLength')} value={q.maxLength} onChange={(maxLength) => maxLength !== null && update({ maxLength }, 'maxLength')} />
          <FieldIssues issues={issuesUnder(issues, ['maxLength'])} />
        </div>
      )}
      <LogicEditor
        showIf={q.showIf}
        definition={definition}
        available={earlier}
        label={t('surveys.logic.question')}
        issues={issuesUnder(issues, ['showIf'])}
        onChange={(showIf) => actions.updateQuestion(q.id, (old) => ({ ...old, showIf }), `${q.id}.showIf`)}
      />
    </div>
  );
}
