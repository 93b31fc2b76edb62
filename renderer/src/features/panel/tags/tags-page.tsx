import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tag } from '@api/tags';
import { useApi } from '@renderer/api/api-context';
import { ConfirmDialog } from '@renderer/components/confirm-dialog';
import { DataTable, type DataColumn } from '@renderer/components/data-table/data-table';
import { FormError } from '@renderer/components/form-error';
import { ArrowLeftIcon, PlusIcon } from '@renderer/components/icons';
import { useAction } from '@renderer/hooks/use-action';
import { useErrorText } from '@renderer/i18n/error-text';
import { useMemberVocabulary } from '@renderer/members/member-vocabulary';
import { useNotify } from '@renderer/shell/notices';
import { AttributesSection } from './attributes-section';
import { usePanelFormat } from '../panel-format';
import { panelHref } from '../panel-routes';

/** #/panel/tags: create, rename, colour, merge and delete tags (with their member counts), and custom attributes. */
export function TagsPage({ onShowMembers }: { onShowMembers: (tag: Tag) => void }) {
  const { t } = useTranslation();
  const { tags, error } = useMemberVocabulary();
  const format = usePanelFormat();
  const [pending, setPending] = useState<{ kind: 'merge'; from: Tag; into: Tag } | { kind: 'delete'; tag: Tag } | null>(null);
  const columns: DataColumn<Tag>[] = [
    { id: 'colour', header: t('panel.tags.colour'), cell: (tag) => <TagColour tag={tag} /> },
    { id: 'name', header: t('panel.tags.name'), cell: (tag) => <TagName tag={tag} /> },
    {
      id: 'members',
      header: t('panel.tags.members'),
      numeric: true,
      cell: (tag) => (
        <button type="button" className="link-button" onClick={() => onShowMembers(tag)} title={t('panel.tags.showMembers', { name: tag.name })}>
          {format.count(tag.members)}
        </button>
      ),
    },
    {
      id: 'merge',
      header: t('panel.tags.mergeInto'),
      cell: (tag) => <MergeControl tag={tag} others={tags.filter((o) => o.id !== tag.id)} onMerge={(into) => setPending({ kind: 'merge', from: tag, into })} />,
    },
    {
      id: 'actions',
      header: t('panel.tags.actions'),
      hideHeader: true,
      className: 'row-actions',
      cell: (tag) => (
        <button type="button" className="button button-small button-quiet" onClick={() => setPending({ kind: 'delete', tag })} aria-label={t('panel.tags.deleteOf', { name: tag.name })}>
          {t('panel.tags.delete')}
        </button>
      ),
    },
  ];
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
          <DataTable className="tags-table" columns={columns} rows={tags} rowKey={(tag) => tag.id} />
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

/** Runs a change to a tag, then reads the tags again; a refusal is shown as a notice and `onRefused` undoes the edit. */
function useTagChange() {
  const notify = useNotify();
  const errorText = useErrorText();
  const { reloadTags } = useMemberVocabulary();
  return (call: Promise<unknown>, onRefused?: () => void) =>
    void call.then(reloadTags, (err: unknown) => {
      notify('error', errorText(err));
      onRefused?.();
    });
}

function TagColour({ tag }: { tag: Tag }) {
  const { t } = useTranslation();
  const api = useApi();
  const change = useTagChange();
  return (
    <input
      type="color"
      className="color-input"
      value={tag.color}
      aria-label={t('panel.tags.colourOf', { name: tag.name })}
      onChange={(e) => change(api.call('tags.color', { tagId: tag.id, color: e.target.value }))}
    />
  );
}

/** The tag's name, renamed in place: on leaving the field or Enter; Escape puts the name back. */
function TagName({ tag }: { tag: Tag }) {
  const { t } = useTranslation();
  const api = useApi();
  const change = useTagChange();
  const [name, setName] = useState(tag.name);
  const rename = () => {
    const next = name.trim();
    if (next && next !== tag.name) change(api.call('tags.rename', { tagId: tag.id, name: next }), () => setName(tag.name));
    else setName(tag.name);
  };
  return (
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
  );
}

function MergeControl({ tag, others, onMerge }: { tag: Tag; others: Tag[]; onMerge(into: Tag): void }) {
  const { t } = useTranslation();
  const [mergeInto, setMergeInto] = useState('');
  return (
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
