import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '@renderer/api/api-context';
import { FormError } from '@renderer/components/form-error';
import { RespondentView } from '@renderer/components/respondent-view/respondent-view';
import { useAsync } from '@renderer/hooks/use-async';
import { navigate } from '@renderer/shell/hash-route';
import { COLLECT_ID } from '../collect-route';
import { AnswerSaver, type SaveState } from './answer-saver';
import { guardOf } from './kiosk-guard';
import { kioskSession, useKioskSession, type KioskSession } from './kiosk-session';
import { PinScreen } from './pin-screen';
import { useRespondentText, type RespondentText } from './respondent-text';
import { SurveyStage } from './survey-stage';
import { WelcomeStage } from './welcome-stage';

/**
 * The kiosk: a thin bar (larger text, whether the last answer is saved, Exit) above the respondent's
 * stage: the welcome screen, the survey, or its end. Exit, and in a browser leaving full screen,
 * brings the PIN screen over the survey.
 */
export function KioskScreen() {
  const session = useKioskSession();
  // The session ends (the PIN was given) a moment before the frame closes.
  return session ? <Kiosk session={session} /> : null;
}

function Kiosk({ session }: { session: KioskSession }) {
  const api = useApi();
  const { t } = useTranslation();
  const version = useAsync(() => api.call('collect.version', { surveyVersionId: session.surveyVersionId }), [api, session.surveyVersionId]);
  const language = version.data?.language;
  const text = useRespondentText(language);
  const guard = useMemo(() => guardOf(session.guard, api), [session.guard, api]);
  // In a browser a reload has left full screen: the PIN screen shows at once, with the way back.
  const [pin, setPin] = useState<'exit' | 'left' | null>(() => (guard.held() ? null : 'left'));
  const [large, setLarge] = useState(false);
  const [save, setSave] = useState<SaveState | null>(null);
  const { responseId } = session;
  const saver = useMemo(
    () => (responseId ? new AnswerSaver((answer) => api.call('collect.answer', { responseId, ...answer }), setSave) : null),
    [api, responseId],
  );

  useEffect(() => guard.watch(() => setPin('left')), [guard]);
  useEffect(() => setSave(null), [saver]);

  const leave = async (entered: string) => {
    if (!(await guard.release(entered, session.guard))) return false;
    kioskSession.set(null);
    navigate(COLLECT_ID);
    return true;
  };
  const nextRespondent = () => {
    setLarge(false);
    kioskSession.update({ responseId: null, ended: null });
  };

  const stage = () => {
    if (version.error) return <FormError error={version.error} />;
    if (!version.data) return <p className="muted">{t('app.loading')}</p>;
    const definition = version.data.definition;
    if (session.ended) {
      return (
        <>
          <RespondentView definition={definition} answers={[]} onAnswer={() => undefined} ended={session.ended} large={large} />
          <div className="kiosk-after">
            {session.single ? (
              <p>{text('handBack')}</p>
            ) : (
              <button type="button" className="kiosk-button kiosk-button-primary" onClick={nextRespondent}>
                {text('nextRespondent')}
              </button>
            )}
          </div>
        </>
      );
    }
    if (saver && responseId) return <SurveyStage key={responseId} responseId={responseId} definition={definition} saver={saver} large={large} />;
    return <WelcomeStage version={version.data} identification={session.identification} />;
  };

  return (
    <div className={`kiosk-screen${large ? ' kiosk-large' : ''}`} lang={language}>
      <header className="kiosk-bar">
        <button type="button" className="kiosk-bar-button" aria-pressed={large} onClick={() => setLarge((on) => !on)}>
          <span aria-hidden="true">A</span>
          <span className="kiosk-bar-label">{text('largeText')}</span>
        </button>
        <SaveStatus state={save} onRetry={() => saver?.retry()} text={text} />
        <button type="button" className="kiosk-bar-button kiosk-exit" onClick={() => setPin('exit')}>
          {text('exit')}
        </button>
      </header>
      <main className="kiosk-body" aria-label={text('kioskLabel')}>
        {stage()}
      </main>
      {pin && (
        <PinScreen
          reason={pin}
          onBack={async () => {
            if (pin === 'left') await guard.reenter();
            setPin(null);
          }}
          onLeave={leave}
        />
      )}
    </div>
  );
}

/** Saved only once collect.answer has answered (the answer is then durable); "not saved" keeps the way to try again. */
function SaveStatus({ state, onRetry, text }: { state: SaveState | null; onRetry(): void; text: RespondentText }) {
  return (
    <div className="kiosk-save" role="status" data-save={state?.status ?? 'idle'}>
      {state?.status === 'saving' && text('saving')}
      {state?.status === 'saved' && text('saved')}
      {state?.status === 'failed' && (
        <>
          <span className="kiosk-save-failed" title={state.error.message}>
            {text('notSaved')}
          </span>
          <button type="button" className="kiosk-bar-button" onClick={onRetry}>
            {text('retry')}
          </button>
        </>
      )}
    </div>
  );
}
