import { useTranslation } from 'react-i18next';
import type { ResponseImportPreview } from '@api/response-import';
import { ImportCheck, useRowImportWords, type ImportCheckProps } from '@renderer/components/import-wizard/import-wizard';
import { useFormat } from '@renderer/i18n/format';

type Props = Omit<ImportCheckProps, 'preview' | 'rows' | 'counts' | 'texts'> & {
  /** The preview with the mapping applied to the rows read (null while it loads). */
  check: ResponseImportPreview | null;
  mapped: number;
};

/**
 * Step 4: how the rows read would import with the mapping (new responses, skipped, and each row that
 * would be rejected with its column, value and what was expected), how the file reads, and what to do
 * with rows that have errors.
 */
export function CheckStep({ check, mapped, ...props }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const words = useRowImportWords('responsesImport');
  const rows = check?.check ?? null;
  return (
    <ImportCheck
      {...props}
      preview={check}
      rows={rows}
      counts={[
        [t('responsesImport.preview.added'), rows?.added ?? 0],
        [t('responsesImport.preview.skipped'), rows?.skipped ?? 0],
        [t('responsesImport.preview.rejected'), rows?.rejected ?? 0],
      ]}
      texts={{
        ...words.check(rows),
        summary: check && t('responsesImport.preview.summary', { name: check.fileName, survey: check.version.title, version: check.version.version, columns: format.count(mapped) }),
      }}
    />
  );
}
