import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyLanguage } from '@model/survey/definition';
import { useApi } from '@renderer/api/api-context';
import { Dialog } from '@renderer/components/dialog';
import { FormError } from '@renderer/components/form-error';
import { useAction } from '@renderer/hooks/use-action';
import { useAsync } from '@renderer/hooks/use-async';
import { navigate } from '@renderer/shell/hash-route';
import { SURVEYS_ID } from '../surveys-route';
import { NameLanguageFields } from './name-language-fields';

/** A limit as typed: empty is the workspace default (null); anything else a positive number. */
const limitOf = (text: string) => (text.trim() === '' ? null : Number(text.replace(',', '.')));

/** A new draft survey: its name, its language (one per survey) and, when it needs its own, its length limits. */
export function CreateSurveyDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const ids = { items: useId(), minutes: useId() };
  const defaults = useAsync(() => api.call('surveys.defaults', {}), [api]).data?.limits;
  const [title, setTitle] = useState('');
  const [language, setLanguage] = useState<SurveyLanguage>('en');
  const [items, setItems] = useState('');
  const [minutes, setMinutes] = useState('');
  const create = useAction(async () => {
    const { id } = await api.call('surveys.create', { title, language, limits: { items: limitOf(items), minutes: limitOf(minutes) } });
    onClose();
    navigate(SURVEYS_ID, id);
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim()) void create.run();
  };

  return (
    <Dialog title={t('surveys.create.title')} onClose={onClose}>
      <form className="dialog-body" onSubmit={submit} noValidate>
        <NameLanguageFields title={title} onTitle={setTitle} language={language} onLanguage={setLanguage} languageHint={t('surveys.create.languageHint')} />
        <div className="sv-field-row">
          <div className="field sv-small-field">
            <label htmlFor={ids.items}>{t('surveys.settings.itemLimit')}</label>
            <input id={ids.items} type="number" min={1} step={1} value={items} placeholder={String(defaults?.items ?? 25)} onChange={(e) => setItems(e.target.value)} />
          </div>
          <div className="field sv-small-field">
            <label htmlFor={ids.minutes}>{t('surveys.settings.minuteLimit')}</label>
            <input id={ids.minutes} type="number" min={1} step="any" value={minutes} placeholder={String(defaults?.minutes ?? 20)} onChange={(e) => setMinutes(e.target.value)} />
          </div>
        </div>
        <p className="field-hint">{t('surveys.create.limitsHint')}</p>
        <FormError error={create.error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={!title.trim() || create.busy}>
            {create.busy ? t('common.working') : t('surveys.create.confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
