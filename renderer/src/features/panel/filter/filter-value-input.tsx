import { useTranslation } from 'react-i18next';
import type { FieldSpec } from '@model/filter/filter';
import { CloseIcon } from '@renderer/components/icons';
import { usePanelData } from '../panel-data';
import { isEnumField, useMemberLabels } from '../panel-labels';
import { TagChip } from '../tags/tag-chip';
import { valueInput, type DraftRow } from './filter-draft';

interface Props {
  row: DraftRow;
  spec: FieldSpec;
  onChange(patch: Partial<DraftRow>): void;
  invalid: boolean;
  describedBy: string | undefined;
}

/** The value part of a filter row, shaped by the field's type and the operator. */
export function FilterValueInput({ row, spec, onChange, invalid, describedBy }: Props) {
  const { t } = useTranslation();
  const labels = useMemberLabels();
  const { tags, tagById } = usePanelData();
  const aria = { 'aria-invalid': invalid, 'aria-describedby': describedBy };
  const enumLabel = (v: string) => (isEnumField(row.field) ? labels.value(row.field, v) : v);
  const inputType = spec.type === 'date' ? 'date' : 'text';
  const inputMode = spec.type === 'number' ? ('decimal' as const) : undefined;
  const placeholder = row.field === 'country' ? t('panel.filter.countryHint') : undefined;

  switch (valueInput(spec, row.op)) {
    case 'none':
      return null;
    case 'range':
      return (
        <span className="filter-range">
          <input type={inputType} inputMode={inputMode} aria-label={t('panel.filter.from')} value={row.text} onChange={(e) => onChange({ text: e.target.value })} {...aria} />
          <span aria-hidden="true">–</span>
          <input type={inputType} inputMode={inputMode} aria-label={t('panel.filter.to')} value={row.text2} onChange={(e) => onChange({ text2: e.target.value })} {...aria} />
        </span>
      );
    case 'list':
      return (
        <input
          type="text"
          aria-label={t('panel.filter.values')}
          placeholder={row.field === 'country' ? t('panel.filter.countryListHint') : t('panel.filter.listHint')}
          value={row.text}
          onChange={(e) => onChange({ text: e.target.value })}
          {...aria}
        />
      );
    case 'pick':
      if (spec.type === 'set') {
        const picked = row.values.map(Number);
        return (
          <span className="filter-picks">
            {picked.map((id) => {
              const tag = tagById.get(id);
              return (
                <TagChip key={id} tag={tag ?? { id, name: `#${id}`, color: '#999999' }}>
                  <button type="button" className="chip-remove" aria-label={t('panel.filter.unpick', { value: tag?.name ?? id })} onClick={() => onChange({ values: row.values.filter((v) => v !== String(id)) })}>
                    <CloseIcon />
                  </button>
                </TagChip>
              );
            })}
            <select
              aria-label={t('panel.filter.pickTag')}
              value=""
              onChange={(e) => e.target.value && onChange({ values: [...row.values, e.target.value] })}
              {...aria}
            >
              <option value="">{t('panel.filter.pickTag')}</option>
              {tags
                .filter((tag) => !picked.includes(tag.id))
                .map((tag) => (
                  <option key={tag.id} value={tag.id}>
                    {tag.name}
                  </option>
                ))}
            </select>
          </span>
        );
      }
      return (
        <span className="filter-picks" role="group" aria-label={t('panel.filter.values')} aria-describedby={describedBy}>
          {(spec.values ?? []).map((v) => (
            <label key={v} className="pick">
              <input
                type="checkbox"
                checked={row.values.includes(v)}
                onChange={(e) => onChange({ values: e.target.checked ? [...row.values, v] : row.values.filter((x) => x !== v) })}
              />
              {enumLabel(v)}
            </label>
          ))}
        </span>
      );
    case 'single':
      if (spec.type === 'boolean') {
        return (
          <select aria-label={t('panel.filter.value')} value={row.text} onChange={(e) => onChange({ text: e.target.value })} {...aria}>
            <option value="" />
            <option value="true">{t('panel.filter.yes')}</option>
            <option value="false">{t('panel.filter.no')}</option>
          </select>
        );
      }
      if (spec.type === 'enum') {
        return (
          <select aria-label={t('panel.filter.value')} value={row.text} onChange={(e) => onChange({ text: e.target.value })} {...aria}>
            <option value="" />
            {(spec.values ?? []).map((v) => (
              <option key={v} value={v}>
                {enumLabel(v)}
              </option>
            ))}
          </select>
        );
      }
      return (
        <input
          type={inputType}
          inputMode={inputMode}
          aria-label={t('panel.filter.value')}
          placeholder={placeholder}
          value={row.text}
          onChange={(e) => onChange({ text: e.target.value })}
          {...aria}
        />
      );
  }
}
