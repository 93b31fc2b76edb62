import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDetail } from '@api/members';
import { ApiError } from '@renderer/api';
import { useApi } from '@renderer/api/api-context';
import { EmptyState } from '@renderer/components/empty-state';
import { FormError } from '@renderer/components/form-error';
import { ArrowLeftIcon } from '@renderer/components/icons';
import { useAction } from '@renderer/hooks/use-action';
import { useAsync } from '@renderer/hooks/use-async';
import { useErrorText } from '@renderer/i18n/error-text';
import { useNotify } from '@renderer/shell/notices';
import { useMemberVocabulary } from '@renderer/members/member-vocabulary';
import { usePanelFormat } from '../panel-format';
import { goToPanel, panelHref } from '../panel-routes';
import { ContactStatus } from './contact-status';
import { useLeaveGuard } from './leave-guard';
import { DeleteMemberDialog, EraseMemberDialog } from './member-removal';
import { MemberFieldsForm } from './member-fields-form';
import { formPatch, issuesByField, toFormValues, type FieldKey, type FormValues } from './member-form-state';
import { MemberSideCards } from './member-side-cards';
import { useProblemText } from './problem-text';

/** #/panel/member/<id> (or /new): every field of one member, editable, with openness, tags, responses and audit beside. */
export function MemberPage({ id, onChanged }: { id: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const errorText = useErrorText();
  const memberId = Number(id);
  const isNew = id === 'new';
  const detail = useAsync(() => (isNew || !Number.isInteger(memberId) ? Promise.resolve(null) : api.call('members.get', { memberId })), [api, memberId, isNew]);

  if (isNew) return <MemberEditor member={null} onSaved={onChanged} reload={() => undefined} />;
  if (detail.error) {
    return (
      <div className="page">
        <BackLink />
        <EmptyState title={t('panel.member.missingTitle')}>{errorText(detail.error)}</EmptyState>
      </div>
    );
  }
  if (!detail.data) {
    return (
      <div className="page">
        <BackLink />
        <p className="muted" role="status">
          {t('app.loading')}
        </p>
      </div>
    );
  }
  return (
    <MemberEditor
      key={detail.data.updatedAt}
      member={detail.data}
      onSaved={onChanged}
      reload={() => {
        detail.reload();
        onChanged();
      }}
    />
  );
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <a className="back-link" href={panelHref()}>
      <ArrowLeftIcon />
      {t('panel.member.back')}
    </a>
  );
}

function MemberEditor({ member, onSaved, reload }: { member: MemberDetail | null; onSaved: () => void; reload: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const format = usePanelFormat();
  const problemText = useProblemText();
  const { attributes } = useMemberVocabulary();
  const initial = useMemo(() => toFormValues(member), [member]);
  const [values, setValues] = useState<FormValues>(initial);
  const [localProblems, setLocalProblems] = useState<Map<FieldKey, string>>(new Map());
  const [removal, setRemoval] = useState<'delete' | 'erase' | null>(null);
  const erased = member?.erasedAt != null;
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  const leaveGuard = useLeaveGuard(dirty && !erased);

  const save = useAction(async () => {
    const { patch, problems } = formPatch(initial, values, attributes);
    setLocalProblems(new Map(problems.map((p) => [p.field, problemText(p.field, null, p.kind)])));
    if (problems.length) return;
    if (member) {
      await api.call('members.update', { memberId: member.id, patch });
      notify('success', t('panel.member.saved', { code: member.code }));
      reload();
    } else {
      const created = await api.call('members.create', patch);
      notify('success', t('panel.member.created', { code: created.code }));
      onSaved();
      leaveGuard.release();
      goToPanel('member', String(created.id));
    }
  });

  const serverProblems = useMemo(() => {
    const issues = save.error instanceof ApiError ? issuesByField(save.error.issues) : new Map<FieldKey, string>();
    return new Map([...issues].map(([field, message]) => [field, problemText(field, message)]));
  }, [save.error, problemText]);
  const problems = new Map([...serverProblems, ...localProblems]);
  // Problems shown beside their fields are summed up, not repeated in the core's technical words.
  const formError = serverProblems.size > 0 ? new ApiError({ code: 'VALIDATION', message: t('errors.invalidFields'), key: 'errors.invalidFields' }) : save.error;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.run();
  };

  const title = member ? (member.name ?? t('member.anonymous')) : t('panel.member.newTitle');

  return (
    <div className="page page-wide member-page">
      <BackLink />
      <header className="page-header page-header-actions">
        <div className="page-heading">
          <h1>
            {title} {member && <span className="member-code-badge">{member.code}</span>}
          </h1>
          {member && (
            <p className="page-subtitle member-status">
              <ContactStatus reason={member.notContactable} />
              <span>{t('panel.member.updated', { at: format.dateTime(member.updatedAt) })}</span>
            </p>
          )}
        </div>
        {member && !erased && (
          <div className="page-actions">
            <button type="button" className="button" onClick={() => setRemoval('delete')}>
              {t('panel.member.delete')}
            </button>
            <button type="button" className="button button-danger" onClick={() => setRemoval('erase')}>
              {t('panel.member.erase')}
            </button>
          </div>
        )}
      </header>
      {erased && member && (
        <p className="notice-inline" role="note">
          {t('panel.member.erasedNote', { at: format.dateTime(member.erasedAt!), code: member.code })}
        </p>
      )}
      <div className={member ? 'side-layout' : 'side-layout member-layout-single'}>
        <form className="card member-form" onSubmit={submit} noValidate aria-label={t('panel.member.formLabel')}>
          <MemberFieldsForm values={values} onChange={setValues} attributes={attributes} problems={problems} readOnly={erased} />
          {!erased && (
            <div className="member-form-actions">
              <FormError error={formError} />
              <span className="member-form-buttons">
                <button type="button" className="button" disabled={!dirty || save.busy} onClick={() => setValues(initial)}>
                  {t('panel.member.reset')}
                </button>
                <button type="submit" className="button button-primary" disabled={(!dirty && member !== null) || save.busy}>
                  {save.busy ? t('common.working') : member ? t('panel.member.save') : t('panel.member.create')}
                </button>
              </span>
            </div>
          )}
        </form>
        {member && <MemberSideCards member={member} onChanged={reload} />}
      </div>
      {removal === 'delete' && member && (
        <DeleteMemberDialog
          member={member}
          onClose={() => setRemoval(null)}
          onEraseInstead={() => setRemoval('erase')}
          onDeleted={() => {
            onSaved();
            leaveGuard.release();
            goToPanel();
          }}
        />
      )}
      {leaveGuard.dialog}
      {removal === 'erase' && member && (
        <EraseMemberDialog
          member={member}
          onClose={() => setRemoval(null)}
          onErased={() => {
            setRemoval(null);
            reload();
          }}
        />
      )}
    </div>
  );
}
