import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SurveyDefinition } from '@model/survey/definition';
import { ApiError } from '@renderer/api';

/**
 * Saves the draft a moment after the last change (surveys.update), one save at a time: changes made
 * while a save is under way are saved right after it. A definition that does not parse (an empty
 * text, a bad id) is not sent, since the core would refuse it: the state says so until it is fixed.
 * It saves the checked definition (the rules are checked once typing pauses); the live one, edited a
 * moment ago, counts as pending, Save now (flush) waits for its check, and leaving or closing the
 * window saves it unchecked (the core checks it again).
 */
export type SaveStatus = 'saved' | 'pending' | 'saving' | 'invalid' | 'error';

const AUTOSAVE_DELAY_MS = 600;

export interface Autosave {
  status: SaveStatus;
  error: ApiError | null;
  /** Saves now what is not saved yet, once its check has caught up; false when it could not (invalid, or the save failed). */
  flush(): Promise<boolean>;
}

/** `definition`: the last checked one, `valid` whether it parses; `live`: the one being edited. */
export function useAutosave(definition: SurveyDefinition, valid: boolean, save: (definition: SurveyDefinition) => Promise<void>, live: SurveyDefinition): Autosave {
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [error, setError] = useState<ApiError | null>(null);
  const saved = useRef(definition);
  const latest = useRef({ definition, valid, live });
  latest.current = { definition, valid, live };
  // Who waits for the check to catch up with the live definition (flush).
  const waitingForCheck = useRef<(() => void)[]>([]);
  const running = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;

  /** Saves the checked definition, or with `newest` the live one even before its check (leaving, closing). */
  const run = useCallback(async (newest = false): Promise<boolean> => {
    if (running.current) await running.current;
    const { definition: checked, valid: ok, live: edited } = latest.current;
    const [target, sendable] = newest ? [edited, edited !== checked || ok] : [checked, ok];
    if (target === saved.current) return true;
    if (!sendable) return false;
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
    const now = latest.current;
    if (newest && now.live !== saved.current) return run(true);
    if (now.definition === saved.current) {
      setStatus('saved');
      return true;
    }
    // Saved ahead of its check: the check catching up marks it saved (the effect below).
    if (newest) return true;
    return now.valid ? run() : (setStatus('invalid'), false);
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

  useEffect(() => {
    if (live === definition) for (const resume of waitingForCheck.current.splice(0)) resume();
  }, [live, definition]);

  // Leaving the designer saves what is pending (the answer comes back to nobody, which is fine).
  useEffect(() => () => void run(true), [run]);

  // Closing or reloading the window with edits not saved yet: saved at once, and the window asks first
  // (the desktop app shows its Stay / Discard question).
  const shown: SaveStatus = status === 'saved' && live !== definition ? 'pending' : status;
  useEffect(() => {
    if (shown === 'saved') return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      void run(true);
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [shown, run]);

  const flush = useCallback(async () => {
    const { definition: checked, live: edited } = latest.current;
    if (edited !== checked) await new Promise<void>((resume) => waitingForCheck.current.push(resume));
    if (timer.current) clearTimeout(timer.current);
    return run();
  }, [run]);

  return useMemo(() => ({ status: shown, error, flush }), [shown, error, flush]);
}
