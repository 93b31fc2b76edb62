import { useTranslation } from 'react-i18next';
import type { BundleImportResult } from '@api/bundles';
import { ResultCard, ResultCounts } from '@renderer/components/import-wizard/import-wizard';
import { useFormat } from '@renderer/i18n/format';

/** What an import did: the counts, the versions and members it brought, quota overshoots and the rejected responses with their reasons. */
export function ImportReport({ result, onAnother }: { result: BundleImportResult; onAnother(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ResultCard title={t('bundles.import.doneTitle')} onAnother={onAnother} next={null}>
      <ResultCounts
        counts={[
          [t('bundles.import.added'), result.added],
          [t('bundles.import.updated'), result.updated],
          [t('bundles.import.skipped'), result.skipped],
          [t('bundles.import.conflicts'), result.conflicts],
          [t('bundles.import.rejected'), result.rejected],
        ]}
      />
      <p>
        {t('bundles.import.members', {
          added: format.count(result.members.added),
          updated: format.count(result.members.updated),
          erased: format.count(result.members.erased),
          linked: format.count(result.members.linked),
        })}
      </p>
      {result.versionsAdded.length > 0 && (
        <section className="result-section">
          <h3>{t('bundles.import.versionsAdded')}</h3>
          <ul>
            {result.versionsAdded.map((v) => (
              <li key={v.id}>{t('bundles.import.versionAdded', { title: v.title, version: v.version })}</li>
            ))}
          </ul>
        </section>
      )}
      {result.quotaOvershoots.length > 0 && (
        <section className="result-section">
          <h3>{t('bundles.import.overshootTitle')}</h3>
          <ul>
            {result.quotaOvershoots.map((q) => (
              <li key={q.surveyVersionId}>
                {t('bundles.import.overshoot', { title: q.title, version: q.version, complete: format.count(q.complete), over: format.count(q.over), limit: format.count(q.limit) })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {result.rejections.length > 0 && (
        <section className="result-section">
          <h3>{t('bundles.import.rejections')}</h3>
          <ul>
            {result.rejections.map((r) => (
              <li key={r.line}>
                {r.detail
                  ? t('bundles.import.invalidField', { line: r.line, field: r.detail.field, expected: t(`bundles.import.expected.${r.detail.expected}`, r.detail.params) })
                  : t(`bundles.import.reason.${r.reason}`, { line: r.line })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </ResultCard>
  );
}
