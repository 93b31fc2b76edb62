import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronDownIcon, GlobeIcon } from '@renderer/components/icons';
import { languages } from '@renderer/i18n/languages';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id} title={t('header.language')}>
        <GlobeIcon />
        <span className="visually-hidden">{t('header.language')}</span>
      </label>
      <span className="select-wrap">
        <select id={id} value={i18n.language} onChange={(e) => void i18n.changeLanguage(e.target.value)}>
          {languages.map((language) => (
            <option key={language.code} value={language.code} lang={language.code}>
              {language.label}
            </option>
          ))}
        </select>
        <ChevronDownIcon className="select-chevron" />
      </span>
    </div>
  );
}
