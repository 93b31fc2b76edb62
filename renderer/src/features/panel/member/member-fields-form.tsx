import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttributeDef } from '@api/members';
import { consentStatuses, genders, lifecycleStages } from '@model/panel/member-fields';
import { useMemberLabels, type LabelledField } from '@renderer/members/member-labels';
import { usePanelFormat } from '../panel-format';
import type { FieldKey, FormField, FormValues } from './member-form-state';

export interface MemberFieldsFormProps {
  values: FormValues;
  onChange(values: FormValues): void;
  attributes: readonly AttributeDef[];
  /** Problems by field, already in words. */
  problems: ReadonlyMap<FieldKey, string>;
  readOnly: boolean;
}

/** Every editable member field, grouped as a panel manager thinks of them, each with its problem beside it. */
export function MemberFieldsForm({ values, onChange, attributes, problems, readOnly }: MemberFieldsFormProps) {
  const { t } = useTranslation();
  const labels = useMemberLabels();
  const format = usePanelFormat();
  const set = <F extends FormField>(field: F, value: FormValues[F]) => onChange({ ...values, [field]: value });
  const input = (field: FormField & keyof FormValues, extra: { type?: string; maxLength?: number; inputMode?: 'numeric' | 'email' | 'tel'; hint?: ReactNode } = {}) => (
    <Field key={field} label={labels.field(field as LabelledField)} problem={problems.get(field)} hint={extra.hint}>
      {(id, describedBy) => (
        <input
          id={id}
          type={extra.type ?? 'text'}
          inputMode={extra.inputMode}
          maxLength={extra.maxLength}
          value={values[field] as string}
          readOnly={readOnly}
          onChange={(e) => set(field, e.target.value)}
          aria-invalid={problems.has(field)}
          aria-describedby={describedBy}
          spellCheck={false}
        />
      )}
    </Field>
  );
  const select = (field: 'gender' | 'lifecycleStage' | 'consentStatus', options: readonly string[], allowEmpty: boolean) => (
    <Field key={field} label={labels.field(field)} problem={problems.get(field)}>
      {(id, describedBy) => (
        <select id={id} value={values[field]} disabled={readOnly} onChange={(e) => set(field, e.target.value)} aria-invalid={problems.has(field)} aria-describedby={describedBy}>
          {allowEmpty && <option value="">{t('panel.member.notSet')}</option>}
          {options.map((v) => (
            <option key={v} value={v}>
              {labels.value(field, v)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const countryName = /^[A-Z]{2}$/i.test(values.country.trim()) ? format.country(values.country.trim().toUpperCase()) : null;

  return (
    <div className="member-fields">
      <fieldset className="member-section">
        <legend>{t('panel.member.section.identity')}</legend>
        <div className="field-grid">
          {input('name', { maxLength: 200 })}
          {input('externalId', { maxLength: 100 })}
          {input('email', { type: 'email', inputMode: 'email', maxLength: 254 })}
          {input('phone', { type: 'tel', inputMode: 'tel', maxLength: 40 })}
        </div>
      </fieldset>
      <fieldset className="member-section">
        <legend>{t('panel.member.section.profile')}</legend>
        <div className="field-grid">
          {input('country', { maxLength: 2, hint: countryName && countryName !== values.country.trim().toUpperCase() ? countryName : t('panel.member.countryHint') })}
          {input('city', { maxLength: 100 })}
          {select('gender', genders, true)}
          {input('birthYear', { inputMode: 'numeric', maxLength: 4 })}
          {input('ageBand', { maxLength: 20 })}
        </div>
      </fieldset>
      <fieldset className="member-section">
        <legend>{t('panel.member.section.membership')}</legend>
        <div className="field-grid">
          {input('joinedAt', { type: 'date' })}
          {input('sourceChannel', { maxLength: 100 })}
          {select('lifecycleStage', lifecycleStages, true)}
        </div>
      </fieldset>
      <fieldset className="member-section">
        <legend>{t('panel.member.section.consent')}</legend>
        <div className="field-grid">
          {select('consentStatus', consentStatuses, false)}
          {input('consentDate', { type: 'date', hint: t('panel.member.consentDateHint') })}
          {input('consentScope', { maxLength: 200 })}
          <label className="checkbox-field field-grid-checkbox">
            <input type="checkbox" checked={values.doNotContact} disabled={readOnly} onChange={(e) => set('doNotContact', e.target.checked)} />
            <span>
              <span className="checkbox-label">{labels.field('doNotContact')}</span>
              <span className="field-hint">{t('panel.member.doNotContactHint')}</span>
            </span>
          </label>
        </div>
      </fieldset>
      {attributes.length > 0 && (
        <fieldset className="member-section">
          <legend>{t('panel.member.section.attributes')}</legend>
          <div className="field-grid">
            {attributes.map((a) => (
              <AttributeInput
                key={a.key}
                attribute={a}
                value={values.attributes[a.key] ?? ''}
                problem={problems.get(`attr:${a.key}`)}
                readOnly={readOnly}
                onChange={(value) => onChange({ ...values, attributes: { ...values.attributes, [a.key]: value } })}
              />
            ))}
          </div>
        </fieldset>
      )}
      <fieldset className="member-section">
        <legend>{labels.field('notes')}</legend>
        <Field label={labels.field('notes')} problem={problems.get('notes')} hideLabel>
          {(id, describedBy) => (
            <textarea id={id} rows={4} maxLength={5000} value={values.notes} readOnly={readOnly} onChange={(e) => set('notes', e.target.value)} aria-describedby={describedBy} />
          )}
        </Field>
      </fieldset>
    </div>
  );
}

function AttributeInput({ attribute, value, problem, readOnly, onChange }: { attribute: AttributeDef; value: string; problem: string | undefined; readOnly: boolean; onChange: (v: string) => void }) {
  const { t } = useTranslation();
  return (
    <Field label={attribute.label} problem={problem}>
      {(id, describedBy) =>
        attribute.type === 'choice' ? (
          <select id={id} value={value} disabled={readOnly} onChange={(e) => onChange(e.target.value)} aria-invalid={problem !== undefined} aria-describedby={describedBy}>
            <option value="">{t('panel.member.notSet')}</option>
            {(attribute.choices ?? []).map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        ) : (
          <input
            id={id}
            type={attribute.type === 'date' ? 'date' : 'text'}
            inputMode={attribute.type === 'number' ? 'decimal' : undefined}
            value={value}
            readOnly={readOnly}
            onChange={(e) => onChange(e.target.value)}
            aria-invalid={problem !== undefined}
            aria-describedby={describedBy}
          />
        )
      }
    </Field>
  );
}

/** A labelled field with its hint and, when there is one, its problem right below it. */
function Field({ label, problem, hint, hideLabel, children }: { label: string; problem?: string; hint?: ReactNode; hideLabel?: boolean; children: (id: string, describedBy: string | undefined) => ReactNode }) {
  const id = useId();
  const problemId = useId();
  const hintId = useId();
  const describedBy = problem ? problemId : hint ? hintId : undefined;
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {children(id, describedBy)}
      {problem ? (
        <p id={problemId} className="field-error">
          {problem}
        </p>
      ) : (
        hint && (
          <p id={hintId} className="field-hint">
            {hint}
          </p>
        )
      )}
    </div>
  );
}
