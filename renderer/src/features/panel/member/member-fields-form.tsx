import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttributeDef } from '@api/members';
import { editableFields, memberFieldDef, type BooleanField, type FormInput, type MemberFieldGroup } from '@model/members/member-fields';
import { isEnumField, useMemberLabels } from '@renderer/members/member-labels';
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

/** The form's sections: the member-field table's groups of editable fields, in table order. */
const SECTIONS = ['identity', 'profile', 'membership', 'consent'] as const;

/** How each kind of form input is typed into. */
const INPUTS: Partial<Record<FormInput, { type?: string; inputMode?: 'numeric' | 'email' | 'tel' }>> = {
  email: { type: 'email', inputMode: 'email' },
  tel: { type: 'tel', inputMode: 'tel' },
  year: { inputMode: 'numeric' },
  date: { type: 'date' },
};

type TextField = Exclude<FormField, BooleanField>;

/** Every editable member field, grouped as a panel manager thinks of them, each with its problem beside it. */
export function MemberFieldsForm({ values, onChange, attributes, problems, readOnly }: MemberFieldsFormProps) {
  const { t } = useTranslation();
  const labels = useMemberLabels();
  const format = usePanelFormat();
  const set = <F extends FormField>(field: F, value: FormValues[F]) => onChange({ ...values, [field]: value });
  const countryName = /^[A-Z]{2}$/i.test(values.country.trim()) ? format.country(values.country.trim().toUpperCase()) : null;
  /** Hints beside a few fields: what a typed country code names, and what the consent fields mean. */
  const hints: Partial<Record<FormField, string>> = {
    country: countryName && countryName !== values.country.trim().toUpperCase() ? countryName : t('panel.member.countryHint'),
    consentDate: t('panel.member.consentDateHint'),
    doNotContact: t('panel.member.doNotContactHint'),
  };
  const input = (field: TextField) => {
    const def = memberFieldDef(field);
    return (
      <Field key={field} label={labels.field(field)} problem={problems.get(field)} hint={hints[field]}>
        {(id, describedBy) => (
          <input
            id={id}
            type={INPUTS[def.form!]?.type ?? 'text'}
            inputMode={INPUTS[def.form!]?.inputMode}
            maxLength={def.max}
            value={values[field]}
            readOnly={readOnly}
            onChange={(e) => set(field, e.target.value)}
            aria-invalid={problems.has(field)}
            aria-describedby={describedBy}
            spellCheck={false}
          />
        )}
      </Field>
    );
  };
  const select = (field: TextField) => {
    const def = memberFieldDef(field);
    return (
      <Field key={field} label={labels.field(field)} problem={problems.get(field)}>
        {(id, describedBy) => (
          <select id={id} value={values[field]} disabled={readOnly} onChange={(e) => set(field, e.target.value)} aria-invalid={problems.has(field)} aria-describedby={describedBy}>
            {def.default === undefined && <option value="">{t('panel.member.notSet')}</option>}
            {def.values!.map((v) => (
              <option key={v} value={v}>
                {isEnumField(field) ? labels.value(field, v) : v}
              </option>
            ))}
          </select>
        )}
      </Field>
    );
  };
  const checkbox = (field: BooleanField) => (
    <label key={field} className="checkbox-field field-grid-checkbox">
      <input type="checkbox" checked={values[field]} disabled={readOnly} onChange={(e) => set(field, e.target.checked)} />
      <span>
        <span className="checkbox-label">{labels.field(field)}</span>
        <span className="field-hint">{hints[field]}</span>
      </span>
    </label>
  );
  const control = (field: FormField) => {
    const form = memberFieldDef(field).form;
    if (form === 'checkbox') return checkbox(field as BooleanField);
    return form === 'select' ? select(field as TextField) : input(field as TextField);
  };
  const inGroup = (group: MemberFieldGroup) => editableFields.filter((f) => memberFieldDef(f).group === group);

  return (
    <div className="member-fields">
      {SECTIONS.map((section) => (
        <fieldset key={section} className="member-section">
          <legend>{t(`panel.member.section.${section}`)}</legend>
          <div className="field-grid">{inGroup(section).map(control)}</div>
        </fieldset>
      ))}
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
      {inGroup('notes').map((field) => (
        <fieldset key={field} className="member-section">
          <legend>{labels.field(field)}</legend>
          <Field label={labels.field(field)} problem={problems.get(field)} hideLabel>
            {(id, describedBy) => (
              <textarea
                id={id}
                rows={4}
                maxLength={memberFieldDef(field).max}
                value={values[field as TextField]}
                readOnly={readOnly}
                onChange={(e) => set(field as TextField, e.target.value)}
                aria-describedby={describedBy}
              />
            )}
          </Field>
        </fieldset>
      ))}
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
