import { useTranslation } from 'react-i18next';
import { ATTRIBUTE_PREFIX } from '@model/members/member-fields';
import { segmentFields } from '@model/recruitment/segment-fields';
import { CloseIcon } from '@renderer/components/icons';
import { useMemberLabels } from '@renderer/members/member-labels';
import { useMemberVocabulary } from '@renderer/members/member-vocabulary';
import { MAX_QUOTAS, newQuota, type QuotaDraft } from './shortlist-settings';

/** "At most N per <field>" rows that keep the shortlist diverse. */
export function QuotaRows({ quotas, onChange, problems }: { quotas: QuotaDraft[]; onChange(q: QuotaDraft[]): void; problems: ReadonlySet<number> }) {
  const { t } = useTranslation();
  const { attributes } = useMemberVocabulary();
  const labels = useMemberLabels();
  const fields = [...segmentFields, ...attributes.map((a) => `${ATTRIBUTE_PREFIX}${a.key}`)];
  const set = (key: number, patch: Partial<QuotaDraft>) => onChange(quotas.map((q) => (q.key === key ? { ...q, ...patch } : q)));
  const unused = fields.find((f) => !quotas.some((q) => q.field === f));

  return (
    <fieldset className="rc-quotas">
      <legend className="rc-legend">{t('recruitment.shortlist.quotas')}</legend>
      {quotas.length === 0 && <p className="muted rc-quota-none">{t('recruitment.shortlist.noQuotas')}</p>}
      {quotas.map((quota, index) => {
        const invalid = problems.has(quota.key);
        return (
          <div key={quota.key} className="rc-quota" role="group" aria-label={t('recruitment.shortlist.quotaN', { n: index + 1 })}>
            <select className="rc-quota-field" aria-label={t('recruitment.shortlist.quotaField')} value={quota.field} onChange={(e) => set(quota.key, { field: e.target.value })}>
              {fields.map((f) => (
                <option key={f} value={f} disabled={f !== quota.field && quotas.some((q) => q.field === f)}>
                  {labels.field(f)}
                </option>
              ))}
            </select>
            <span className="rc-quota-text">{t('recruitment.shortlist.maxPerValue')}</span>
            <input
              className="rc-quota-max"
              inputMode="numeric"
              value={quota.max}
              aria-label={t('recruitment.shortlist.quotaMax')}
              aria-invalid={invalid}
              onChange={(e) => set(quota.key, { max: e.target.value })}
            />
            <button type="button" className="icon-button" onClick={() => onChange(quotas.filter((q) => q.key !== quota.key))} aria-label={t('recruitment.shortlist.removeQuota', { n: index + 1 })}>
              <CloseIcon />
            </button>
            {invalid && <p className="field-error rc-quota-problem">{t('recruitment.shortlist.quotaMaxProblem')}</p>}
          </div>
        );
      })}
      <div>
        <button type="button" className="button button-small" disabled={quotas.length >= MAX_QUOTAS || !unused} onClick={() => onChange([...quotas, newQuota(unused)])}>
          {t('recruitment.shortlist.addQuota')}
        </button>
      </div>
    </fieldset>
  );
}
