import { z } from 'zod';
import { answerValue } from '@model/responses/answer-value';
import { qualityFlagKinds, responseStatuses, voidCauses } from '@model/responses/response-kinds';
import { method } from './define';
import { qualityFlag, questionId, responseId } from './collect';
import { memberId } from './members';
import { versionId } from './surveys';

/**
 * Responses: read them with their quality flags, and clean them. A correction or a void is audited
 * (who, when, why; no answers in the audit), the answers it replaced go to the response's history
 * (which erasing the member clears), and the content hash changes, the edit recording the hash it
 * replaced so the response can later travel to other devices as an update, not a conflict.
 */

const reason = z.string().trim().min(3, 'say why (at least 3 characters)').max(500);

const responseSummary = z.object({
  responseId,
  surveyVersionId: versionId,
  memberId: memberId.nullable(),
  memberCode: z.string().nullable(),
  campaignId: z.number().int().nullable(),
  status: z.enum(responseStatuses),
  /** Why it is void; null unless status is void. */
  voidCause: z.enum(voidCauses).nullable(),
  deviceId: z.string(),
  startedAt: z.string(),
  completedAt: z.string().nullable(),
  /** The last change: an answer saved, completion, a correction or a void. */
  updatedAt: z.string(),
  /** Questions with an answer. */
  answered: z.number().int(),
  /** Sum of the per-question times. */
  totalMs: z.number().int(),
  /** SHA-256 of the canonical form (main/model/responses); null while a draft. */
  contentHash: z.string().nullable(),
  /** The hashes this response had before each correction or void, oldest first. */
  replacedHashes: z.array(z.string()),
  flags: z.array(qualityFlag),
});

const answerEntry = z.object({ questionId, value: answerValue });

const responseDetail = responseSummary.extend({
  /** In the survey's question order; unanswered questions left out. */
  answers: z.array(answerEntry),
  timings: z.array(z.object({ questionId, ms: z.number().int() })),
  /** Corrections and voids, oldest first: who, when, why, and the answers as they were before (deleted when the member is erased; the audit entries and replaced hashes stay). */
  history: z.array(
    z.object({
      at: z.string(),
      actor: z.string(),
      action: z.enum(['update', 'void']),
      /** Why, as the analyst gave it (from the change's audit entry). */
      reason: z.string().nullable(),
      replacedHash: z.string().nullable(),
      /** The answers before the change (all of them). */
      answers: z.array(answerEntry),
    }),
  ),
});

const edited = z.object({
  responseId,
  status: z.enum(responseStatuses),
  /** false: the correction gave the answers the response already had; nothing was written or audited. */
  changed: z.boolean(),
  contentHash: z.string(),
  /** The hash the change replaced (null: the response had none, a draft, or nothing changed). */
  replacedHash: z.string().nullable(),
});

export const responsesMethods = {
  'responses.list': method({
    summary:
      'A page of the responses to a version, newest first: status, member, device, times, answered count, content hash and quality flags; filter by status, flag (any of the kinds given; flagged: true for any flag, false for none) and member.',
    input: z
      .object({
        surveyVersionId: versionId,
        /** Default: drafts and complete responses (void ones only when asked for). */
        status: z.array(z.enum(responseStatuses)).min(1).default(['draft', 'complete']),
        flags: z.array(z.enum(qualityFlagKinds)).min(1).nullable().default(null),
        flagged: z.boolean().nullable().default(null),
        memberId: memberId.nullable().default(null),
        cursor: z.string().max(200).nullable().default(null),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    output: z.object({
      rows: z.array(responseSummary),
      /** Responses matching the filter, all pages. */
      total: z.number().int(),
      nextCursor: z.string().nullable(),
    }),
  }),
  'responses.get': method({
    summary: 'One response: its answers in the shape collect.answer takes, per-question times, quality flags, the hashes it replaced and its correction history.',
    input: z.object({ responseId }).strict(),
    output: responseDetail,
  }),
  'responses.update': method({
    summary:
      'Data cleaning: correct answers of a complete response (a value replaces the answer, null clears it; each checked like collect.answer), with the reason. Audited (who, when, why; question ids, never answers); the answers before go to the history; the content hash changes and the replaced hash is recorded.',
    input: z
      .object({
        responseId,
        answers: z.array(answerEntry).min(1).max(1000),
        reason,
      })
      .strict(),
    output: edited,
  }),
  'responses.void': method({
    summary:
      'Data cleaning: set a draft or complete response aside (status void, kept, left out of counts and analysis), with the reason; audited, the answers kept in the history, the content hash changes and the replaced hash is recorded.',
    input: z.object({ responseId, reason }).strict(),
    output: edited,
  }),
};
