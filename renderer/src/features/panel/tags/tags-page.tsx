import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tag } from '@api/tags';
import { useApi } from '@renderer/api/api-context';
import { ConfirmDialog } from '@renderer/components/confirm-dialog';
import { FormError } from '@renderer/components/form-error';
import { ArrowLeftIcon, PlusIcon } from '@renderer/components/icons';
import { useAction } from '@renderer/hooks/use-action';
import { useErrorText } from '@renderer/i18n/error-text';
import { useNotify } from '@renderer/shell/notices';
import { AttributesSection } from './attributes-section';
import { useMemberVocabulary } from '@renderer/members/member-vocabulary';
import { usePanelFormat } from '../panel-format';
import { panelHref } from '../panel-routes';

/** #/panel/tags: create, rename, colour, merge and delete tags (with their member counts), and custom attributes. */
export function TagsPage({ onShowMembers }: { onShowMembers: (tag: Tag) => void }) {
  const { t } = useTranslation();
  const { tags, error } = useMemberVocabulary();
  const [pending, setPending] = useState<{ kind: 'merge'; from: Tag; into: Tag } | { kind: 'delete'; tag: Tag } | null>(null);
  return (
    <div className="page tags-page">
      <a className="back-link" href={panelHref()}>
        <ArrowLeftIcon />
        {t('panel.member.back')}
      </a>
      <header className="page-header">
        <h1>{t('panel.tags.title')}</h1>
        <p className="page-subtitle">{t('panel.tags.subtitle')}</p>
      </header>
      <FormError error={error} />
      <section className="card">
        <NewTagForm />
        {tags.length === 0 ? (
          <p className="muted tags-empty">{t('panel.tags.none')}</p>
        ) : (
          <table className="data-table tags-table">
            <thead>
              <tr>
                <th scope="col">{t('panel.tags.colour')}</th>
                <th scope="col">{t('panel.tags.name')}</th>
                <th scope="col" className="numeric">
                  {t('panel.tags.members')}
                </th>
                <th scope="col">{t('panel.tags.mergeInto')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('panel.tags.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tags.map((tag) => (
                <TagRow key={tag.id} tag={tag} others={tags.filter((o) => o.id !== tag.id)} onShowMembers={onShowMembers} onMerge={(into) => setPending({ kind: 'merge', from: tag, into })} onDelete={() => setPending({ kind: 'delete', tag })} />
              ))}
            </tbody>
          </table>
        )}
      </section>
      <AttributesSection />
      {pending && <PendingTagAction pending={pending} onClose={() => setPending(null)} />}
    </div>
  );
}

function NewTagForm() {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const { reloadTags } = useMemberVocabulary();
  const nameId = useId();
  const [name, setName] = useState('');
  const create = useAction(async () => {
    const tag = await api.call('tags.create', { name: name.trim() });
    setName('');
    reloadTags();
    notify('success', t('panel.tags.created', { name: tag.name }));
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) void create.run();
  };
  return (
    <form className="inline-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={nameId}>{t('panel.tags.newName')}</label>
        <input id={nameId} value={name} maxLength={60} onChange={(e) => setName(e.target.value)} />
      </div>
      <button type="submit" className="button" disabled={!name.trim() || create.busy}>
        <PlusIcon />
        {t('panel.tags.create')}
      </button>
      <FormError error={create.error} />
    </form>
  );
}

interface TagRowProps {
  tag: Tag;
  others: Tag[];
  onShowMembers(tag: Tag): void;
  onMerge(into: Tag): void;
  onDelete(): void;
}

function TagRow({ tag, others, onShowMembers, onMerge, onDelete }: TagRowProps) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const errorText = useErrorText();
  const format = usePanelFormat();
  const { reloadTags } = useMemberVocabulary();
  const [name, setName] = useState(tag.name);
  const [mergeInto, setMergeInto] = useState('');

  const run = (call: Promise<unknown>) =>
    call.then(reloadTags, (err: unknown) => {
      notify('error', errorText(err));
      setName(tag.name);
    });

  const rename = () => {
    const next = name.trim();
    if (next && next !== tag.name) void run(api.call('tags.rename', { tagId: tag.id, name: next }));
    else setName(tag.name);
  };

  return (
    <tr>
      <td>
        <input
          type="color"
          className="color-input"
          value={tag.color}
          aria-label={t('panel.tags.colourOf', { name: tag.name })}
          onChange={(e) => void run(api.call('tags.color', { tagId: tag.id, color: e.target.value }))}
        />
      </td>
      <td>
        <input
          className="input-quiet"
          value={name}
          maxLength={60}
          aria-label={t('panel.tags.nameOf', { name: tag.name })}
          onChange={(e) => setName(e.target.value)}
          onBlur={rename}
          onKeyDown={(e) => {
            if (e.key === 'Enter') rename();
            if (e.key === 'Escape') setName(tag.name);
          }}
        />
      </td>
      <td className="numeric">
        <button type="button" className="link-button" onClick={() => onShowMembers(tag)} title={t('panel.tags.showMembers', { name: tag.name })}>
          {format.count(tag.members)}
        </button>
      </td>
      <td>
        <span className="merge-control">
          <select className="select-small" value={mergeInto} aria-label={t('panel.tags.mergeOf', { name: tag.name })} onChange={(e) => setMergeInto(e.target.value)} disabled={others.length === 0}>
            <option value="">{t('panel.tags.chooseTarget')}</option>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button-small"
            disabled={!mergeInto}
            onClick={() => {
              const into = others.find((o) => o.id === Number(mergeInto));
              if (into) onMerge(into);
            }}
          >
            {t('panel.tags.merge')}
          </button>
        </span>
      </td>
      <td className="row-actions">
        <button type="button" className="button button-small button-quiet" onClick={onDelete} aria-label={t('panel.tags.deleteOf', { name: tag.name })}>
          {t('panel.tags.delete')}
        </button>
      </td>
    </tr>
  );
}

function PendingTagAction({ pending, onClose }: { pending: { kind: 'merge'; from: Tag; into: Tag } | { kind: 'delete'; tag: Tag }; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const format = usePanelFormat();
  const { reloadTags } = useMemberVocabulary();
  if (pending.kind === 'merge') {
    const { from, into } = pending;
    return (
      <ConfirmDialog
        title={t('panel.tags.mergeTitle')}
        confirmLabel={t('panel.tags.merge')}
        onClose={onClose}
        onConfirm={async () => {
          const result = await api.call('tags.merge', { from: from.id, into: into.id });
          reloadTags();
          notify('success', t('panel.tags.merged', { from: from.name, into: into.name, n: format.count(result.moved) }));
          onClose();
        }}
      >
        {t('panel.tags.mergeBody', { from: from.name, into: into.name, n: format.count(from.members) })}
      </ConfirmDialog>
    );
  }
  const { tag } = pending;
  return (
    <ConfirmDialog
      title={t('panel.tags.deleteTitle', { name: tag.name })}
      confirmLabel={t('panel.tags.delete')}
      danger
      onClose={onClose}
      onConfirm={async () => {
        await api.call('tags.delete', { tagId: tag.id });
        reloadTags();
        notify('success', t('panel.tags.deleted', { name: tag.name }));
        onClose();
      }}
    >
      {t('panel.tags.deleteBody', { name: tag.name, n: format.count(tag.members) })}
    </ConfirmDialog>
  );
}
