import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '@renderer/api/api-context';
import { FormError } from '@renderer/components/form-error';
import { useAction } from '@renderer/hooks/use-action';
import { useAsync } from '@renderer/hooks/use-async';
import { useNotify } from '@renderer/shell/notices';
import { useWorkspace } from '@renderer/shell/workspace-context';

const whole = (text: string, min: number, max: number) => {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : null;
};

/** The workspace's frequency cap: at most N invitations per member within D days, across campaigns. */
export function FrequencyCapCard() {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const { info } = useWorkspace();
  const ids = { max: useId(), days: useId() };
  const cap = useAsync(() => api.call('campaigns.frequencyCap', {}), [api, info?.path]);
  const [max, setMax] = useState('');
  const [days, setDays] = useState('');
  useEffect(() => {
    if (!cap.data) return;
    setMax(String(cap.data.maxContacts));
    setDays(String(cap.data.days));
  }, [cap.data]);
  const maxValue = whole(max, 1, 100);
  const daysValue = whole(days, 1, 365);
  const saved = cap.data;
  const ready = saved !== null;
  const changed = saved !== null && (maxValue !== saved.maxContacts || daysValue !== saved.days);

  const save = useAction(async () => {
    if (maxValue === null || daysValue === null) return;
    await api.call('campaigns.setFrequencyCap', { maxContacts: maxValue, days: daysValue });
    cap.reload();
    notify('success', t('recruitment.cap.saved', { max: maxValue, days: daysValue }));
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.run();
  };

  return (
    <form className="card rc-cap-card" onSubmit={submit} aria-labelledby="rc-cap-title" noValidate>
      <h2 id="rc-cap-title" className="card-title">
        {t('recruitment.cap.title')}
      </h2>
      <p className="card-caption">{t('recruitment.cap.caption')}</p>
      <FormError error={cap.error ?? save.error} />
      <div className="rc-cap-fields">
        <div className="field">
          <label htmlFor={ids.max}>{t('recruitment.cap.max')}</label>
          <input id={ids.max} inputMode="numeric" value={max} onChange={(e) => setMax(e.target.value)} aria-invalid={ready && maxValue === null} />
          {ready && maxValue === null && <p className="field-error">{t('recruitment.cap.maxProblem')}</p>}
        </div>
        <div className="field">
          <label htmlFor={ids.days}>{t('recruitment.cap.days')}</label>
          <input id={ids.days} inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} aria-invalid={ready && daysValue === null} />
          {ready && daysValue === null && <p className="field-error">{t('recruitment.cap.daysProblem')}</p>}
        </div>
        <button type="submit" className="button" disabled={!changed || save.busy || maxValue === null || daysValue === null}>
          {t('recruitment.cap.save')}
        </button>
      </div>
    </form>
  );
}
