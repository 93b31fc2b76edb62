import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '@api/index';
import { activityTypes, type LifecycleRules } from '@model/community/lifecycle-rules';
import { useApi } from '@renderer/api/api-context';
import { DataTable, type DataColumn } from '@renderer/components/data-table/data-table';
import { FormError } from '@renderer/components/form-error';
import { useAction } from '@renderer/hooks/use-action';
import { useAsync } from '@renderer/hooks/use-async';
import { useFormat } from '@renderer/i18n/format';
import { useNotify } from '@renderer/shell/notices';
import { Field } from './field';

type Counts = MethodOutput<'lifecycle.rules'>['counts'];

function NumberField({ label, value, onChange }: { label: string; value: number; onChange(n: number): void }) {
  return (
    <Field label={label} className="community-number">
      {(id) => <input id={id} type="number" min={1} value={value} onChange={(e) => onChange(Math.trunc(Number(e.target.value)))} />}
    </Field>
  );
}

/** #/community/lifecycle: the rules, editable, and the members per derived stage with the overrides. */
export function LifecycleRulesPage() {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const loaded = useAsync(() => api.call('lifecycle.rules', {}), [api]);
  const [rules, setRules] = useState<LifecycleRules | null>(null);
  const [answer, setAnswer] = useState<MethodOutput<'lifecycle.rules'> | null>(null);
  useEffect(() => {
    if (loaded.data) {
      setRules(loaded.data.rules);
      setAnswer(loaded.data);
    }
  }, [loaded.data]);
  const save = useAction(async () => {
    if (!rules) return;
    setAnswer(await api.call('lifecycle.saveRules', { rules }));
    notify('success', t('community.lifecycle.saved'));
  });
  if (!rules || !answer) return <FormError error={loaded.error} />;
  const set = <K extends keyof LifecycleRules>(key: K, patch: Partial<LifecycleRules[K]>) => setRules({ ...rules, [key]: { ...rules[key], ...patch } });
  const types = rules.participation.activityTypes;
  return (
    <div className="community-columns">
      <section className="card community-rules" aria-labelledby="lifecycle-rules-title">
        <h2 className="card-title" id="lifecycle-rules-title">
          {t('community.lifecycle.title')}
        </h2>
        <p className="card-caption">{t('community.lifecycle.intro')}</p>
        {answer.isDefault && <p className="field-hint">{t('community.lifecycle.isDefault')}</p>}
        <fieldset className="choice-group">
          <legend>{t('community.lifecycle.participation')}</legend>
          <label className="checkbox-field">
            <input type="checkbox" checked={rules.participation.surveys} onChange={(e) => set('participation', { surveys: e.target.checked })} />
            <span className="checkbox-label">{t('community.lifecycle.surveys')}</span>
          </label>
          <p className="community-subtitle">{t('community.lifecycle.activityTypes')}</p>
          <div className="community-types">
            {activityTypes.map((type) => (
              <label key={type} className="checkbox-field">
                <input
                  type="checkbox"
                  checked={types.includes(type)}
                  onChange={(e) => set('participation', { activityTypes: e.target.checked ? [...types, type] : types.filter((x) => x !== type) })}
                />
                <span className="checkbox-label">{t(`community.mapping.type.${type}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="choice-group">
          <legend>{t('community.lifecycle.acquisition')}</legend>
          <label className="checkbox-field">
            <input type="checkbox" checked={rules.acquisition.requireJoinDate} onChange={(e) => set('acquisition', { requireJoinDate: e.target.checked })} />
            <span className="checkbox-label">{t('community.lifecycle.requireJoinDate')}</span>
          </label>
        </fieldset>
        <fieldset className="choice-group">
          <legend>{t('community.lifecycle.activation')}</legend>
          <NumberField label={t('community.lifecycle.minParticipations')} value={rules.activation.minParticipations} onChange={(n) => set('activation', { minParticipations: n })} />
        </fieldset>
        <fieldset className="choice-group">
          <legend>{t('community.lifecycle.retention')}</legend>
          <NumberField label={t('community.lifecycle.minParticipations')} value={rules.retention.minParticipations} onChange={(n) => set('retention', { minParticipations: n })} />
          <NumberField label={t('community.lifecycle.withinDays')} value={rules.retention.withinDays} onChange={(n) => set('retention', { withinDays: n })} />
        </fieldset>
        <fieldset className="choice-group">
          <legend>{t('community.lifecycle.monetization')}</legend>
          <NumberField label={t('community.lifecycle.minPurchases')} value={rules.monetization.minPurchases} onChange={(n) => set('monetization', { minPurchases: n })} />
          <NumberField label={t('community.lifecycle.withinDays')} value={rules.monetization.withinDays} onChange={(n) => set('monetization', { withinDays: n })} />
        </fieldset>
        <fieldset className="choice-group">
          <legend>{t('community.lifecycle.rfm')}</legend>
          <NumberField label={t('community.lifecycle.periodDays')} value={rules.rfm.periodDays} onChange={(n) => set('rfm', { periodDays: n })} />
          <Field label={t('community.lifecycle.currency')} className="community-number">
            {(id) => <input id={id} type="text" maxLength={3} value={rules.rfm.currency ?? ''} onChange={(e) => set('rfm', { currency: e.target.value.trim().toUpperCase() || null })} />}
          </Field>
        </fieldset>
        <FormError error={save.error} />
        <div className="wizard-actions">
          <button type="button" className="button button-primary" disabled={save.busy} onClick={() => void save.run()}>
            {save.busy ? t('common.working') : t('community.lifecycle.save')}
          </button>
        </div>
      </section>
      <StageCounts counts={answer.counts} />
    </div>
  );
}

function StageCounts({ counts }: { counts: Counts }) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: DataColumn<Counts['derived'][number]>[] = [
    { id: 'stage', header: t('community.lifecycle.stage'), rowHeader: true, cell: (r) => (r.stage ? t(`member.lifecycleStage.${r.stage}`) : t('community.lifecycle.noStage')) },
    { id: 'members', header: t('community.lifecycle.members'), numeric: true, cell: (r) => format.count(r.members) },
  ];
  return (
    <section className="card" aria-labelledby="lifecycle-counts-title">
      <h2 className="card-title" id="lifecycle-counts-title">
        {t('community.lifecycle.counts')}
      </h2>
      <DataTable columns={columns} rows={counts.derived} rowKey={(r) => r.stage ?? ''} />
      <p className="field-hint">{t('community.lifecycle.overrides', { n: format.count(counts.overrides), differing: format.count(counts.overridesDiffering) })}</p>
    </section>
  );
}
