import type { AnswerRow } from '@model/survey/answer-fields';

/**
 * The pack's responses in the browser's storage, saved as each answer is given, under a key of the
 * pack's own id, so two packs opened in the same browser never mix.
 */

export interface PackResponse {
  startedAt: string;
  /** The last answer's time: the response's completion time in the file. */
  updatedAt: string;
  answers: AnswerRow[];
  finished: boolean;
  /** Content hashes already downloaded: a later download names them as replaced, so it updates. */
  downloaded: string[];
}

export interface PackState {
  current: string | null;
  responses: Record<string, PackResponse>;
}

const keyOf = (packId: string) => `insight-workbench-pack:${packId}`;

export function loadState(packId: string): PackState {
  const raw = localStorage.getItem(keyOf(packId));
  return raw ? (JSON.parse(raw) as PackState) : { current: null, responses: {} };
}

export const saveState = (packId: string, state: PackState) => localStorage.setItem(keyOf(packId), JSON.stringify(state));
