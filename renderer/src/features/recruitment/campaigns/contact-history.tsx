import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '@renderer/api/api-context';
import { FormError } from '@renderer/components/form-error';
import { useFormat } from '@renderer/i18n/format';
import type { MemberNames } from './campaign-members';
import { usePagedList } from './use-paged-list';

const PAGE = 50;

/** The campaign's invitations, newest first: when, to whom, by which channel and who sent them. */
export function ContactHistory({ campaignId, version, names }: { campaignId: number; version: number; names: MemberNames }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const fetchPage = useCallback((cursor: string | null) => api.call('campaigns.contactHistory', { campaignId, cursor, limit: PAGE }), [api, campaignId]);
  const { rows, more, loading, error, loadMore } = usePagedList(fetchPage, version);

  const channel = (c: string) => (['email', 'sms', 'in-app', 'phone'].includes(c) ? t(`recruitment.invite.channels.${c as 'email'}`) : c);

  return (
    <section className="card" aria-labelledby="rc-history-title">
      <h2 id="rc-history-title" className="card-title">
        {t('recruitment.history.title')}
      </h2>
      <p className="card-caption">{t('recruitment.history.caption')}</p>
      <FormError error={error} />
      {rows.length === 0 && !loading ? (
        <p className="muted">{t('recruitment.history.empty')}</p>
      ) : (
        <div className="rc-table-wrap">
          <table className="rc-table rc-history-table" aria-busy={loading}>
            <caption className="visually-hidden">{t('recruitment.history.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('recruitment.history.col.when')}</th>
                <th scope="col">{t('recruitment.shortlist.col.member')}</th>
                <th scope="col">{t('recruitment.history.col.channel')}</th>
                <th scope="col">{t('recruitment.history.col.by')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const member = names.get(r.memberId);
                return (
                  <tr key={r.id}>
                    <td className="rc-date">{format.dateTime(r.contactedAt)}</td>
                    <td className="rc-member">
                      <span className="rc-code">{member?.code ?? t('recruitment.history.memberId', { id: r.memberId })}</span>
                      {member && <span className="rc-name">{member.name ?? t('member.anonymous')}</span>}
                    </td>
                    <td>{channel(r.channel)}</td>
                    <td>{r.actor}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {more && (
        <button type="button" className="button button-small rc-more" disabled={loading} onClick={loadMore}>
          {t('recruitment.members.more')}
        </button>
      )}
    </section>
  );
}
