import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '@api/index';
import { useFormat } from '@renderer/i18n/format';

type MarkSeedResult = MethodOutput<'recruitment.markSeed'>;

/** "Marked as “seed user”: 18. Already marked: 2. Not marked: do-not-contact 1." */
export function useMarkSeedText(): (result: MarkSeedResult) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return useCallback(
    (result: MarkSeedResult) => {
      const parts = [t('recruitment.seed.tagged', { tag: result.tag.name, count: format.count(result.tagged) })];
      if (result.tag.created) parts.push(t('recruitment.seed.created'));
      if (result.alreadyTagged > 0) parts.push(t('recruitment.seed.already', { count: format.count(result.alreadyTagged) }));
      if (result.skipped.length > 0) {
        const list = result.skipped.map((s) => t('recruitment.seed.skipReason', { reason: t(`recruitment.seed.reason.${s.reason}`), count: format.count(s.count) }));
        parts.push(t('recruitment.seed.skipped', { list: list.join(t('filter.listSeparator')) }));
      }
      return parts.join(' ');
    },
    [t, format],
  );
}
