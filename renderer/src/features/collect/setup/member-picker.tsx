import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '@renderer/api/api-context';
import { FormError } from '@renderer/components/form-error';
import { useAsync } from '@renderer/hooks/use-async';

/** Quick search typed this long ago is asked for: not on every keystroke. */
const SEARCH_DELAY_MS = 250;

/** The panel member who will answer: quick search (name, email, code) and a short list to choose from. */
export function MemberPicker({ memberId, onChoose }: { memberId: number | null; onChoose(memberId: number): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const searchId = useId();
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const found = useAsync(() => api.call('members.list', { search: search || null, limit: 8 }), [api, search]);
  const rows = found.data?.rows ?? [];

  return (
    <div className="collect-member-picker">
      <div className="field">
        <label htmlFor={searchId}>{t('collect.setup.memberSearch')}</label>
        <input id={searchId} type="search" value={typed} placeholder={t('collect.setup.memberSearchPlaceholder')} onChange={(e) => setTyped(e.target.value)} />
      </div>
      <FormError error={found.error} />
      {found.data && rows.length === 0 && <p className="muted">{t('collect.setup.noMembers')}</p>}
      <ul className="collect-member-list" aria-busy={found.loading}>
        {rows.map((m) => (
          <li key={m.id}>
            <label className="collect-member">
              <input type="radio" name="kiosk-member" checked={memberId === m.id} onChange={() => onChoose(m.id)} />
              <span className="collect-member-name">{m.name ?? m.code}</span>
              {m.name && <span className="muted">{m.code}</span>}
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
