import { createHash } from 'node:crypto';
import { canonicalResponse, type ResponseContent } from '@model/responses/canonical-form';

/** SHA-256 (hex) of a response's canonical form (main/model/responses/canonical-form.ts). */
export function hashResponseContent(content: ResponseContent): string {
  return createHash('sha256').update(canonicalResponse(content)).digest('hex');
}
