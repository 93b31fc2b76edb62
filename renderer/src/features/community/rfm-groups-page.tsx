import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '@api/index';
import { useApi } from '@renderer/api/api-context';
import { DataTable, type DataColumn } from '@renderer/components/data-table/data-table';
import { FormError } from '@renderer/components/form-error';
import { useAsync } from '@renderer/hooks/use-async';
import { useFormat } from '@renderer/i18n/format';
import { Field } from './field';

type Group = MethodOutput<'rfm.groups'>['groups'][number];

/** #/community/rfm: the groups over a chosen period (default: the rules' period), each with its rule and members. */
export function RfmGroupsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const groups = useAsync(() => api.call('rfm.groups', { from: from || undefined, to: to || undefined }), [api, from, to]);
  const data = groups.data;
  const columns: DataColumn<Group>[] = [
    { id: 'group', header: t('community.rfm.group'), rowHeader: true, cell: (g) => t(`community.rfm.name.${g.group}`) },
    { id: 'rule', header: t('community.rfm.rule'), cell: (g) => <span className="rfm-rule">{g.ruleText ?? t('community.rfm.noRule')}</span> },
    { id: 'members', header: t('community.rfm.members'), numeric: true, cell: (g) => format.count(g.members) },
  ];
  return (
    <section className="card" aria-labelledby="rfm-title" aria-busy={groups.loading}>
      <h2 className="card-title" id="rfm-title">
        {t('community.rfm.title')}
      </h2>
      <p className="card-caption">{t('community.rfm.intro')}</p>
      <div className="community-fields">
        <Field label={t('community.rfm.from')}>{(id) => <input id={id} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />}</Field>
        <Field label={t('community.rfm.to')}>{(id) => <input id={id} type="date" value={to} onChange={(e) => setTo(e.target.value)} />}</Field>
      </div>
      <FormError error={groups.error} />
      {data && (
        <>
          <p>{t('community.rfm.period', { from: data.period.from, to: data.period.to, currency: data.currency ?? '—', scored: format.count(data.scored), none: format.count(data.noPurchases) })}</p>
          <DataTable columns={columns} rows={data.groups} rowKey={(g) => g.group} />
        </>
      )}
    </section>
  );
}
