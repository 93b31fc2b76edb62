import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '@api/index';
import { defaultSeedTag, seedTagLanguage } from '@model/recruitment/seed-tag';
import { useApi } from '@renderer/api/api-context';
import { Dialog } from '@renderer/components/dialog';
import { FormError } from '@renderer/components/form-error';
import { useAction } from '@renderer/hooks/use-action';
import { useFormat } from '@renderer/i18n/format';
import { useMemberVocabulary } from '@renderer/members/member-vocabulary';

export interface MarkSeedDialogProps {
  memberIds: number[];
  onClose(): void;
  onMarked(result: MethodOutput<'recruitment.markSeed'>): void;
}

/** Tags the selected shortlist members as seed users (only contactable ones; undoable with the panel's undo). */
export function MarkSeedDialog({ memberIds, onClose, onMarked }: MarkSeedDialogProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const { tags } = useMemberVocabulary();
  const ids = { tag: useId(), reason: useId(), tags: useId() };
  // Until the user types a name: the seed tag the workspace has, else its name in the UI's language.
  const [typed, setTagName] = useState<string | null>(null);
  const tagName = typed ?? defaultSeedTag(seedTagLanguage(i18n.language), tags.map((tag) => tag.name));
  const [reason, setReason] = useState('');
  const mark = useAction(async () => {
    onMarked(await api.call('recruitment.markSeed', { memberIds, tagName: tagName.trim(), reason: reason.trim() || null }));
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (tagName.trim() !== '') void mark.run();
  };

  return (
    <Dialog title={t('recruitment.seed.title')} onClose={onClose}>
      <form className="dialog-body" onSubmit={submit} noValidate>
        <p className="dialog-intro">{t('recruitment.seed.intro', { count: format.count(memberIds.length) })}</p>
        <div className="field">
          <label htmlFor={ids.tag}>{t('recruitment.seed.tag')}</label>
          <input id={ids.tag} list={ids.tags} value={tagName} maxLength={60} onChange={(e) => setTagName(e.target.value)} aria-invalid={tagName.trim() === ''} />
          <datalist id={ids.tags}>
            {tags.map((tag) => (
              <option key={tag.id} value={tag.name} />
            ))}
          </datalist>
          {tagName.trim() === '' && <p className="field-error">{t('recruitment.seed.tagRequired')}</p>}
        </div>
        <div className="field">
          <label htmlFor={ids.reason}>{t('recruitment.seed.reasonLabel')}</label>
          <input id={ids.reason} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
          <span className="field-hint">{t('recruitment.seed.reasonHint')}</span>
        </div>
        <FormError error={mark.error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={mark.busy || tagName.trim() === ''}>
            {mark.busy ? t('common.working') : t('recruitment.seed.confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
