import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '@renderer/api/api-context';
import { FormError } from '@renderer/components/form-error';
import { Popover } from '@renderer/components/popover';
import { useAction } from '@renderer/hooks/use-action';
import { useAsync } from '@renderer/hooks/use-async';
import { useNotify } from '@renderer/shell/notices';

/** The workspace's default length limits (25 items and 20 minutes until changed), for surveys without their own. */
export function DefaultLimits() {
  const { t } = useTranslation();
  const api = useApi();
  const current = useAsync(() => api.call('surveys.defaults', {}), [api]);
  const limits = current.data?.limits;
  return (
    <Popover label={limits ? t('surveys.defaults.button', { items: limits.items, minutes: limits.minutes }) : t('surveys.defaults.title')} title={t('surveys.defaults.title')} align="end">
      {(close) => limits && <DefaultLimitsForm items={limits.items} minutes={limits.minutes} onDone={() => (current.reload(), close())} />}
    </Popover>
  );
}

function DefaultLimitsForm({ items, minutes, onDone }: { items: number; minutes: number; onDone(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const ids = { items: useId(), minutes: useId() };
  const [itemText, setItemText] = useState(String(items));
  const [minuteText, setMinuteText] = useState(String(minutes));
  const save = useAction(async () => {
    const saved = await api.call('surveys.setDefaults', { limits: { items: Number(itemText), minutes: Number(minuteText.replace(',', '.')) } });
    notify('success', t('surveys.defaults.saved', { items: saved.limits.items, minutes: saved.limits.minutes }));
    onDone();
  });
  return (
    <form
      className="sv-popover-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save.run();
      }}
    >
      <p className="field-hint">{t('surveys.defaults.hint')}</p>
      <div className="field">
        <label htmlFor={ids.items}>{t('surveys.settings.itemLimit')}</label>
        <input id={ids.items} type="number" min={1} step={1} value={itemText} onChange={(e) => setItemText(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={ids.minutes}>{t('surveys.settings.minuteLimit')}</label>
        <input id={ids.minutes} type="number" min={1} step="any" value={minuteText} onChange={(e) => setMinuteText(e.target.value)} />
      </div>
      <FormError error={save.error} />
      <button type="submit" className="button button-primary button-small" disabled={save.busy}>
        {t('surveys.defaults.save')}
      </button>
    </form>
  );
}
