import { useId, useState } from 'react';
import type { MethodInput, MethodOutput } from '@api/index';
import { ApiError } from '@renderer/api';
import { useApi } from '@renderer/api/api-context';
import type { Identification } from './kiosk-session';
import { kioskSession } from './kiosk-session';
import { useRespondentText } from './respondent-text';

type Version = MethodOutput<'collect.version'>;

/**
 * What the next respondent sees first: a welcome, their member code where the session asks for it,
 * and Start, which starts the response (collect.start). A full quota or response cap ends it there
 * with the survey's quota-full message.
 */
export function WelcomeStage({ version, identification }: { version: Version; identification: Identification }) {
  const api = useApi();
  const text = useRespondentText(version.language);
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<'codeMissing' | 'unknownCode' | 'startFailed' | null>(null);
  const [busy, setBusy] = useState(false);
  const codeId = useId();
  const problemId = useId();

  const start = async () => {
    const typed = code.trim();
    if (identification.kind === 'code' && identification.required && !typed) return setProblem('codeMissing');
    const input: MethodInput<'collect.start'> = { surveyVersionId: version.surveyVersionId };
    if (identification.kind === 'member') input.memberId = identification.memberId;
    if (identification.kind === 'code' && typed) input.memberCode = typed;
    setBusy(true);
    setProblem(null);
    try {
      const started = await api.call('collect.start', input);
      kioskSession.update(
        started.status === 'started' ? { responseId: started.responseId } : { ended: { reason: 'quotaFull', message: started.message } },
      );
    } catch (err) {
      // A code that names no member is the respondent's to fix; anything else is for the person in charge.
      setProblem(input.memberCode && ApiError.from(err).code === 'NOT_FOUND' ? 'unknownCode' : 'startFailed');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="kiosk-welcome"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void start();
      }}
    >
      <h1>{text('welcome')}</h1>
      <p className="kiosk-welcome-title">{version.title}</p>
      <p>{text('welcomeBody')}</p>
      {identification.kind === 'code' && (
        <div className="kiosk-field">
          <label htmlFor={codeId}>{identification.required ? text('memberCode') : text('memberCodeOptional')}</label>
          <input
            id={codeId}
            className="kiosk-input"
            value={code}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-invalid={problem === 'codeMissing' || problem === 'unknownCode'}
            aria-describedby={problem ? problemId : undefined}
            onChange={(e) => setCode(e.target.value)}
          />
        </div>
      )}
      {problem && (
        <p className="kiosk-problem" id={problemId} role="alert">
          {text(problem)}
        </p>
      )}
      <button type="submit" className="kiosk-button kiosk-button-primary" disabled={busy}>
        {text('start')}
      </button>
    </form>
  );
}
