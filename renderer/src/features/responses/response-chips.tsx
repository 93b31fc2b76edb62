import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '@api/index';

type Summary = MethodOutput<'responses.list'>['rows'][number];

const statusTone = { draft: 'tag-muted', complete: 'tag-success', void: 'tag-danger' } as const;

/** Draft, complete or void; a void one says why on hover and to screen readers. */
export function StatusChip({ response }: { response: Pick<Summary, 'status' | 'voidCause'> }) {
  const { t } = useTranslation();
  const cause = response.voidCause && t(`responses.voidCause.${response.voidCause}`);
  return (
    <span className={`tag responses-chip ${statusTone[response.status]}`} title={cause ?? undefined}>
      {t(`responses.status.${response.status}`)}
      {cause && <span className="visually-hidden"> ({cause})</span>}
    </span>
  );
}

/** The quality flags raised on a response, one chip each (none: nothing). */
export function FlagChips({ flags }: { flags: Summary['flags'] }) {
  const { t } = useTranslation();
  if (flags.length === 0) return null;
  return (
    <ul className="responses-flags">
      {flags.map((flag) => (
        <li key={flag.kind} className="tag responses-chip tag-warning">
          {t(`responses.flag.${flag.kind}`)}
        </li>
      ))}
    </ul>
  );
}
