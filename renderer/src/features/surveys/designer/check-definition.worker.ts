import type { SurveyDefinition } from '@model/survey/definition';
import { checkDefinition } from './check-definition';

/** Checks drafts off the main thread: tens of milliseconds for a long survey, which typing must not wait for. */
const scope = self as unknown as { onmessage: ((event: MessageEvent<{ id: number; definition: SurveyDefinition }>) => void) | null; postMessage(message: unknown): void };

scope.onmessage = (event) => scope.postMessage({ id: event.data.id, ...checkDefinition(event.data.definition) });
