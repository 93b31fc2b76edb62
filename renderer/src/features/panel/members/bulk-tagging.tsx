import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkAction } from '@api/tags';
import { useApi } from '@renderer/api/api-context';
import { UndoIcon } from '@renderer/components/icons';
import { useAction } from '@renderer/hooks/use-action';
import { useErrorText } from '@renderer/i18n/error-text';
import { useMemberVocabulary } from '@renderer/members/member-vocabulary';
import { useMemberLabels } from '@renderer/members/member-labels';
import { useNotify } from '@renderer/shell/notices';
import { usePanelFormat } from '../panel-format';
import type { MembersBrowser } from './members-browser';
import { BulkConsentDialog } from './bulk-consent';
import { bulkTarget, noSelection, selectedCount } from './selection';

/**
 * Shown while members are selected: how many, "select all N matching", Tag / Untag with a tag, and
 * Record consent. Picked rows travel as ids; "all matching" travels as the filter and search
 * themselves, so the core changes every match in SQL however many there are.
 */
export function SelectionBar({ browser, onBulkDone }: { browser: MembersBrowser; onBulkDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const format = usePanelFormat();
  const { tags, tagById, reloadTags } = useMemberVocabulary();
  const tagSelectId = useId();
  const [tagId, setTagId] = useState<number | null>(null);
  const [recordingConsent, setRecordingConsent] = useState(false);
  const { selection, total, query } = browser;
  const count = selectedCount(selection, total ?? 0);

  const bulk = useAction(async (kind: 'apply' | 'remove') => {
    if (tagId === null) return;
    const result = await api.call(kind === 'apply' ? 'tags.apply' : 'tags.remove', { tag: tagId, ...bulkTarget(selection, query) });
    const tag = tagById.get(tagId)?.name ?? '';
    notify('success', t(kind === 'apply' ? 'panel.bulk.tagged' : 'panel.bulk.untagged', { n: format.count(result.changed), tag }));
    reloadTags();
    browser.refresh();
    onBulkDone();
  });

  if (count === 0) return null;
  const canSelectAll = selection.kind === 'ids' && total !== null && total > selection.ids.size;

  return (
    <section className="selection-bar" aria-label={t('panel.bulk.label')}>
      <span className="selection-count" role="status">
        {selection.kind === 'all' ? t('panel.bulk.allSelected', { n: format.count(count) }) : t('panel.bulk.selected', { n: format.count(count) })}
      </span>
      {canSelectAll && (
        <button type="button" className="button button-small button-quiet" onClick={() => browser.setSelection({ kind: 'all' })}>
          {t('panel.bulk.selectAll', { n: format.count(total) })}
        </button>
      )}
      <button type="button" className="button button-small button-quiet" onClick={() => browser.setSelection(noSelection)}>
        {t('panel.bulk.clear')}
      </button>
      <span className="selection-actions">
        <label htmlFor={tagSelectId} className="visually-hidden">
          {t('panel.bulk.tag')}
        </label>
        <select id={tagSelectId} className="select-small" value={tagId ?? ''} onChange={(e) => setTagId(e.target.value ? Number(e.target.value) : null)}>
          <option value="">{t('panel.bulk.chooseTag')}</option>
          {tags.map((tag) => (
            <option key={tag.id} value={tag.id}>
              {tag.name}
            </option>
          ))}
        </select>
        <button type="button" className="button button-small button-primary" disabled={tagId === null || bulk.busy} onClick={() => void bulk.run('apply')}>
          {t('panel.bulk.apply')}
        </button>
        <button type="button" className="button button-small" disabled={tagId === null || bulk.busy} onClick={() => void bulk.run('remove')}>
          {t('panel.bulk.remove')}
        </button>
        <button type="button" className="button button-small" onClick={() => setRecordingConsent(true)}>
          {t('panel.consentBulk.open')}
        </button>
      </span>
      {bulk.error && <BulkError error={bulk.error} />}
      {recordingConsent && (
        <BulkConsentDialog
          browser={browser}
          onClose={() => setRecordingConsent(false)}
          onDone={() => {
            setRecordingConsent(false);
            onBulkDone();
          }}
        />
      )}
    </section>
  );
}

function BulkError({ error }: { error: unknown }) {
  const errorText = useErrorText();
  return (
    <p className="form-error selection-error" role="alert">
      {errorText(error)}
    </p>
  );
}

/** "Undo" for the last bulk action (tags.undo): tag, untag or consent record, saying what it would undo. */
export function UndoBulkButton({ action, onUndone }: { action: BulkAction | null; onUndone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const errorText = useErrorText();
  const format = usePanelFormat();
  const labels = useMemberLabels();
  const { reloadTags } = useMemberVocabulary();
  const [busy, setBusy] = useState(false);
  if (!action || action.undoneAt !== null) return null;
  const facts = { n: format.count(action.changed), at: format.dateTime(action.at) };
  const describe = action.consent
    ? t('panel.bulk.lastConsent', { ...facts, status: labels.value('consentStatus', action.consent.status) })
    : t(action.kind === 'tag' ? 'panel.bulk.lastTag' : 'panel.bulk.lastUntag', { ...facts, tag: action.tagName });
  const undo = () => {
    setBusy(true);
    api.call('tags.undo', {}).then(
      (result) => {
        notify('success', t('panel.bulk.undone', { n: format.count(result.reverted), action: describe }));
        reloadTags();
        onUndone();
      },
      (err: unknown) => notify('error', errorText(err)),
    ).finally(() => setBusy(false));
  };
  return (
    <button type="button" className="button button-small" onClick={undo} disabled={busy} title={describe}>
      <UndoIcon />
      {t('panel.bulk.undo')}
    </button>
  );
}
