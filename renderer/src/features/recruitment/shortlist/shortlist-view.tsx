import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '@renderer/api/api-context';
import { EmptyState } from '@renderer/components/empty-state';
import { OptionalFilter } from '@renderer/components/filter-builder/optional-filter';
import { FormError } from '@renderer/components/form-error';
import { useAction } from '@renderer/hooks/use-action';
import { useFilterVocabulary } from '@renderer/components/filter-builder/filter-vocabulary';
import { useShortlist } from './shortlist-context';
import { shortlistInput, type SettingsProblems, type ShortlistSettings } from './shortlist-settings';
import { ShortlistResults } from './shortlist-results';
import { QuotaRows } from './quota-rows';
import { WeightsFieldset } from './weights-fieldset';

const noProblems: SettingsProblems = { weights: false, limit: false, windowDays: false, quotas: new Set(), filter: new Map() };

/** Seed users: rank contactable scored members by weighted openness and engagement, under quotas per segment. */
export function ShortlistView() {
  const { t } = useTranslation();
  const api = useApi();
  const { catalog } = useFilterVocabulary();
  const { settings, setSettings, result, setResult } = useShortlist();
  const [problems, setProblems] = useState<SettingsProblems>(noProblems);
  const ids = { limit: useId(), window: useId() };
  const patch = (p: Partial<ShortlistSettings>) => setSettings({ ...settings, ...p });

  const build = useAction(async () => {
    const parsed = shortlistInput(settings, catalog);
    if ('problems' in parsed) {
      setProblems(parsed.problems);
      return;
    }
    setProblems(noProblems);
    setResult(await api.call('recruitment.seedCandidates', parsed.input));
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void build.run();
  };

  return (
    <>
      <form className="card rc-shortlist-form" onSubmit={submit} aria-labelledby="rc-shortlist-form-title" noValidate>
        <div>
          <h2 id="rc-shortlist-form-title" className="card-title">
            {t('recruitment.shortlist.formTitle')}
          </h2>
          <p className="card-caption">{t('recruitment.shortlist.formCaption')}</p>
        </div>
        <div className="rc-shortlist-grid">
          <WeightsFieldset weights={settings.weights} onChange={(weights) => patch({ weights })} windowDays={settings.windowDays} />
          <div className="rc-shortlist-side">
            <div className="rc-number-fields">
              <div className="field">
                <label htmlFor={ids.limit}>{t('recruitment.shortlist.limit')}</label>
                <input id={ids.limit} inputMode="numeric" value={settings.limit} aria-invalid={problems.limit} onChange={(e) => patch({ limit: e.target.value })} />
                {problems.limit && <p className="field-error">{t('recruitment.shortlist.limitProblem')}</p>}
              </div>
              <div className="field">
                <label htmlFor={ids.window}>{t('recruitment.shortlist.windowDays')}</label>
                <input id={ids.window} inputMode="numeric" value={settings.windowDays} aria-invalid={problems.windowDays} onChange={(e) => patch({ windowDays: e.target.value })} />
                {problems.windowDays && <p className="field-error">{t('recruitment.shortlist.windowProblem')}</p>}
              </div>
            </div>
            <QuotaRows quotas={settings.quotas} onChange={(quotas) => patch({ quotas })} problems={problems.quotas} />
          </div>
        </div>
        <OptionalFilter draft={settings.filter} onChange={(filter) => patch({ filter })} label={t('recruitment.shortlist.onlyFilter')} problems={problems.filter} />
        <FormError error={build.error} />
        <div className="rc-form-actions">
          <button type="submit" className="button button-primary" disabled={build.busy}>
            {build.busy ? t('common.working') : t('recruitment.shortlist.build')}
          </button>
        </div>
      </form>
      {result ? (
        <ShortlistResults result={result} />
      ) : (
        <EmptyState title={t('recruitment.shortlist.emptyTitle')}>{t('recruitment.shortlist.emptyBody')}</EmptyState>
      )}
    </>
  );
}
