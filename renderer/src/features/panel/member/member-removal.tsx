import { useTranslation } from 'react-i18next';
import type { MemberDetail } from '@api/members';
import { useApi } from '@renderer/api/api-context';
import { ConfirmDialog } from '@renderer/components/confirm-dialog';
import { ReasonDialog } from '@renderer/components/reason-dialog';
import { useNotify } from '@renderer/shell/notices';

/** Deleting removes the member and all that is linked; the core refuses it for a member with responses. */
export function DeleteMemberDialog({ member, onClose, onDeleted, onEraseInstead }: { member: MemberDetail; onClose: () => void; onDeleted: () => void; onEraseInstead: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const hasResponses = member.responses.total > 0;
  if (hasResponses) {
    return (
      <ConfirmDialog title={t('panel.member.deleteTitle', { code: member.code })} confirmLabel={t('panel.member.eraseInstead')} onConfirm={async () => onEraseInstead()} onClose={onClose}>
        {t('panel.member.deleteHasResponses', { n: member.responses.total })}
      </ConfirmDialog>
    );
  }
  return (
    <ConfirmDialog
      title={t('panel.member.deleteTitle', { code: member.code })}
      confirmLabel={t('panel.member.delete')}
      danger
      onConfirm={async () => {
        await api.call('members.delete', { memberId: member.id, reason: null });
        notify('success', t('panel.member.deleted', { code: member.code }));
        onDeleted();
      }}
      onClose={onClose}
    >
      {t('panel.member.deleteBody')}
    </ConfirmDialog>
  );
}

/** Erasure on request: says what goes and what stays, and asks why (the audit entry records it). */
export function EraseMemberDialog({ member, onClose, onErased }: { member: MemberDetail; onClose: () => void; onErased: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  return (
    <ReasonDialog
      title={t('panel.erase.title', { code: member.code })}
      size="wide"
      intro={t('panel.erase.intro')}
      reasonLabel={t('panel.erase.reason')}
      reasonHint={t('panel.erase.reasonHint')}
      confirmLabel={t('panel.erase.confirm')}
      danger
      onClose={onClose}
      onSubmit={async (reason) => {
        const result = await api.call('members.erase', { memberId: member.id, reason });
        notify('success', t('panel.erase.done', { code: result.code }));
        onErased();
      }}
    >
      {() => (
        <>
          <div className="erase-columns">
            <div>
              <h3 className="erase-heading">{t('panel.erase.removedTitle')}</h3>
              <p>{t('panel.erase.removed')}</p>
            </div>
            <div>
              <h3 className="erase-heading">{t('panel.erase.keptTitle')}</h3>
              <p>{t('panel.erase.kept', { n: member.responses.total })}</p>
            </div>
          </div>
          <p className="muted">{t('panel.erase.final')}</p>
        </>
      )}
    </ReasonDialog>
  );
}
