import { useTranslation } from 'react-i18next';
import { useApi } from '@renderer/api/api-context';
import { ReasonDialog } from '@renderer/components/reason-dialog';
import { useNotify } from '@renderer/shell/notices';

/** Sets the response aside (responses.void): says what that means and asks why; the history and audit keep who, when and why. */
export function VoidResponseDialog({ responseId, onClose, onDone }: { responseId: string; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  return (
    <ReasonDialog
      title={t('responses.voiding.title')}
      intro={t('responses.voiding.body')}
      reasonLabel={t('responses.voiding.reason')}
      reasonHint={t('responses.voiding.reasonHint')}
      confirmLabel={t('responses.voiding.confirm')}
      danger
      onClose={onClose}
      onSubmit={async (reason) => {
        await api.call('responses.void', { responseId, reason });
        notify('success', t('responses.voiding.done'));
        onDone();
      }}
    />
  );
}
