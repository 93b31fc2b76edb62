import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startHost, type WorkbenchHost } from './support/workbench-host';

const QUESTIONS = 30;
const ACKNOWLEDGED = 17;
const qid = (n: number) => `q${String(n).padStart(2, '0')}`;

/**
 * The field's known failure (ODK Collect losing savepoints when Android kills the app): here an
 * answer is acknowledged only once it is durable, so killing the host straight after the 17th
 * acknowledgement loses none of them, and the draft resumes at question 18.
 */
describe('collection survives a crash', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'icw-e2e-crash-'));
  const workspace = path.join(root, 'field.sqlite');
  const home = path.join(root, 'home');
  fs.mkdirSync(home);
  let host: WorkbenchHost | null = null;

  afterAll(async () => {
    await host?.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('keeps all 17 acknowledged answers after SIGKILL, and the draft resumes at question 18', async () => {
    host = await startHost({ args: ['--workspace', workspace], home });
    const { id } = await host.call('surveys.create', { title: 'Store visit' });
    const questions = Array.from({ length: QUESTIONS }, (_, i) => ({
      id: qid(i + 1),
      type: 'single' as const,
      text: `How was part ${i + 1} of your visit?`,
      options: [{ code: 'good', label: 'Good' }, { code: 'bad', label: 'Bad' }],
    }));
    await host.call('surveys.update', { id, definition: { language: 'en', pages: questions.map((q, i) => ({ id: `p${i + 1}`, questions: [q] })) } });
    // 30 items is over the default limit of 25: published with a reason, as a researcher would.
    const { versionId } = await host.call('surveys.publish', { id, override: { reason: 'Long store visit form, agreed with the client' } });
    const started = await host.call('collect.start', { surveyVersionId: versionId });
    if (started.status !== 'started') throw new Error(`collect.start answered ${started.status}`);
    const { responseId } = started;

    const given: { questionId: string; value: string }[] = [];
    for (let n = 1; n <= ACKNOWLEDGED; n++) {
      const value = n % 3 === 0 ? 'bad' : 'good';
      const ack = await host.call('collect.answer', { responseId, questionId: qid(n), value, ms: 1000 + n });
      expect(ack.answered).toBe(n);
      given.push({ questionId: qid(n), value });
    }
    await host.crash();

    host = await startHost({ args: ['--workspace', workspace], home });
    const response = await host.call('responses.get', { responseId });
    expect(response.status).toBe('draft');
    expect(response.answers).toEqual(given);
    expect(response.timings).toEqual(given.map((g, i) => ({ questionId: g.questionId, ms: 1000 + i + 1 })));
    const { drafts } = await host.call('collect.drafts', {});
    expect(drafts).toEqual([
      expect.objectContaining({ responseId, surveyVersionId: versionId, answered: ACKNOWLEDGED, lastQuestionId: qid(17), resumeQuestionId: qid(18) }),
    ]);
  });
});
