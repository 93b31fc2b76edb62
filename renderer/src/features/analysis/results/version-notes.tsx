import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '@api/index';

type VersionPool = MethodOutput<'analysis.summary'>['versions'];

/** Which versions the result pools and, for each version kept apart, the comparability break that keeps it out. */
export function VersionNotes({ versions }: { versions: VersionPool }) {
  const { t } = useTranslation();
  if (versions.pooled.length < 2 && versions.apart.length === 0) return null;
  return (
    <div className="an-notes">
      {versions.pooled.length > 1 && <p>{t('analysis.results.pooled', { versions: versions.pooled.map((v) => v.version).join(', ') })}</p>}
      {versions.apart.map((v) => (
        <p key={v.id} className="an-warning" role="note">
          {t('analysis.results.apart', { version: v.version, reason: t(`surveys.breaks.${v.kind as 'questionRemoved'}`, v.params) })}
        </p>
      ))}
    </div>
  );
}
