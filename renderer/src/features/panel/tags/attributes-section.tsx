import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttributeDef } from '@api/members';
import { attributeTypes, type AttributeType } from '@model/members/member-fields';
import { ApiError } from '@renderer/api';
import { useApi } from '@renderer/api/api-context';
import { ConfirmDialog } from '@renderer/components/confirm-dialog';
import { DataTable, type DataColumn } from '@renderer/components/data-table/data-table';
import { FormError } from '@renderer/components/form-error';
import { PlusIcon } from '@renderer/components/icons';
import { useAction } from '@renderer/hooks/use-action';
import { useNotify } from '@renderer/shell/notices';
import { useMemberVocabulary } from '@renderer/members/member-vocabulary';
import { usePanelFormat } from '../panel-format';

/** A key for a label: lower-case ASCII letters, digits and _, starting with a letter (what the core accepts). */
function keyFromLabel(label: string): string {
  const key = label
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '')
    .slice(0, 40);
  return key;
}

/** Custom member attributes of the workspace: typed fields every member has (text, number, date, single choice). */
export function AttributesSection() {
  const { t } = useTranslation();
  const { attributes } = useMemberVocabulary();
  const [deleting, setDeleting] = useState<AttributeDef | null>(null);
  const columns: DataColumn<AttributeDef>[] = [
    { id: 'label', header: t('panel.attributes.label'), cell: (a) => a.label },
    { id: 'key', header: t('panel.attributes.key'), cell: (a) => <code>{a.key}</code> },
    { id: 'type', header: t('panel.attributes.type'), cell: (a) => t(`panel.attributes.types.${a.type}`) },
    { id: 'choices', header: t('panel.attributes.choices'), className: 'attribute-choices', cell: (a) => a.choices?.join(', ') ?? '—' },
    {
      id: 'actions',
      header: t('panel.tags.actions'),
      hideHeader: true,
      className: 'row-actions',
      cell: (a) => (
        <button type="button" className="button button-small button-quiet" onClick={() => setDeleting(a)} aria-label={t('panel.attributes.deleteOf', { label: a.label })}>
          {t('panel.tags.delete')}
        </button>
      ),
    },
  ];
  return (
    <section className="card" aria-labelledby="attributes-title">
      <h2 className="card-title" id="attributes-title">
        {t('panel.attributes.title')}
      </h2>
      <p className="card-caption">{t('panel.attributes.caption')}</p>
      <NewAttributeForm />
      {attributes.length === 0 ? (
        <p className="muted">{t('panel.attributes.none')}</p>
      ) : (
        <DataTable columns={columns} rows={attributes} rowKey={(a) => a.id} />
      )}
      {deleting && <DeleteAttribute attribute={deleting} onClose={() => setDeleting(null)} />}
    </section>
  );
}

function NewAttributeForm() {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const { reloadAttributes } = useMemberVocabulary();
  const ids = { label: useId(), key: useId(), type: useId(), choices: useId() };
  const [label, setLabel] = useState('');
  const [key, setKey] = useState<string | null>(null);
  const [type, setType] = useState<AttributeType>('text');
  const [choices, setChoices] = useState('');
  const shownKey = key ?? keyFromLabel(label);
  const create = useAction(async () => {
    const created = await api.call('attributes.create', {
      key: shownKey,
      label: label.trim(),
      type,
      choices: type === 'choice' ? choices.split(/[,，、;\n]/).map((c) => c.trim()).filter(Boolean) : null,
    });
    setLabel('');
    setKey(null);
    setChoices('');
    reloadAttributes();
    notify('success', t('panel.attributes.created', { label: created.label }));
  });
  const issue = (field: string) => (create.error instanceof ApiError ? create.error.issues?.find((i) => i.path[0] === field) : undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (label.trim()) void create.run();
  };
  return (
    <form className="inline-form attribute-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={ids.label}>{t('panel.attributes.label')}</label>
        <input id={ids.label} value={label} maxLength={100} onChange={(e) => setLabel(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={ids.key}>{t('panel.attributes.key')}</label>
        <input id={ids.key} value={shownKey} maxLength={40} spellCheck={false} onChange={(e) => setKey(e.target.value)} aria-invalid={issue('key') !== undefined} />
      </div>
      <div className="field">
        <label htmlFor={ids.type}>{t('panel.attributes.type')}</label>
        <select id={ids.type} value={type} onChange={(e) => setType(e.target.value as AttributeType)}>
          {attributeTypes.map((v) => (
            <option key={v} value={v}>
              {t(`panel.attributes.types.${v}`)}
            </option>
          ))}
        </select>
      </div>
      {type === 'choice' && (
        <div className="field">
          <label htmlFor={ids.choices}>{t('panel.attributes.choices')}</label>
          <input id={ids.choices} value={choices} placeholder={t('filter.listHint')} onChange={(e) => setChoices(e.target.value)} />
        </div>
      )}
      <button type="submit" className="button" disabled={!label.trim() || create.busy}>
        <PlusIcon />
        {t('panel.attributes.create')}
      </button>
      {issue('key') ? <p className="field-error inline-form-error">{t('panel.attributes.keyRule')}</p> : <FormError error={create.error} />}
    </form>
  );
}

function DeleteAttribute({ attribute, onClose }: { attribute: AttributeDef; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const format = usePanelFormat();
  const { reloadAttributes } = useMemberVocabulary();
  return (
    <ConfirmDialog
      title={t('panel.attributes.deleteTitle', { label: attribute.label })}
      confirmLabel={t('panel.tags.delete')}
      danger
      onClose={onClose}
      onConfirm={async () => {
        const result = await api.call('attributes.delete', { id: attribute.id });
        reloadAttributes();
        notify('success', t('panel.attributes.deleted', { label: attribute.label, n: format.count(result.removedValues) }));
        onClose();
      }}
    >
      {t('panel.attributes.deleteBody', { label: attribute.label })}
    </ConfirmDialog>
  );
}
