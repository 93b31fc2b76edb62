import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDetail } from '@api/members';
import { ApiError } from '@renderer/api';
import { useApi } from '@renderer/api/api-context';
import { ConfirmDialog } from '@renderer/components/confirm-dialog';
import { Dialog } from '@renderer/components/dialog';
import { FormError } from '@renderer/components/form-error';
import { useAction } from '@renderer/hooks/use-action';
import { useNotify } from '@renderer/shell/notices';
import { ReasonField, reasonTooShort } from '../reason-field';

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
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const tooShort = reasonTooShort(reason);
  const erase = useAction(async () => {
    const result = await api.call('members.erase', { memberId: member.id, reason: reason.trim() });
    notify('success', t('panel.erase.done', { code: result.code }));
    onErased();
  });
  // The reason's own problem shows next to it; anything else below.
  const reasonIssue = erase.error instanceof ApiError && erase.error.issues?.some((i) => i.path[0] === 'reason');

  return (
    <Dialog title={t('panel.erase.title', { code: member.code })} onClose={onClose} size="wide">
      <form
        className="dialog-body"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (!tooShort) void erase.run();
        }}
      >
        <p className="dialog-intro">{t('panel.erase.intro')}</p>
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
        <ReasonField
          label={t('panel.erase.reason')}
          hint={t('panel.erase.reasonHint')}
          value={reason}
          onChange={setReason}
          invalid={(tried && tooShort) || reasonIssue === true}
          autoFocus
        />
        {!reasonIssue && <FormError error={erase.error} />}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-danger" disabled={erase.busy}>
            {erase.busy ? t('common.working') : t('panel.erase.confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
