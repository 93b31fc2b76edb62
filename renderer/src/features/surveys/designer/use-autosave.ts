import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SurveyDefinition } from '@model/survey/definition';
import { ApiError } from '@renderer/api';

/**
 * Saves the draft a moment after the last change (surveys.update), one save at a time: changes made
 * while a save is under way are saved right after it. A definition that does not parse (an empty
 * text, a bad id) is not sent, since the core would refuse it: the state says so until it is fixed.
 */
export type SaveStatus = 'saved' | 'pending' | 'saving' | 'invalid' | 'error';

const AUTOSAVE_DELAY_MS = 600;

export interface Autosave {
  status: SaveStatus;
  error: ApiError | null;
  /** Saves now what is not saved yet; false when it could not (invalid, or the save failed). */
  flush(): Promise<boolean>;
}

export function useAutosave(definition: SurveyDefinition, valid: boolean, save: (definition: SurveyDefinition) => Promise<void>): Autosave {
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [error, setError] = useState<ApiError | null>(null);
  const saved = useRef(definition);
  const latest = useRef({ definition, valid });
  latest.current = { definition, valid };
  const running = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;

  const run = useCallback(async (): Promise<boolean> => {
    if (running.current) await running.current;
    const { definition: target, valid: ok } = latest.current;
    if (target === saved.current) return true;
    if (!ok) return false;
    const attempt = (async () => {
      setStatus('saving');
      try {
        await saveRef.current(target);
        saved.current = target;
        setError(null);
        return true;
      } catch (err) {
        setError(ApiError.from(err));
        setStatus('error');
        return false;
      }
    })();
    running.current = attempt;
    const done = await attempt;
    running.current = null;
    if (!done) return false;
    // Edits made during the save are saved next; the status follows the newest definition.
    if (latest.current.definition !== saved.current) return latest.current.valid ? run() : (setStatus('invalid'), false);
    setStatus('saved');
    return true;
  }, []);

  useEffect(() => {
    if (timer.current) clearTimeout(timer.current);
    if (definition === saved.current) {
      if (!running.current) setStatus('saved');
      return;
    }
    if (!valid) {
      setStatus('invalid');
      return;
    }
    setStatus((s) => (s === 'saving' ? s : 'pending'));
    timer.current = setTimeout(() => void run(), AUTOSAVE_DELAY_MS);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [definition, valid, run]);

  // Leaving the designer saves what is pending (the answer comes back to nobody, which is fine).
  useEffect(() => () => void run(), [run]);

  // Closing or reloading the window with edits not saved yet: saved at once, and the window asks first
  // (the desktop app shows its Stay / Discard question).
  useEffect(() => {
    if (status === 'saved') return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      void run();
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [status, run]);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    return run();
  }, [run]);

  return useMemo(() => ({ status, error, flush }), [status, error, flush]);
}
