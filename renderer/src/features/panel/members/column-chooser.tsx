import { useTranslation } from 'react-i18next';
import { ColumnsIcon } from '@renderer/components/icons';
import { Popover } from '@renderer/components/popover';
import { useMemberLabels } from '@renderer/members/member-labels';
import { defaultColumns, memberColumnIds, type MemberColumnId } from './member-columns';

/** Show or hide columns; the choice is kept, and saved with a view. */
export function ColumnChooser({ columns, onChange }: { columns: readonly MemberColumnId[]; onChange: (columns: MemberColumnId[]) => void }) {
  const { t } = useTranslation();
  const labels = useMemberLabels();
  const toggle = (id: MemberColumnId, on: boolean) => {
    const next = new Set(columns);
    if (on) next.add(id);
    else next.delete(id);
    // Table order stays the canonical one; at least one column stays visible.
    if (next.size > 0) onChange(memberColumnIds.filter((c) => next.has(c)));
  };
  return (
    <Popover
      title={t('panel.columns.title')}
      align="end"
      label={
        <>
          <ColumnsIcon />
          {t('panel.columns.button')}
        </>
      }
    >
      {() => (
        <div className="column-chooser">
          <ul className="check-list">
            {memberColumnIds.map((id) => (
              <li key={id}>
                <label className="checkbox-field">
                  <input type="checkbox" checked={columns.includes(id)} disabled={columns.length === 1 && columns.includes(id)} onChange={(e) => toggle(id, e.target.checked)} />
                  <span>{labels.field(id)}</span>
                </label>
              </li>
            ))}
          </ul>
          <button type="button" className="button button-small" onClick={() => onChange([...defaultColumns])}>
            {t('panel.columns.reset')}
          </button>
        </div>
      )}
    </Popover>
  );
}
