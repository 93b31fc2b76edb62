import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CloseIcon, SearchIcon } from '@renderer/components/icons';

/** Typing pauses this long before the search runs, so each keystroke does not query a large panel. */
const SEARCH_DELAY_MS = 300;

/**
 * The quick search box: full-text search in the core (any script: 王伟, Иванова, smith). It sends
 * the text once typing pauses, or at once on Enter.
 */
export function QuickSearch({ value, onSearch }: { value: string; onSearch: (text: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // A saved view or a cleared filter sets the search from outside.
  useEffect(() => setText(value), [value]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const send = (next: string) => {
    clearTimeout(timer.current);
    onSearch(next.trim());
  };

  return (
    <div className="quick-search" role="search">
      <label htmlFor={id} className="quick-search-icon" title={t('panel.search.label')}>
        <SearchIcon />
        <span className="visually-hidden">{t('panel.search.label')}</span>
      </label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder={t('panel.search.placeholder')}
        maxLength={200}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => send(next), SEARCH_DELAY_MS);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') send(text);
        }}
      />
      {text !== '' && (
        <button
          type="button"
          className="icon-button quick-search-clear"
          aria-label={t('panel.search.clear')}
          onClick={() => {
            setText('');
            send('');
          }}
        >
          <CloseIcon />
        </button>
      )}
    </div>
  );
}
