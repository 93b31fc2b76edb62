import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyDetail } from '@api/surveys';
import { identificationModes, questionEntries, type Limits, type SurveyDefinition, type SurveySettings } from '@model/survey/definition';
import { useApi } from '@renderer/api/api-context';
import { FormError } from '@renderer/components/form-error';
import { useAction } from '@renderer/hooks/use-action';
import { useDesignerActions } from './designer-context';
import { FieldIssues } from './field-issues';
import { issuesUnder, type IssuePlaces } from './issue-places';
import { PipedTextField } from './piped-text-field';

/**
 * The survey's settings: its name (saved on its own), who may answer, the response cap, the reward
 * points per completed response, the end and quota-full messages and its own length limits (empty: the workspace default). Everything but
 * the name is part of the definition, so it is undone and autosaved with the questions.
 */
export function SettingsTab({ detail, definition, places, workspaceLimits, onSaved }: {
  detail: SurveyDetail;
  definition: SurveyDefinition;
  places: IssuePlaces;
  workspaceLimits: Limits | null;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const actions = useDesignerActions();
  const ids = { title: useId(), description: useId(), identification: useId(), cap: useId(), reward: useId(), rewardHint: useId(), items: useId(), minutes: useId() };
  const [title, setTitle] = useState(detail.title);
  const [description, setDescription] = useState(detail.description ?? '');
  const saveNames = useAction(async () => {
    await api.call('surveys.update', { id: detail.id, title, description: description.trim() === '' ? null : description });
    onSaved();
  });
  const settings = definition.settings;
  const set = (patch: Partial<SurveySettings>, field: string) => actions.edit((d) => ({ ...d, settings: { ...d.settings, ...patch } }), `settings.${field}`);
  const setLimit = (kind: keyof Limits, text: string) => {
    const n = text === '' ? null : Number(text);
    set({ limits: { ...settings.limits, [kind]: n === null || Number.isNaN(n) ? null : n } }, `limits.${kind}`);
  };
  const all = questionEntries(definition).filter((e) => e.question.type !== 'info');
  const issues = places.other;
  const namesChanged = title.trim() !== detail.title || (description.trim() || null) !== detail.description;

  return (
    <div className="sv-settings">
      <section className="card sv-settings-card">
        <h2 className="card-title">{t('surveys.settings.names')}</h2>
        <div className="field">
          <label htmlFor={ids.title}>{t('surveys.settings.title')}</label>
          <input id={ids.title} value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.description}>{t('surveys.settings.description')}</label>
          <textarea id={ids.description} rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
        </div>
        <FormError error={saveNames.error} />
        <div className="sv-card-actions">
          <button type="button" className="button" disabled={!namesChanged || title.trim() === '' || saveNames.busy} onClick={() => void saveNames.run()}>
            {t('surveys.settings.saveNames')}
          </button>
        </div>
      </section>

      <section className="card sv-settings-card">
        <h2 className="card-title">{t('surveys.settings.respondents')}</h2>
        <div className="field">
          <label htmlFor={ids.identification}>{t('surveys.settings.identification')}</label>
          <select id={ids.identification} value={settings.identification} onChange={(e) => set({ identification: e.target.value as SurveySettings['identification'] }, 'identification')}>
            {identificationModes.map((mode) => (
              <option key={mode} value={mode}>
                {t(`surveys.settings.identify.${mode}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.cap}>{t('surveys.settings.responseCap')}</label>
          <input
            id={ids.cap}
            type="number"
            min={1}
            step={1}
            value={settings.responseCap ?? ''}
            placeholder={t('surveys.settings.noCap')}
            onChange={(e) => set({ responseCap: e.target.value === '' ? null : Math.max(1, Math.round(Number(e.target.value))) }, 'responseCap')}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.reward}>{t('surveys.settings.rewardPoints')}</label>
          <input
            id={ids.reward}
            type="number"
            min={0}
            step={1}
            value={settings.rewardPoints}
            aria-describedby={ids.rewardHint}
            onChange={(e) => set({ rewardPoints: e.target.value === '' ? 0 : Math.max(0, Math.round(Number(e.target.value)) || 0) }, 'rewardPoints')}
          />
          <p id={ids.rewardHint} className="field-hint">
            {t('surveys.settings.rewardPointsHint')}
          </p>
          <FieldIssues issues={issuesUnder(issues, ['settings', 'rewardPoints'])} />
        </div>
        <PipedTextField
          label={t('surveys.settings.endMessage')}
          value={settings.endMessage ?? ''}
          placeholder={t('surveys.settings.standardMessage')}
          onChange={(v) => set({ endMessage: v === '' ? null : v }, 'endMessage')}
          available={all}
          definition={definition}
          issues={issuesUnder(issues, ['settings', 'endMessage'])}
          multiline
        />
        <PipedTextField
          label={t('surveys.settings.quotaFullMessage')}
          value={settings.quotaFullMessage ?? ''}
          placeholder={t('surveys.settings.standardMessage')}
          onChange={(v) => set({ quotaFullMessage: v === '' ? null : v }, 'quotaFullMessage')}
          available={all}
          definition={definition}
          issues={issuesUnder(issues, ['settings', 'quotaFullMessage'])}
          multiline
        />
      </section>

      <section className="card sv-settings-card">
        <h2 className="card-title">{t('surveys.settings.limits')}</h2>
        <p className="card-caption">{t('surveys.settings.limitsHint', { items: workspaceLimits?.items ?? 25, minutes: workspaceLimits?.minutes ?? 20 })}</p>
        <div className="sv-field-row">
          <div className="field sv-small-field">
            <label htmlFor={ids.items}>{t('surveys.settings.itemLimit')}</label>
            <input id={ids.items} type="number" min={1} step={1} value={settings.limits.items ?? ''} placeholder={String(workspaceLimits?.items ?? 25)} onChange={(e) => setLimit('items', e.target.value)} />
          </div>
          <div className="field sv-small-field">
            <label htmlFor={ids.minutes}>{t('surveys.settings.minuteLimit')}</label>
            <input id={ids.minutes} type="number" min={1} step="any" value={settings.limits.minutes ?? ''} placeholder={String(workspaceLimits?.minutes ?? 20)} onChange={(e) => setLimit('minutes', e.target.value)} />
          </div>
        </div>
        <FieldIssues issues={issuesUnder(issues, ['settings', 'limits'])} />
        <FieldIssues issues={issues.filter((p) => p.at[0] !== 'settings')} />
      </section>
    </div>
  );
}
