import { useTranslation } from 'react-i18next';
import { useFormat } from '@renderer/i18n/format';
import type { RowsCheck } from './import-check';

/** The areas whose row imports keep their words under <area>.preview and <area>.run, by the same names. */
type RowImportArea = 'community' | 'responsesImport';

/** An area's words for the shared check step (ImportCheck's `texts`) and outcome (RowImportOutcome's `texts`). */
export function useRowImportWords(area: RowImportArea) {
  const { t } = useTranslation();
  const format = useFormat();
  return {
    check: (rows: RowsCheck | null) => ({
      title: t(`${area}.preview.title`),
      checked: t(`${area}.preview.checked`, { n: format.count(rows?.rows ?? 0) }),
      rejectedTitle: t(`${area}.preview.rejectedTitle`, { n: format.count(rows?.rejected ?? 0) }),
      noRejections: t(`${area}.preview.noRejections`),
      reading: t(`${area}.preview.reading`),
      start: t(`${area}.preview.start`),
    }),
    outcome: (result: { rows: number; rejected: number }) => ({
      doneTitle: t(`${area}.run.doneTitle`),
      doneBody: t(`${area}.run.doneBody`, { n: format.count(result.rows) }),
      notCommittedBody: t(`${area}.run.notCommittedBody`, { n: format.count(result.rejected) }),
    }),
  };
}
