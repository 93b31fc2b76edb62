import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { instrumentLanguages, type InstrumentLanguage } from '@model/recruitment/ipip-openness-instrument';
import { useApi } from '@renderer/api/api-context';
import { FormError } from '@renderer/components/form-error';
import { useAsync } from '@renderer/hooks/use-async';
import { instrumentLanguage } from '../recruitment-format';

/** The built-in screener as members see it, in the UI's language by default, with reverse-keyed items marked. */
export function InstrumentCard() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const selectId = useId();
  const instrument = useAsync(() => api.call('recruitment.instrument', {}), [api]);
  const [chosen, setChosen] = useState<InstrumentLanguage | null>(null);
  const language = chosen ?? instrumentLanguage(i18n.language);
  const data = instrument.data;

  return (
    <section className="card rc-instrument" aria-labelledby="rc-instrument-title">
      <div className="rc-card-head">
        <div className="rc-card-head-text">
          <h2 id="rc-instrument-title" className="card-title">
            {t('recruitment.instrument.title')}
          </h2>
          <p className="card-caption">{t('recruitment.instrument.caption')}</p>
        </div>
        <div className="rc-inline-field">
          <label htmlFor={selectId}>{t('recruitment.instrument.language')}</label>
          <select id={selectId} value={language} onChange={(e) => setChosen(e.target.value as InstrumentLanguage)}>
            {instrumentLanguages.map((l) => (
              <option key={l} value={l}>
                {t(`recruitment.instrument.languages.${l}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <FormError error={instrument.error} />
      {data && (
        <>
          {data.translations[language].validated ? (
            <p className="rc-translation rc-translation-validated">
              {t('recruitment.instrument.validated')} <span className="muted">{data.translations[language].source}</span>
            </p>
          ) : (
            <p className="rc-translation">
              <span className="rc-badge rc-badge-warning">{t('recruitment.instrument.unvalidated')}</span> {t('recruitment.instrument.unvalidatedNote')}
            </p>
          )}
          <p className="rc-instructions" lang={languageTag(language)}>
            {data.instructions[language]}
          </p>
          <ol className="rc-items">
            {data.items.map((item) => (
              <li key={item.item} className="rc-item">
                <span className="rc-item-number">{t('recruitment.instrument.itemCode', { n: item.item })}</span>
                <span className="rc-item-text">
                  <span lang={languageTag(language)}>{item.texts[language]}</span>
                  {language !== 'en' && (
                    <span className="rc-item-original" lang="en">
                      {item.texts.en}
                    </span>
                  )}
                </span>
                {item.reverseKeyed && (
                  <span className="rc-badge" title={t('recruitment.instrument.reverseHint', { flip: data.scaleMin + data.scaleMax })}>
                    {t('recruitment.instrument.reverse')}
                  </span>
                )}
              </li>
            ))}
          </ol>
          <div className="rc-scale" role="group" aria-label={t('recruitment.instrument.scale')}>
            <span className="rc-scale-label">{t('recruitment.instrument.scale')}</span>
            {data.scaleLabels[language].map((label, i) => (
              <span key={label} className="rc-scale-point" lang={languageTag(language)}>
                <strong>{data.scaleMin + i}</strong> {label}
              </span>
            ))}
          </div>
        </>
      )}
    </section>
  );
}

const languageTag = (l: InstrumentLanguage) => (l === 'zh' ? 'zh-CN' : l);
