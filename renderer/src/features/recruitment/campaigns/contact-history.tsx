import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '@renderer/api/api-context';
import type { MethodOutput } from '@api/index';
import { DataTable, type DataColumn } from '@renderer/components/data-table/data-table';
import { FormError } from '@renderer/components/form-error';
import { useFormat } from '@renderer/i18n/format';
import type { MemberNames } from './campaign-members';
import { usePagedList } from './use-paged-list';

const PAGE = 50;
type Contact = MethodOutput<'campaigns.contactHistory'>['rows'][number];

/** The campaign's invitations, newest first: when, to whom, by which channel and who sent them. */
export function ContactHistory({ campaignId, version, names }: { campaignId: number; version: number; names: MemberNames }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const fetchPage = useCallback((cursor: string | null) => api.call('campaigns.contactHistory', { campaignId, cursor, limit: PAGE }), [api, campaignId]);
  const { rows, more, loading, error, loadMore } = usePagedList(fetchPage, version);

  const channel = (c: string) => (['email', 'sms', 'in-app', 'phone'].includes(c) ? t(`recruitment.invite.channels.${c as 'email'}`) : c);
  const columns: DataColumn<Contact>[] = [
    { id: 'when', header: t('recruitment.history.col.when'), className: 'rc-date', cell: (r) => format.dateTime(r.contactedAt) },
    {
      id: 'member',
      header: t('recruitment.shortlist.col.member'),
      className: 'rc-member',
      cell: (r) => {
        const member = names.get(r.memberId);
        return (
          <>
            <span className="rc-code">{member?.code ?? t('recruitment.history.memberId', { id: r.memberId })}</span>
            {member && <span className="rc-name">{member.name ?? t('member.anonymous')}</span>}
          </>
        );
      },
    },
    { id: 'channel', header: t('recruitment.history.col.channel'), cell: (r) => channel(r.channel) },
    { id: 'by', header: t('recruitment.history.col.by'), cell: (r) => r.actor },
  ];

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
        <DataTable caption={t('recruitment.history.title')} className="rc-history-table" fixed busy={loading} columns={columns} rows={rows} rowKey={(r) => r.id} />
      )}
      {more && (
        <button type="button" className="button button-small rc-more" disabled={loading} onClick={loadMore}>
          {t('recruitment.members.more')}
        </button>
      )}
    </section>
  );
}
