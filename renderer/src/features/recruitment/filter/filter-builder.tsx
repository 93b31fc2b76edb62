import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { operatorsFor, type Operator } from '@model/filter/filter';
import { CloseIcon } from '@renderer/components/icons';
import { useMemberCatalog, type MemberCatalog } from '../member-catalog';
import { changeRow, newRow, valueInput, type ConditionDraft, type FilterDraft, type RowProblem } from './filter-draft';

export interface FilterBuilderProps {
  draft: FilterDraft;
  onChange(draft: FilterDraft): void;
  /** Names the group for screen readers, e.g. "Qualification rules". */
  label: string;
  /** Problems per row key (draftToFilter); shown once the user has tried to use the filter. */
  problems?: ReadonlyMap<number, RowProblem>;
  /** The field a new condition starts with. */
  firstField?: string;
  disabled?: boolean;
}

/**
 * Conditions on member fields joined by "all" or "any": the recruitment screens' editor for the one
 * filter language (campaign rules, quota segments, shortlist and invitation filters).
 */
export function FilterBuilder({ draft, onChange, label, problems, firstField = 'openness', disabled = false }: FilterBuilderProps) {
  const { t } = useTranslation();
  const members = useMemberCatalog();
  const joinId = useId();

  const setRow = (key: number, next: ConditionDraft) => onChange({ ...draft, rows: draft.rows.map((r) => (r.key === key ? next : r)) });
  const add = () => {
    const field = members.catalog[firstField] ? firstField : 'country';
    onChange({ ...draft, rows: [...draft.rows, newRow(field, members.catalog[field]!)] });
  };

  return (
    <fieldset className="rf-builder" disabled={disabled}>
      <legend className="visually-hidden">{label}</legend>
      {draft.rows.length > 1 && (
        <div className="rf-join">
          <label htmlFor={joinId}>{t('recruitment.filter.match')}</label>
          <span className="rf-select-narrow">
            <select id={joinId} value={draft.join} onChange={(e) => onChange({ ...draft, join: e.target.value === 'or' ? 'or' : 'and' })}>
              <option value="and">{t('recruitment.filter.joinAll')}</option>
              <option value="or">{t('recruitment.filter.joinAny')}</option>
            </select>
          </span>
        </div>
      )}
      {draft.rows.length === 0 && <p className="rf-empty muted">{t('recruitment.filter.noConditions')}</p>}
      {draft.rows.map((row, index) => (
        <ConditionRow
          key={row.key}
          row={row}
          index={index}
          members={members}
          problem={problems?.get(row.key) ?? null}
          onChange={(next) => setRow(row.key, next)}
          onRemove={() => onChange({ ...draft, rows: draft.rows.filter((r) => r.key !== row.key) })}
        />
      ))}
      <div>
        <button type="button" className="button button-small" onClick={add}>
          {t('recruitment.filter.addCondition')}
        </button>
      </div>
    </fieldset>
  );
}

interface ConditionRowProps {
  row: ConditionDraft;
  index: number;
  members: MemberCatalog;
  problem: RowProblem | null;
  onChange(row: ConditionDraft): void;
  onRemove(): void;
}

function ConditionRow({ row, index, members, problem, onChange, onRemove }: ConditionRowProps) {
  const { t } = useTranslation();
  const problemId = useId();
  const spec = members.catalog[row.field];
  const ops: readonly Operator[] = spec ? operatorsFor(spec.type) : [];
  const input = spec ? valueInput(spec, row.op) : 'none';
  const invalid = problem !== null;
  const valueProps = { 'aria-invalid': invalid, 'aria-describedby': invalid ? problemId : undefined };

  return (
    <div className="rf-row" role="group" aria-label={t('recruitment.filter.condition', { n: index + 1 })}>
      <div className="rf-row-fields">
        <select className="rf-field" aria-label={t('recruitment.filter.field')} value={row.field} onChange={(e) => onChange(changeRow(row, { field: e.target.value }, members.catalog))}>
          {members.fields.map((field) => (
            <option key={field} value={field}>
              {members.fieldLabel(field)}
            </option>
          ))}
        </select>
        <select className="rf-op" aria-label={t('recruitment.filter.operator')} value={row.op} onChange={(e) => onChange(changeRow(row, { op: e.target.value as Operator }, members.catalog))}>
          {ops.map((op) => (
            <option key={op} value={op}>
              {t(`recruitment.op.${op}`)}
            </option>
          ))}
        </select>
        <div className="rf-value">
          {input === 'single' && (
            <input
              type={spec?.type === 'date' ? 'date' : 'text'}
              inputMode={spec?.type === 'number' ? 'decimal' : undefined}
              aria-label={t('recruitment.filter.value')}
              value={row.text}
              onChange={(e) => onChange({ ...row, text: e.target.value })}
              {...valueProps}
            />
          )}
          {input === 'list' && (
            <input
              aria-label={t('recruitment.filter.value')}
              placeholder={t('recruitment.filter.listHint')}
              value={row.text}
              onChange={(e) => onChange({ ...row, text: e.target.value })}
              {...valueProps}
            />
          )}
          {input === 'range' && (
            <span className="rf-range">
              <input
                type={spec?.type === 'date' ? 'date' : 'text'}
                inputMode="decimal"
                aria-label={t('recruitment.filter.from')}
                value={row.text}
                onChange={(e) => onChange({ ...row, text: e.target.value })}
                {...valueProps}
              />
              <span aria-hidden="true">–</span>
              <input
                type={spec?.type === 'date' ? 'date' : 'text'}
                inputMode="decimal"
                aria-label={t('recruitment.filter.to')}
                value={row.text2}
                onChange={(e) => onChange({ ...row, text2: e.target.value })}
                {...valueProps}
              />
            </span>
          )}
          {input === 'choice' && (
            <select aria-label={t('recruitment.filter.value')} value={row.text} onChange={(e) => onChange({ ...row, text: e.target.value })}>
              {(spec?.type === 'boolean' ? ['true', 'false'] : (spec?.values ?? [])).map((v) => (
                <option key={v} value={v}>
                  {members.valueLabel(row.field, spec?.type === 'boolean' ? v === 'true' : v)}
                </option>
              ))}
            </select>
          )}
        </div>
        <button type="button" className="icon-button" onClick={onRemove} aria-label={t('recruitment.filter.remove', { n: index + 1 })} title={t('recruitment.filter.remove', { n: index + 1 })}>
          <CloseIcon />
        </button>
      </div>
      {input === 'pick' && <Picks row={row} members={members} onChange={onChange} />}
      {problem && (
        <p id={problemId} className="field-error">
          {t(`recruitment.filter.problem.${problem}`)}
        </p>
      )}
    </div>
  );
}

/** Tick boxes for enum values (is one of) or tags (has tag). */
function Picks({ row, members, onChange }: { row: ConditionDraft; members: MemberCatalog; onChange(row: ConditionDraft): void }) {
  const { t } = useTranslation();
  const spec = members.catalog[row.field];
  const options = spec?.type === 'set' ? members.tags.map((tag) => ({ value: String(tag.id), label: tag.name })) : (spec?.values ?? []).map((v) => ({ value: v, label: members.valueLabel(row.field, v) }));
  if (options.length === 0) return <p className="muted rf-picks">{t('recruitment.filter.noTags')}</p>;
  const toggle = (value: string, on: boolean) => onChange({ ...row, picks: on ? [...row.picks, value] : row.picks.filter((p) => p !== value) });
  return (
    <div className="rf-picks" role="group" aria-label={t('recruitment.filter.value')}>
      {options.map((o) => (
        <label key={o.value} className="rf-pick">
          <input type="checkbox" checked={row.picks.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
          <span>{o.label}</span>
        </label>
      ))}
    </div>
  );
}
