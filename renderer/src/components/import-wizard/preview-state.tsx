import { useTranslation } from 'react-i18next';
import type { ApiError } from '@renderer/api';
import { EmptyState } from '@renderer/components/empty-state';
import { useErrorText } from '@renderer/i18n/error-text';

/** Above the mapping step: that the file's preview is loading (before there is one), or why it could not be read. */
export function PreviewState({ loading, error }: { loading: boolean; error: ApiError | null }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (
    <>
      {loading && (
        <p className="muted" role="status">
          {t('app.loading')}
        </p>
      )}
      {error && <EmptyState title={t('importWizard.run.failedTitle')}>{errorText(error)}</EmptyState>}
    </>
  );
}
