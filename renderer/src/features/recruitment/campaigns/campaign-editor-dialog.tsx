import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '@api/campaigns';
import { useApi } from '@renderer/api/api-context';
import { Dialog } from '@renderer/components/dialog';
import { FilterBuilder } from '@renderer/components/filter-builder/filter-builder';
import { draftToFilter } from '@renderer/components/filter-builder/filter-draft';
import { useFilterText } from '@renderer/components/filter-builder/filter-text';
import { FormError } from '@renderer/components/form-error';
import { CloseIcon } from '@renderer/components/icons';
import { useAction } from '@renderer/hooks/use-action';
import { useFilterVocabulary } from '@renderer/components/filter-builder/filter-vocabulary';
import { campaignForm, campaignValues, newQuotaForm, type CampaignForm, type CampaignFormProblems, type QuotaForm } from './campaign-form';

export interface CampaignEditorDialogProps {
  /** null: a new draft. */
  campaign: Campaign | null;
  onClose(): void;
  onSaved(campaign: Campaign): void;
}

/**
 * Name, description, qualification rules (a member filter), an overall target and quotas per
 * segment. Once started, the rules and quota segments are fixed: members were judged by them.
 */
export function CampaignEditorDialog({ campaign, onClose, onSaved }: CampaignEditorDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const { catalog } = useFilterVocabulary();
  const filterText = useFilterText();
  const ids = { name: useId(), description: useId(), target: useId(), rules: useId() };
  const fixed = campaign !== null && campaign.status !== 'draft';
  const [form, setForm] = useState<CampaignForm>(() => campaignForm(campaign));
  const [problems, setProblems] = useState<CampaignFormProblems | null>(null);
  const patch = (p: Partial<CampaignForm>) => setForm({ ...form, ...p });
  const setQuota = (key: number, p: Partial<QuotaForm>) => patch({ quotas: form.quotas.map((q) => (q.key === key ? { ...q, ...p } : q)) });

  const save = useAction(async () => {
    const parsed = campaignValues(form, catalog, fixed);
    if ('problems' in parsed) {
      setProblems(parsed.problems);
      return;
    }
    setProblems(null);
    const v = parsed.values;
    const saved = campaign
      ? await api.call('campaigns.update', fixed ? { campaignId: campaign.id, name: v.name, description: v.description, target: v.target, quotas: v.quotas } : { campaignId: campaign.id, ...v })
      : await api.call('campaigns.create', v);
    onSaved(saved);
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.run();
  };

  // Live: the rules in words as they are built, once every condition is complete.
  const rulesNow = form.rules ? draftToFilter(form.rules, catalog) : null;

  return (
    <Dialog title={campaign ? t('recruitment.editor.editTitle') : t('recruitment.editor.newTitle')} onClose={onClose} size="wide">
      <form className="dialog-body rc-editor" onSubmit={submit} noValidate>
        {fixed && <p className="rc-notice-inline">{t('recruitment.editor.fixedNote')}</p>}
        <div className="field">
          <label htmlFor={ids.name}>{t('recruitment.editor.name')}</label>
          <input id={ids.name} data-autofocus value={form.name} maxLength={200} onChange={(e) => patch({ name: e.target.value })} aria-invalid={problems?.name ?? false} />
          {problems?.name && <p className="field-error">{t('recruitment.editor.nameRequired')}</p>}
        </div>
        <div className="field">
          <label htmlFor={ids.description}>{t('recruitment.editor.description')}</label>
          <textarea id={ids.description} rows={2} maxLength={2000} value={form.description} onChange={(e) => patch({ description: e.target.value })} />
        </div>

        <fieldset className="rc-editor-section">
          <legend className="rc-legend">{t('recruitment.editor.rules')}</legend>
          <p className="field-hint">{t('recruitment.editor.rulesHint')}</p>
          {form.rules && !fixed ? (
            <FilterBuilder draft={form.rules} onChange={(rules) => patch({ rules })} label={t('recruitment.editor.rules')} problems={problems?.rules} firstField="openness" />
          ) : (
            <p className="filter-words">{filterText(form.storedRules)}</p>
          )}
          {rulesNow && !fixed && rulesNow.problems.size === 0 && <p className="filter-words">{t('recruitment.editor.rulesInWords', { text: filterText(rulesNow.filter) })}</p>}
        </fieldset>

        <div className="field rc-field-narrow">
          <label htmlFor={ids.target}>{t('recruitment.editor.target')}</label>
          <input id={ids.target} inputMode="numeric" value={form.target} onChange={(e) => patch({ target: e.target.value })} aria-invalid={problems?.target ?? false} />
          <span className="field-hint">{t('recruitment.editor.targetHint')}</span>
          {problems?.target && <p className="field-error">{t('recruitment.editor.targetProblem')}</p>}
        </div>

        <fieldset className="rc-editor-section">
          <legend className="rc-legend">{t('recruitment.editor.quotas')}</legend>
          <p className="field-hint">{t('recruitment.editor.quotasHint')}</p>
          {form.quotas.map((quota, index) => (
            <QuotaEditor
              key={quota.key}
              quota={quota}
              index={index}
              fixed={fixed}
              problems={problems}
              onChange={(p) => setQuota(quota.key, p)}
              onRemove={() => patch({ quotas: form.quotas.filter((q) => q.key !== quota.key) })}
            />
          ))}
          {!fixed && (
            <div>
              <button type="button" className="button button-small" onClick={() => patch({ quotas: [...form.quotas, newQuotaForm(catalog)] })}>
                {t('recruitment.editor.addQuota')}
              </button>
            </div>
          )}
        </fieldset>

        {problems && <p className="field-error">{t('recruitment.editor.fixProblems')}</p>}
        <FormError error={save.error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={save.busy}>
            {save.busy ? t('common.working') : campaign ? t('recruitment.editor.save') : t('recruitment.editor.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

interface QuotaEditorProps {
  quota: QuotaForm;
  index: number;
  fixed: boolean;
  problems: CampaignFormProblems | null;
  onChange(p: Partial<QuotaForm>): void;
  onRemove(): void;
}

function QuotaEditor({ quota, index, fixed, problems, onChange, onRemove }: QuotaEditorProps) {
  const { t } = useTranslation();
  const filterText = useFilterText();
  const ids = { label: useId(), target: useId() };
  const labelProblem = problems?.quotaLabel.has(quota.key) ?? false;
  const targetProblem = problems?.quotaTarget.has(quota.key) ?? false;
  const n = index + 1;
  return (
    <div className="rc-quota-editor" role="group" aria-label={t('recruitment.editor.quotaN', { n })}>
      <div className="rc-quota-editor-head">
        <div className="field">
          <label htmlFor={ids.label}>{t('recruitment.editor.quotaLabel')}</label>
          <input id={ids.label} value={quota.label} maxLength={100} placeholder={t('recruitment.editor.quotaLabelExample')} onChange={(e) => onChange({ label: e.target.value })} aria-invalid={labelProblem} />
          {labelProblem && <p className="field-error">{t('recruitment.editor.quotaLabelRequired')}</p>}
        </div>
        <div className="field rc-quota-target">
          <label htmlFor={ids.target}>{t('recruitment.editor.quotaTarget')}</label>
          <input id={ids.target} inputMode="numeric" value={quota.target} onChange={(e) => onChange({ target: e.target.value })} aria-invalid={targetProblem} />
          {targetProblem && <p className="field-error">{t('recruitment.editor.quotaTargetProblem')}</p>}
        </div>
        {!fixed && (
          <button type="button" className="icon-button rc-quota-remove" onClick={onRemove} aria-label={t('recruitment.editor.removeQuota', { n })} title={t('recruitment.editor.removeQuota', { n })}>
            <CloseIcon />
          </button>
        )}
      </div>
      <span className="rc-quota-segment-label">{t('recruitment.editor.segment')}</span>
      {quota.draft && !fixed ? (
        <FilterBuilder draft={quota.draft} onChange={(draft) => onChange({ draft })} label={t('recruitment.editor.segmentOf', { n })} problems={problems?.quotaFilter.get(quota.key)} firstField="country" />
      ) : (
        <p className="filter-words">{filterText(quota.stored)}</p>
      )}
    </div>
  );
}
