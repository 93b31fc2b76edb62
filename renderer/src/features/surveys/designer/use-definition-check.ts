import { useEffect, useRef, useState } from 'react';
import type { SurveyDefinition } from '@model/survey/definition';
import { checkDefinition, type DefinitionCheck } from './check-definition';

export interface CheckedDefinition extends DefinitionCheck {
  /** The definition these results are about (the latest one checked, which may trail the one being edited). */
  definition: SurveyDefinition;
}

/**
 * The rules of a draft, checked in a worker so the window stays responsive while a long survey is
 * checked; only the newest request's answer is kept. Where there is no Worker (tests under jsdom)
 * the check runs here.
 */
export function useDefinitionCheck(definition: SurveyDefinition): CheckedDefinition {
  const [result, setResult] = useState<CheckedDefinition>(() => ({ definition, ...checkDefinition(definition) }));
  const worker = useRef<Worker | null>(null);
  const latest = useRef({ id: 0, definition });

  useEffect(() => {
    if (typeof Worker === 'undefined') return;
    const created = new Worker(new URL('./check-definition.worker.ts', import.meta.url), { type: 'module' });
    created.onmessage = (event: MessageEvent<DefinitionCheck & { id: number }>) => {
      const { id, parses, issues } = event.data;
      if (id === latest.current.id) setResult({ definition: latest.current.definition, parses, issues });
    };
    worker.current = created;
    return () => {
      created.terminate();
      worker.current = null;
    };
  }, []);

  useEffect(() => {
    if (definition === result.definition) return;
    latest.current = { id: latest.current.id + 1, definition };
    if (worker.current) worker.current.postMessage({ id: latest.current.id, definition });
    else setResult({ definition, ...checkDefinition(definition) });
  }, [definition, result.definition]);

  return result;
}
