import { z } from 'zod';
import { answerValue } from '@model/responses/answer-value';
import { identificationModes, surveyLanguages } from '@model/survey/definition';
import { qualityFlagKinds, quotaFullReasons } from '@model/responses/response-kinds';
import { method } from './define';
import { campaignId } from './campaigns';
import { memberId } from './members';
import { definitionOutput, versionId } from './surveys';

/**
 * Collection on this device (kiosk mode): start a response to a published version, save each answer
 * durably as it is given, complete it, and resume or discard the drafts a crash or a closed window
 * left. Every answer is committed with synchronous=FULL before collect.answer answers, so an
 * acknowledged answer survives a crash or power loss.
 */

/** A response's UUID (stable across devices and bundles). */
export const responseId = z.string().min(1).max(100);
export const questionId = z.string().min(1).max(64);

/** Shown instead of the survey when a respondent is over the version's response cap or a campaign quota. */
const quotaFull = z.object({
  status: z.literal('quotaFull'),
  reason: z.enum(quotaFullReasons),
  /** The campaign quota that was full (reason quota). */
  quota: z.object({ id: z.number().int(), label: z.string() }).nullable(),
  /** The survey's quotaFullMessage (piped with the answers given); null: show the standard text. */
  message: z.string().nullable(),
});

export const qualityFlag = z.object({
  kind: z.enum(qualityFlagKinds),
  raisedAt: z.string(),
  /** speeder: { totalMs, medianMs }; straightLining: { questionId, rows, code }; repeatMember: { earlierResponseId }. */
  detail: z.record(z.string(), z.union([z.string(), z.number()])),
});

const collectableVersion = z.object({
  surveyVersionId: versionId,
  surveyId: z.string(),
  title: z.string(),
  version: z.number().int(),
  language: z.enum(surveyLanguages),
  identification: z.enum(identificationModes),
  /** Complete responses so far, and the cap (null: none). */
  responseCount: z.number().int(),
  responseCap: z.number().int().nullable(),
  /** Unfinished responses to this version. */
  drafts: z.number().int(),
  publishedAt: z.string(),
});

export const collectMethods = {
  'collect.versions': method({
    summary: 'The published versions a kiosk can run: the latest published version of each survey (all published versions with all: true), with identification, response count and cap.',
    input: z.object({ all: z.boolean().default(false) }).strict().default({ all: false }),
    output: z.object({ versions: z.array(collectableVersion) }),
  }),
  'collect.version': method({
    summary: "One published version with its frozen definition, as the respondent's view renders it.",
    input: z.object({ surveyVersionId: versionId }).strict(),
    output: collectableVersion.extend({ definition: definitionOutput }),
  }),
  'collect.start': method({
    summary:
      "Start a response to a published version. memberId (or memberCode) is required when the survey's identification is member, refused when it is anonymous; deviceId defaults to this workspace's device id; campaignId counts the response against that campaign's quotas. Over the version's response cap or a full quota, no response is started and the answer is { status: 'quotaFull' } with the survey's quota-full message.",
    input: z
      .object({
        surveyVersionId: versionId,
        memberId: memberId.nullable().optional(),
        /** The member by member code (as a respondent types it), instead of memberId. */
        memberCode: z.string().trim().min(1).max(64).nullable().optional(),
        deviceId: z.string().trim().min(1).max(100).nullable().optional(),
        campaignId: campaignId.nullable().optional(),
      })
      .strict()
      .refine((v) => v.memberId == null || v.memberCode == null, { path: ['memberCode'], message: 'give memberId or memberCode, not both' }),
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('started'), responseId, surveyVersionId: versionId, memberId: memberId.nullable(), deviceId: z.string(), startedAt: z.string() }),
      quotaFull.extend({ responseId: z.null() }),
    ]),
  }),
  'collect.answer': method({
    summary:
      'Save one answer of a draft (replacing the earlier answer to that question; null clears it) and its time in ms (added to the time already spent on the question). Answers only after the commit is durable (synchronous=FULL). A value that does not fit the question is refused with VALIDATION naming the field and what was expected, and nothing is written.',
    input: z
      .object({
        responseId,
        questionId,
        value: answerValue,
        /** Time the respondent spent on the question this time, as the client measured it. */
        ms: z.number().int().min(0).max(86_400_000).nullable().optional(),
      })
      .strict(),
    output: z.object({
      responseId,
      questionId,
      /** Questions of the draft with an answer now. */
      answered: z.number().int(),
      savedAt: z.string(),
    }),
  }),
  'collect.complete': method({
    summary:
      "Complete a draft: required questions that display logic shows must be answered (VALIDATION naming them); the response cap and campaign quotas are checked (over them the response is set aside as void and the answer is { status: 'quotaFull' }); the content hash is computed, quality flags raised and the survey's reward points credited to the member.",
    input: z.object({ responseId }).strict(),
    output: z.discriminatedUnion('status', [
      z.object({
        status: z.literal('complete'),
        responseId,
        completedAt: z.string(),
        contentHash: z.string(),
        /** Credited to the member's points ledger (0 for anonymous responses or surveys without a reward). */
        pointsAwarded: z.number().int(),
        flags: z.array(qualityFlag),
        /** The survey's end message (piped with the answers); null: show the standard text. */
        endMessage: z.string().nullable(),
      }),
      quotaFull.extend({ responseId }),
    ]),
  }),
  'collect.drafts': method({
    summary:
      'Unfinished responses on this workspace (newest activity first), with how many questions are answered, the furthest question answered and where to resume (the next question display logic shows).',
    input: z.object({ surveyVersionId: versionId.nullable().optional() }).strict().default({}),
    output: z.object({
      drafts: z.array(
        z.object({
          responseId,
          surveyVersionId: versionId,
          surveyId: z.string(),
          surveyTitle: z.string(),
          version: z.number().int(),
          memberId: memberId.nullable(),
          memberCode: z.string().nullable(),
          deviceId: z.string(),
          startedAt: z.string(),
          /** The last answer saved; startedAt when none. */
          updatedAt: z.string(),
          answered: z.number().int(),
          /** The furthest question (in the survey's order) with an answer; null: none yet. */
          lastQuestionId: questionId.nullable(),
          /** The first question after it that display logic shows; null: nothing left to ask (ready to complete). */
          resumeQuestionId: questionId.nullable(),
        }),
      ),
    }),
  }),
  'collect.discard': method({
    summary: 'Discard a draft: it is set aside as void (its answers are kept, never shown as a response); only drafts can be discarded (CONFLICT otherwise).',
    input: z.object({ responseId }).strict(),
    output: z.object({ responseId, status: z.literal('void') }),
  }),
};
