import { useTranslation } from 'react-i18next';
import type { FieldSpec } from '@model/filter/filter';
import { CloseIcon } from '@renderer/components/icons';
import { valueInput, type ConditionDraft } from './filter-draft';
import { useFilterVocabulary } from './filter-vocabulary';

interface Props {
  row: ConditionDraft;
  spec: FieldSpec;
  onChange(row: ConditionDraft): void;
  invalid: boolean;
  describedBy: string | undefined;
}

/** The value part of a condition, shaped by the field's type and the comparison. */
export function FilterValueInput({ row, spec, onChange, invalid, describedBy }: Props) {
  const { t } = useTranslation();
  const { tags, valueLabel } = useFilterVocabulary();
  const aria = { 'aria-invalid': invalid, 'aria-describedby': describedBy };
  const inputType = spec.type === 'date' ? 'date' : 'text';
  const inputMode = spec.type === 'number' ? ('decimal' as const) : undefined;
  const country = row.field === 'country';

  switch (valueInput(spec, row.op)) {
    case 'none':
      return null;
    case 'single':
      return (
        <input
          type={inputType}
          inputMode={inputMode}
          aria-label={t('filter.value')}
          placeholder={country ? t('filter.countryHint') : undefined}
          value={row.text}
          onChange={(e) => onChange({ ...row, text: e.target.value })}
          {...aria}
        />
      );
    case 'list':
      return (
        <input
          type="text"
          aria-label={t('filter.value')}
          placeholder={country ? t('filter.countryListHint') : t('filter.listHint')}
          value={row.text}
          onChange={(e) => onChange({ ...row, text: e.target.value })}
          {...aria}
        />
      );
    case 'range':
      return (
        <span className="filter-range">
          <input type={inputType} inputMode={inputMode} aria-label={t('filter.from')} value={row.text} onChange={(e) => onChange({ ...row, text: e.target.value })} {...aria} />
          <span aria-hidden="true">–</span>
          <input type={inputType} inputMode={inputMode} aria-label={t('filter.to')} value={row.text2} onChange={(e) => onChange({ ...row, text2: e.target.value })} {...aria} />
        </span>
      );
    case 'choice':
      return (
        <select aria-label={t('filter.value')} value={row.text} onChange={(e) => onChange({ ...row, text: e.target.value })} {...aria}>
          {(spec.type === 'boolean' ? ['true', 'false'] : (spec.values ?? [])).map((v) => (
            <option key={v} value={v}>
              {valueLabel(row.field, spec.type === 'boolean' ? v === 'true' : v)}
            </option>
          ))}
        </select>
      );
    case 'pick': {
      const toggle = (value: string, on: boolean) => onChange({ ...row, picks: on ? [...row.picks, value] : row.picks.filter((p) => p !== value) });
      if (spec.type !== 'set' || spec.values) {
        return (
          <span className="filter-picks" role="group" aria-label={t('filter.values')} aria-describedby={describedBy}>
            {(spec.values ?? []).map((v) => (
              <label key={v} className="filter-pick">
                <input type="checkbox" checked={row.picks.includes(v)} onChange={(e) => toggle(v, e.target.checked)} />
                <span>{valueLabel(row.field, v)}</span>
              </label>
            ))}
          </span>
        );
      }
      // Tags: a workspace may have hundreds, so they are added from a list and shown as chips.
      if (tags.length === 0) return <p className="muted filter-no-tags">{t('filter.noTags')}</p>;
      return (
        <span className="filter-picks">
          {row.picks.map((id) => {
            const tag = tags.find((x) => String(x.id) === id);
            const name = valueLabel(row.field, Number(id));
            return (
              <span key={id} className="tag-chip" title={name}>
                <span className="tag-dot" style={{ background: tag?.color ?? 'transparent' }} aria-hidden="true" />
                <span className="tag-chip-name">{name}</span>
                <button type="button" className="chip-remove" aria-label={t('filter.unpick', { value: name })} onClick={() => toggle(id, false)}>
                  <CloseIcon />
                </button>
              </span>
            );
          })}
          <select aria-label={t('filter.pickTag')} value="" onChange={(e) => e.target.value && toggle(e.target.value, true)} {...aria}>
            <option value="">{t('filter.pickTag')}</option>
            {tags
              .filter((tag) => !row.picks.includes(String(tag.id)))
              .map((tag) => (
                <option key={tag.id} value={tag.id}>
                  {tag.name}
                </option>
              ))}
          </select>
        </span>
      );
    }
  }
}
