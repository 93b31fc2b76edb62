import { hash } from 'node:crypto';
import { canonicalResponse, canonicalResponseOfTuples, type AnswerTuple, type ResponseContent } from '@model/responses/canonical-form';

const sha256Hex = (text: string) => hash('sha256', text, 'hex');

/** SHA-256 (hex) of a response's canonical form (main/model/responses/canonical-form.ts). */
export function hashResponseContent(content: ResponseContent): string {
  return sha256Hex(canonicalResponse(content));
}

/** The same hash of a response whose answers are tuples (a bundle's record), without answer rows made of them. */
export function hashResponseTuples(content: Omit<ResponseContent, 'answers'>, answers: readonly AnswerTuple[]): string {
  return sha256Hex(canonicalResponseOfTuples(content, answers));
}
