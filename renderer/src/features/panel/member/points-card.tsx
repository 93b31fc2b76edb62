import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDetail } from '@api/members';
import { useApi } from '@renderer/api/api-context';
import { FormError } from '@renderer/components/form-error';
import { ReasonDialog } from '@renderer/components/reason-dialog';
import { useAsync } from '@renderer/hooks/use-async';
import { useNotify } from '@renderer/shell/notices';
import { usePanelFormat } from '../panel-format';

/** A whole number of points, at least 1, as typed; null otherwise. */
const pointsTyped = (text: string) => (/^\s*\d+\s*$/.test(text) && Number(text) >= 1 ? Number(text) : null);

/**
 * The member's points: the balance and the ledger (points earned per survey, redemptions with who
 * and why), and redeeming some (points.redeem, refused by the core when the balance is smaller).
 */
export function PointsCard({ member }: { member: MemberDetail }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const format = usePanelFormat();
  const ledger = useAsync(() => api.call('points.list', { memberId: member.id }), [api, member.id]);
  const [redeeming, setRedeeming] = useState(false);
  const signed = useMemo(() => new Intl.NumberFormat(i18n.language, { signDisplay: 'exceptZero' }), [i18n.language]);
  const erased = member.erasedAt !== null;
  const data = ledger.data;

  return (
    <section className="card side-card" aria-labelledby="member-points-title">
      <div className="points-heading">
        <h2 className="card-title" id="member-points-title">
          {t('panel.points.title')}
        </h2>
        {!erased && data && (
          <button type="button" className="button button-small" onClick={() => setRedeeming(true)}>
            {t('panel.points.redeem')}
          </button>
        )}
      </div>
      <FormError error={ledger.error} />
      {erased ? (
        <p className="muted">{t('panel.points.erased')}</p>
      ) : (
        data && (
          <>
            <dl className="fact-list points-facts">
              <dt>{t('panel.points.balance')}</dt>
              <dd className="points-balance">{format.count(data.balance)}</dd>
            </dl>
            {data.entries.length === 0 ? (
              <p className="muted">{t('panel.points.empty')}</p>
            ) : (
              <ol className="audit-list" aria-label={t('panel.points.ledger')}>
                {data.entries.map((entry) => (
                  <li key={entry.id}>
                    <span className="audit-action">
                      <span className={entry.points > 0 ? 'points-earned' : 'points-redeemed'}>{signed.format(entry.points)}</span>{' '}
                      {entry.kind === 'redeemed'
                        ? t('panel.points.redeemed')
                        : entry.surveyTitle
                          ? t('panel.points.earned', { survey: entry.surveyTitle })
                          : t('panel.points.earnedResponse')}
                    </span>
                    <span className="audit-meta">
                      {format.dateTime(entry.at)}
                      {entry.actor && ` · ${t('panel.points.by', { actor: entry.actor })}`}
                    </span>
                    {entry.reason && <span className="audit-reason">{entry.reason}</span>}
                  </li>
                ))}
              </ol>
            )}
          </>
        )
      )}
      <p className="card-caption">{t('panel.points.caption')}</p>
      {redeeming && data && (
        <RedeemDialog
          member={member}
          balance={data.balance}
          onClose={() => setRedeeming(false)}
          onDone={() => {
            setRedeeming(false);
            ledger.reload();
          }}
        />
      )}
    </section>
  );
}

function RedeemDialog({ member, balance, onClose, onDone }: { member: MemberDetail; balance: number; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const format = usePanelFormat();
  const ids = { amount: useId(), problem: useId() };
  const [amount, setAmount] = useState('');
  const points = pointsTyped(amount);
  return (
    <ReasonDialog
      title={t('panel.points.redeemTitle', { code: member.code })}
      intro={t('panel.points.redeemIntro', { balance: format.count(balance) })}
      reasonLabel={t('panel.points.reason')}
      reasonHint={t('panel.points.reasonHint')}
      confirmLabel={t('panel.points.confirm')}
      ready={points !== null}
      onClose={onClose}
      onSubmit={async (reason) => {
        await api.call('points.redeem', { memberId: member.id, points: points!, reason });
        notify('success', t('panel.points.done', { code: member.code, points: format.count(points!) }));
        onDone();
      }}
    >
      {(tried) => {
        const invalid = tried && points === null;
        return (
          <div className="field">
            <label htmlFor={ids.amount}>{t('panel.points.amount')}</label>
            <input
              id={ids.amount}
              className="points-amount"
              inputMode="numeric"
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
              aria-invalid={invalid}
              aria-describedby={invalid ? ids.problem : undefined}
            />
            {invalid && (
              <p id={ids.problem} className="field-error">
                {t('panel.points.amountInvalid')}
              </p>
            )}
          </div>
        );
      }}
    </ReasonDialog>
  );
}
