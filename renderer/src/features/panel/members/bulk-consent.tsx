import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { consentStatuses, type ConsentStatus } from '@model/members/member-fields';
import { ApiError } from '@renderer/api';
import { useApi } from '@renderer/api/api-context';
import { Dialog } from '@renderer/components/dialog';
import { FormError } from '@renderer/components/form-error';
import { ReasonField, reasonTooShort } from '@renderer/components/reason-field';
import { useAction } from '@renderer/hooks/use-action';
import { useMemberLabels } from '@renderer/members/member-labels';
import { useNotify } from '@renderer/shell/notices';
import { usePanelFormat } from '../panel-format';
import type { MembersBrowser } from './members-browser';
import { bulkTarget, selectedCount } from './selection';

/** Today in this computer's calendar, as a date input holds it. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * Records one consent (status, date, scope) for the selected members, with the same evidence as a
 * single member's record, and asks why (each member's history keeps it). Undone like bulk tagging.
 */
export function BulkConsentDialog({ browser, onClose, onDone }: { browser: MembersBrowser; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const format = usePanelFormat();
  const labels = useMemberLabels();
  const ids = { status: useId(), date: useId(), scope: useId() };
  const [status, setStatus] = useState<ConsentStatus>('granted');
  const [date, setDate] = useState(today);
  const [scope, setScope] = useState('');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const tooShort = reasonTooShort(reason);
  const count = selectedCount(browser.selection, browser.total ?? 0);

  const record = useAction(async () => {
    const result = await api.call('members.setConsent', {
      ...bulkTarget(browser.selection, browser.query),
      consentStatus: status,
      ...(date ? { consentDate: date } : {}),
      consentScope: scope.trim() || null,
      reason: reason.trim(),
    });
    notify('success', t('panel.consentBulk.done', { status: labels.value('consentStatus', status), n: format.count(result.changed) }));
    browser.refresh();
    onDone();
  });
  const dateIssue = record.error instanceof ApiError && record.error.issues?.some((i) => i.path[0] === 'consentDate');

  return (
    <Dialog title={t('panel.consentBulk.title')} onClose={onClose}>
      <form
        className="dialog-body"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (!tooShort) void record.run();
        }}
      >
        <p className="dialog-intro">{t('panel.consentBulk.intro', { n: format.count(count) })}</p>
        <div className="field">
          <label htmlFor={ids.status}>{labels.field('consentStatus')}</label>
          <select id={ids.status} value={status} onChange={(e) => setStatus(e.target.value as ConsentStatus)}>
            {consentStatuses.map((v) => (
              <option key={v} value={v}>
                {labels.value('consentStatus', v)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.date}>{labels.field('consentDate')}</label>
          <input id={ids.date} type="date" value={date} onChange={(e) => setDate(e.target.value)} aria-invalid={dateIssue} />
          {dateIssue && <p className="field-error">{t('panel.member.invalid.date')}</p>}
        </div>
        <div className="field">
          <label htmlFor={ids.scope}>{labels.field('consentScope')}</label>
          <input id={ids.scope} value={scope} maxLength={200} placeholder={t('panel.consentBulk.scopeHint')} onChange={(e) => setScope(e.target.value)} />
        </div>
        <ReasonField label={t('panel.consentBulk.reason')} hint={t('panel.consentBulk.reasonHint')} value={reason} onChange={setReason} invalid={tried && tooShort} />
        {!dateIssue && <FormError error={record.error} />}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={record.busy}>
            {record.busy ? t('common.working') : t('panel.consentBulk.confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
