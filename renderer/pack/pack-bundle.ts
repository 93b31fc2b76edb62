import { answerTuples, BUNDLE_FORMAT, BUNDLE_KIND, bodyText, headerLine, type BundleRecord, type BundleVersion } from '@model/bundles/bundle-format';
import { canonicalResponse } from '@model/responses/canonical-form';
import type { PackResponse } from './pack-store';

/**
 * The pack's responses as a bundle the workbench imports (model/bundles/bundle-format.ts): the same
 * canonical form and SHA-256 content hash as the workbench (WebCrypto here, node:crypto there), each
 * response with the hashes of its earlier downloads as replaced, so a second download updates.
 */

const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
const sha256 = async (bytes: Uint8Array<ArrayBuffer>) => hex(await crypto.subtle.digest('SHA-256', bytes));

export interface PackData {
  packId: string;
  deviceId: string;
  version: BundleVersion;
}

/** The bundle text and, per response, the content hash it now carries (to remember as downloaded). */
export async function packBundle(data: PackData, responses: Record<string, PackResponse>, at: string): Promise<{ text: string; hashes: Record<string, string> }> {
  const records: BundleRecord[] = [data.version];
  const hashes: Record<string, string> = {};
  for (const [id, r] of Object.entries(responses)) {
    if (r.answers.length === 0) continue;
    const content = { surveyVersionId: data.version.id, status: 'complete' as const, startedAt: r.startedAt, completedAt: r.updatedAt, answers: r.answers };
    const contentHash = await sha256(new TextEncoder().encode(canonicalResponse(content)));
    hashes[id] = contentHash;
    records.push({
      type: 'response',
      id,
      ...content,
      voidCause: null,
      contentHash,
      replacedHashes: r.downloaded.filter((h) => h !== contentHash),
      memberUid: null,
      deviceId: data.deviceId,
      answers: answerTuples(r.answers),
    });
  }
  const body = new TextEncoder().encode(bodyText(records));
  const header = headerLine({ kind: BUNDLE_KIND, format: BUNDLE_FORMAT, createdAt: at, deviceId: data.deviceId, checksum: await sha256(body), encryption: null });
  return { text: header + new TextDecoder().decode(body), hashes };
}
