import { useTranslation } from 'react-i18next';
import type { SurveySummary } from '@api/surveys';
import { Popover } from '@renderer/components/popover';

/** A survey row's "More" menu: duplicate, export its definition, delete. */
export function SurveyRowMenu({ survey, onDuplicate, onExport, onDelete }: { survey: SurveySummary; onDuplicate(): void; onExport(): void; onDelete(): void }) {
  const { t } = useTranslation();
  const items = [
    { label: t('surveys.duplicate.button'), run: onDuplicate },
    { label: t('surveys.files.export'), run: onExport },
    { label: t('surveys.delete.button'), run: onDelete, danger: true },
  ];
  return (
    <Popover label={t('surveys.list.more')} title={t('surveys.list.actionsFor', { title: survey.title })} buttonClassName="button button-small" align="end">
      {(close) => (
        <ul className="sv-type-menu" role="menu">
          {items.map((item) => (
            <li key={item.label} role="none">
              <button type="button" role="menuitem" className={`sv-pipe-item${item.danger ? ' sv-danger-item' : ''}`} onClick={() => (close(), item.run())}>
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Popover>
  );
}
