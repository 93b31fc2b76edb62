import people from '../../../resources/demo/people.json';
import { OPENNESS_INSTRUMENT_ID } from '@model/openness';
import { questionEntries } from '@model/survey/definition';
import type { AnswerRow } from '@model/survey/answer-fields';
import { raiseFlagsInBulk } from '../collection/quality-flags';
import { hashResponseContent } from '../collection/response-hash';
import { insertRows } from '../db/batch-insert';
import type { SqlValue } from '../db/connection';
import type { WorkspaceDb } from '../db/workspace-db';
import type { Tx } from '../db/writer';
import type { JobContext } from '../jobs/job-registry';
import { textKey } from '../members/text-key';
import { buildDemoMembers, type DemoMember } from './demo-members';
import { demoSurveys } from './demo-surveys';
import { answerMilliseconds, respondentPace } from './demo-timings';
import { createRandom, type Random } from './random';

export const DEMO_SEED = 20_240_611;
const DEMO_MEMBER_COUNT = 2_000;
const CHUNK = 250;
const DAY = 86_400_000;
const MEMBER_COLUMNS = ['id', 'code', 'name', 'name_key', 'email', 'email_key', 'phone', 'country', 'city', 'language', 'gender',
  'birth_year', 'joined_at', 'source_channel', 'lifecycle_stage', 'consent_status', 'consent_date', 'consent_scope', 'do_not_contact', 'created_at', 'updated_at'];

interface DemoResponse {
  id: string;
  versionId: string;
  memberIndex: number;
  status: 'draft' | 'complete' | 'void';
  device: string;
  startedAt: string;
  completedAt: string | null;
  answers: AnswerRow[];
  timings: [string, number][];
}


function buildResponses(rng: Random, members: DemoMember[], versionIds: string[], now: Date): DemoResponse[] {
  const out: DemoResponse[] = [];
  demoSurveys.forEach((survey, s) => {
    const publishedAt = now.getTime() - (120 - 60 * s) * DAY;
    members.forEach((m, memberIndex) => {
      if (m.consent !== 'granted' || m.doNotContact || Date.parse(m.joinedAt) > publishedAt) return;
      if (!rng.chance(Math.max(0, Math.min(0.97, survey.responseRate(m))))) return;
      const status = rng.weighted<DemoResponse['status']>([['complete', 95], ['draft', 4], ['void', 1]]);
      let answers = survey.answers(rng, m);
      if (status === 'draft') answers = answers.slice(0, rng.int(1, Math.max(1, answers.length - 2)));
      const pace = respondentPace(rng, m.tags.includes('mobile first'));
      const answered = new Set(answers.map((a) => a.questionId));
      const timings = questionEntries(survey.definition)
        .filter((e) => answered.has(e.question.id))
        .map(({ question }): [string, number] => [question.id, answerMilliseconds(rng, question, pace)]);
      const started = publishedAt + rng.next() * (now.getTime() - publishedAt - DAY);
      const completed = status === 'draft' ? null : new Date(started + timings.reduce((t, [, ms]) => t + ms, 0)).toISOString();
      out.push({
        id: rng.uuid(),
        versionId: versionIds[s]!,
        memberIndex,
        status,
        device: rng.chance(0.15) ? `kiosk-${m.country.toLowerCase()}` : 'web',
        startedAt: new Date(started).toISOString(),
        completedAt: completed,
        answers,
        timings,
      });
    });
  });
  return out;
}

async function inChunks<T>(ctx: JobContext, items: readonly T[], write: (chunk: readonly T[]) => Promise<void>, onDone: (n: number) => void) {
  for (let start = 0; start < items.length; start += CHUNK) {
    await write(items.slice(start, start + CHUNK));
    onDone(Math.min(items.length, start + CHUNK));
    await ctx.checkpoint();
  }
}

async function writeMembers(tx: Tx, ctx: JobContext, members: DemoMember[], now: string, ids: number[], progress: (n: number) => void) {
  const tagIds = new Map<string, number>();
  for (const tag of people.tags) {
    const { lastID } = await tx.run('INSERT INTO tag (name, name_key, color, created_at) VALUES (?, ?, ?, ?)', [tag.name, textKey(tag.name), tag.color, now]);
    tagIds.set(tag.name, lastID);
  }
  await inChunks(ctx, members, async (chunk) => {
    const offset = ids.length;
    // The workspace is new and empty, so member ids can be assigned here and used for the links.
    chunk.forEach((_, i) => ids.push(offset + i + 1));
    await insertRows(tx, 'member', MEMBER_COLUMNS, chunk.map((m, i) => [
      ids[offset + i]!, m.code, m.name, textKey(m.name), m.email, m.email && textKey(m.email), m.phone, m.country, m.city, m.language, m.gender,
      m.birthYear, m.joinedAt, m.sourceChannel, m.stage, m.consent, m.consentDate, m.consent === 'granted' ? 'research' : null,
      m.doNotContact ? 1 : 0, now, now,
    ]));
    const tagRows: SqlValue[][] = chunk.flatMap((m, i) => m.tags.map((t) => [tagIds.get(t)!, ids[offset + i]!]));
    await insertRows(tx, 'member_tag', ['tag_id', 'member_id'], tagRows);
    const answerRows: SqlValue[][] = chunk.flatMap((m, i) =>
      m.screener.flatMap((v, item) => (v === null ? [] : [[ids[offset + i]!, OPENNESS_INSTRUMENT_ID, item + 1, v, m.joinedAt]])),
    );
    await insertRows(tx, 'screener_answer', ['member_id', 'instrument_id', 'item', 'value', 'answered_at'], answerRows);
    const scoreRows: SqlValue[][] = chunk.flatMap((m, i) =>
      m.score ? [[ids[offset + i]!, OPENNESS_INSTRUMENT_ID, m.score.score, m.score.answered, m.joinedAt]] : [],
    );
    await insertRows(tx, 'trait_score', ['member_id', 'instrument_id', 'score', 'answered', 'scored_at'], scoreRows);
  }, progress);
}

async function writeResponses(tx: Tx, ctx: JobContext, responses: DemoResponse[], memberIds: number[], progress: (n: number) => void) {
  await inChunks(ctx, responses, async (chunk) => {
    await insertRows(
      tx,
      'response',
      ['id', 'survey_version_id', 'member_id', 'status', 'device_id', 'started_at', 'completed_at', 'content_hash'],
      chunk.map((r) => [
        r.id, r.versionId, memberIds[r.memberIndex]!, r.status, r.device, r.startedAt, r.completedAt,
        hashResponseContent({ surveyVersionId: r.versionId, status: r.status, startedAt: r.startedAt, completedAt: r.completedAt, answers: r.answers }),
      ]),
    );
    await insertRows(tx, 'answer', ['response_id', 'question_id', 'row_id', 'option_code', 'num', 'text'],
      chunk.flatMap((r) => r.answers.map((a) => [r.id, a.questionId, a.rowId, a.optionCode, a.num, a.text])));
    await insertRows(tx, 'answer_timing', ['response_id', 'question_id', 'ms'], chunk.flatMap((r) => r.timings.map(([q, ms]) => [r.id, q, ms])));
  }, progress);
}

/**
 * Fills an empty workspace with a synthetic community (fixed seed, so every machine gets the same
 * one): members with tags, consent and lifecycle stages, openness screener answers and scores,
 * two published surveys and their responses, with the quality flags they earn. One transaction: a cancelled run leaves it empty.
 */
export async function generateDemoCommunity(db: WorkspaceDb, ctx: JobContext, options: { seed: number; now: Date }) {
  const rng = createRandom(options.seed);
  const now = options.now.toISOString();
  const members = buildDemoMembers(rng, DEMO_MEMBER_COUNT, options.now);
  const versionIds = demoSurveys.map(() => rng.uuid());
  const responses = buildResponses(rng, members, versionIds, options.now);
  const total = members.length + responses.length;
  await db.writer.transaction(async (tx) => {
    await tx.run("INSERT INTO workspace_meta (key, value) VALUES ('demo_seed', ?)", [String(options.seed)]);
    const memberIds: number[] = [];
    ctx.progress(0, total, 'jobs.phase.members');
    await writeMembers(tx, ctx, members, now, memberIds, (n) => ctx.progress(n, total));
    ctx.progress(members.length, total, 'jobs.phase.surveys');
    for (const [s, survey] of demoSurveys.entries()) {
      const surveyId = rng.uuid();
      const publishedAt = new Date(options.now.getTime() - (120 - 60 * s) * DAY).toISOString();
      await tx.run('INSERT INTO survey (id, title, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?)', [surveyId, survey.title, survey.description, publishedAt, publishedAt]);
      await tx.run("INSERT INTO survey_version (id, survey_id, version, definition, published_at, breaks, updated_at) VALUES (?, ?, 1, ?, ?, '[]', ?)", [
        versionIds[s]!, surveyId, JSON.stringify(survey.definition), publishedAt, publishedAt,
      ]);
    }
    ctx.progress(members.length, total, 'jobs.phase.responses');
    await writeResponses(tx, ctx, responses, memberIds, (n) => ctx.progress(members.length + n, total));
    const complete = responses.flatMap((r) => (r.status === 'complete' ? [{ id: r.id, surveyVersionId: r.versionId, completedAt: r.completedAt! }] : []));
    await raiseFlagsInBulk(tx, complete, now);
  });
  return { members: members.length, surveys: demoSurveys.length, responses: responses.filter((r) => r.status !== 'void').length };
}
