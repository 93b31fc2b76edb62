import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileRef } from '@api/common';
import type { Issue } from '@api/result';
import { formatPath, type DefinitionIssue } from '@model/survey/definition-issues';
import { ApiError } from '@renderer/api';
import { useApi } from '@renderer/api/api-context';
import { uploadFile } from '@renderer/api/upload';
import { Dialog } from '@renderer/components/dialog';
import { FormError } from '@renderer/components/form-error';
import { navigate } from '@renderer/shell/hash-route';
import { useNotify } from '@renderer/shell/notices';
import { useFileIssueText } from '../issue-text';
import { useDesktop } from '@renderer/hooks/use-desktop';
import { SURVEYS_ID } from '../surveys-route';

/** A definition issue from the core carries its kind and parameters beside the path and the English message. */
const isDefinitionIssue = (issue: Issue): issue is Issue & DefinitionIssue => 'kind' in issue && 'params' in issue;

/**
 * Import a survey definition (JSON) as a new draft: the browser host uploads the chosen file, the
 * desktop app opens the native dialog. A file the workbench cannot read is refused whole, with one
 * line per bad field saying where (pages[0].questions[3].options[1].code) and what was expected.
 */
export function ImportSurveyDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const desktop = useDesktop();
  const fileInputId = useId();
  const titleId = useId();
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const issueText = useFileIssueText();

  const importFile = async (file: FileRef, name: string) => {
    const { id, issues } = await api.call('surveys.importJson', { file, title: title.trim() || name });
    notify(issues.length ? 'info' : 'success', issues.length ? t('surveys.files.importedWithIssues', { n: issues.length }) : t('surveys.files.imported'));
    onClose();
    navigate(SURVEYS_ID, id);
  };
  const attempt = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (err) {
      setError(ApiError.from(err));
    } finally {
      setBusy(false);
    }
  };
  const stem = (name: string) => name.replace(/\.[^.]*$/, '') || name;

  return (
    <Dialog title={t('surveys.files.importTitle')} onClose={onClose} size="wide">
      <div className="dialog-body">
        <p className="dialog-intro">{t('surveys.files.importIntro')}</p>
        <div className="field">
          <label htmlFor={titleId}>{t('surveys.files.importName')}</label>
          <input id={titleId} value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} placeholder={t('surveys.files.importNameHint')} />
        </div>
        <div className="sv-import-choose">
          {desktop ? (
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() =>
                void attempt(async () => {
                  const chosen = await api.call('dialogs.openPath', { purpose: 'surveyImport' });
                  if (chosen.path) await importFile({ path: chosen.path }, stem(chosen.path.split(/[\\/]/).pop() ?? chosen.path));
                })
              }
            >
              {t('surveys.files.choose')}
            </button>
          ) : (
            <>
              <label htmlFor={fileInputId} className={`button button-primary${busy ? ' sv-disabled' : ''}`}>
                {busy ? t('common.working') : t('surveys.files.choose')}
              </label>
              <input
                id={fileInputId}
                type="file"
                accept=".json,application/json"
                className="visually-hidden"
                disabled={busy}
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  e.target.value = '';
                  if (file) void attempt(async () => importFile({ uploadId: (await uploadFile(file)).uploadId }, stem(file.name)));
                }}
              />
            </>
          )}
        </div>
        <FormError error={error} />
        {error?.issues && error.issues.length > 0 && (
          <ul className="sv-file-issues" aria-label={t('surveys.files.problems')}>
            {error.issues.map((issue, i) => (
              <li key={i}>
                <code>{formatPath(issue.path)}</code> {isDefinitionIssue(issue) ? issueText(issue) : issue.message}
              </li>
            ))}
          </ul>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
