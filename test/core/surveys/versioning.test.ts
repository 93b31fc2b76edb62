import { describe, expect, it } from 'vitest';
import { call } from '../../support/call';
import { addResponses, onePage, surveySession, type QuestionInput } from './survey-fixture';

const usage = (codes: [string, string][]): QuestionInput => ({
  id: 'usage',
  type: 'single',
  text: 'How often do you use it?',
  options: codes.map(([code, label]) => ({ code, label })),
});
const v1 = onePage([usage([['daily', 'Daily'], ['weekly', 'Weekly']]), { id: 'why', type: 'text', text: 'Why?' }]);
// The same question, with "Weekly" now stored as "week".
const v2 = onePage([usage([['daily', 'Daily'], ['week', 'Weekly']]), { id: 'why', type: 'text', text: 'Why, in a few words?' }]);

describe('survey versions', () => {
  it('publish, edit, publish again: earlier responses keep their version, and a changed option code is flagged', async () => {
    const { dispatch, session } = await surveySession();
    const created = await call(dispatch, 'surveys.create', { title: 'Pulse', language: 'ru' });
    expect((await call(dispatch, 'surveys.get', { id: created.id })).definition.language).toBe('ru');
    const first = await call(dispatch, 'surveys.update', { id: created.id, definition: v1 });
    expect(first).toMatchObject({ draft: { versionId: created.versionId, version: 1 }, startedNewVersion: false, issues: [] });
    const published1 = await call(dispatch, 'surveys.publish', { id: created.id });
    expect(published1).toMatchObject({ versionId: created.versionId, version: 1, breaks: [], overrideReason: null });
    await addResponses(session, [
      { id: 'r1', versionId: published1.versionId, status: 'complete', answers: [{ questionId: 'usage', optionCode: 'weekly' }] },
      { id: 'r2', versionId: published1.versionId, status: 'draft', answers: [{ questionId: 'usage', optionCode: 'daily' }] },
    ]);

    // Publishing again without a change has nothing to publish.
    const nothing = await dispatch('surveys.publish', { id: created.id });
    expect(nothing.ok || [nothing.error.code, nothing.error.key]).toEqual(['CONFLICT', 'errors.surveyNothingToPublish']);

    const edited = await call(dispatch, 'surveys.update', { id: created.id, definition: v2 });
    expect(edited.startedNewVersion).toBe(true);
    expect(edited.draft?.version).toBe(2);
    expect(edited.draft?.versionId).not.toBe(published1.versionId);
    const again = await call(dispatch, 'surveys.update', { id: created.id, title: 'Pulse 2' });
    expect(again).toMatchObject({ startedNewVersion: false, draft: edited.draft });

    const mid = await call(dispatch, 'surveys.get', { id: created.id });
    expect(mid).toMatchObject({ status: 'publishedWithDraft', version: 2, publishedVersion: 1, title: 'Pulse 2', language: 'en', responseCount: 1, responsesInProgress: 1 });
    // The draft's breaks are shown before it is published.
    expect(mid.versions[0]!.breaks).toEqual([expect.objectContaining({ questionId: 'usage', kind: 'optionCodeChanged', params: { label: 'Weekly', from: 'weekly', to: 'week' } })]);

    const published2 = await call(dispatch, 'surveys.publish', { id: created.id });
    expect(published2.version).toBe(2);
    expect(published2.breaks).toEqual([
      { questionId: 'usage', kind: 'optionCodeChanged', detail: 'option "Weekly" changed code from "weekly" to "week"', params: { label: 'Weekly', from: 'weekly', to: 'week' } },
    ]);

    const { versions } = await call(dispatch, 'surveys.versions', { id: created.id });
    expect(versions.map((v) => [v.version, v.responseCount, v.breaks.map((b) => b.kind)])).toEqual([
      [2, 0, ['optionCodeChanged']],
      [1, 1, []],
    ]);
    const owners = await session.workspace.db.reader.all<{ id: string; survey_version_id: string }>('SELECT id, survey_version_id FROM response ORDER BY id');
    expect(owners).toEqual([
      { id: 'r1', survey_version_id: published1.versionId },
      { id: 'r2', survey_version_id: published1.versionId },
    ]);
    // Version 1 still reads as it was published.
    const exported = await call(dispatch, 'surveys.exportJson', { id: created.id, versionId: published1.versionId });
    expect(JSON.parse(exported.json).pages[0].questions[0].options.map((o: { code: string }) => o.code)).toEqual(['daily', 'weekly']);
    const list = await call(dispatch, 'surveys.list', {});
    expect(list.surveys).toEqual([expect.objectContaining({ id: created.id, status: 'published', version: 2, publishedVersion: 2, questionCount: 2, responseCount: 1 })]);
    await session.closeWorkspace();
  });

  it('never changes a published version, even by a direct write', async () => {
    const { dispatch, session } = await surveySession();
    const { id, versionId } = await call(dispatch, 'surveys.create', { title: 'Frozen' });
    await call(dispatch, 'surveys.update', { id, definition: v1 });
    await call(dispatch, 'surveys.publish', { id });
    const write = session.workspace.db.writer.transaction((tx) => tx.run("UPDATE survey_version SET definition = '{}' WHERE id = ?", [versionId]));
    await expect(write).rejects.toThrow('a published survey version is frozen');
    await session.closeWorkspace();
  });

  it('refuses a definition that does not parse, naming each bad field, and keeps the saved draft', async () => {
    const { dispatch, session } = await surveySession();
    const { id } = await call(dispatch, 'surveys.create', { title: 'Draft' });
    await call(dispatch, 'surveys.update', { id, definition: v1 });
    const bad = { language: 'en', pages: [{ id: 'p1', questions: [{ id: 'q1', type: 'single', text: '', options: [{ code: 7, label: 'Seven' }] }] }] };
    const refused = await dispatch('surveys.update', { id, definition: bad as never });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('VALIDATION');
    expect(refused.error.issues).toEqual([
      { path: ['definition', 'pages', 0, 'questions', 0, 'text'], message: 'must not be empty' },
      { path: ['definition', 'pages', 0, 'questions', 0, 'options', 0, 'code'], message: 'expected a string' },
    ]);
    expect((await call(dispatch, 'surveys.get', { id })).definition.pages[0]!.questions.map((q) => q.id)).toEqual(['usage', 'why']);
    await session.closeWorkspace();
  });

  it('saves an unfinished draft that breaks publishing rules, lists its issues, and refuses to publish it', async () => {
    const { dispatch, session } = await surveySession();
    const { id } = await call(dispatch, 'surveys.create', { title: 'Unfinished' });
    expect((await call(dispatch, 'surveys.get', { id })).draft?.issues).toEqual([
      expect.objectContaining({ path: ['pages', 0, 'questions'], kind: 'emptyPage' }),
    ]);
    const twice = onePage([usage([['a', 'A'], ['a', 'Also A']])]);
    const saved = await call(dispatch, 'surveys.update', { id, definition: twice });
    expect(saved.issues).toEqual([expect.objectContaining({ path: ['pages', 0, 'questions', 0, 'options', 1, 'code'], kind: 'duplicateCode' })]);
    const refused = await dispatch('surveys.publish', { id });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error).toMatchObject({ code: 'VALIDATION', key: 'errors.surveyInvalid', params: { count: 1 } });
    expect(refused.error.issues).toEqual([expect.objectContaining({ path: ['pages', 0, 'questions', 0, 'options', 1, 'code'] })]);
    expect(refused.error.message).toContain('pages[0].questions[0].options[1].code: option code "a" is used again');
    await session.closeWorkspace();
  });

  it('deletes a survey without responses, and refuses one with responses', async () => {
    const { dispatch, session } = await surveySession();
    const kept = await call(dispatch, 'surveys.create', { title: 'Answered' });
    await call(dispatch, 'surveys.update', { id: kept.id, definition: v1 });
    await call(dispatch, 'surveys.publish', { id: kept.id });
    await addResponses(session, [{ id: 'r1', versionId: kept.versionId, status: 'void', answers: [] }]);
    const refused = await dispatch('surveys.delete', { id: kept.id });
    expect(refused.ok || [refused.error.code, refused.error.key]).toEqual(['CONFLICT', 'errors.surveyHasResponses']);
    const gone = await call(dispatch, 'surveys.create', { title: 'Unanswered' });
    await call(dispatch, 'surveys.delete', { id: gone.id });
    expect((await call(dispatch, 'surveys.list', {})).surveys.map((s) => s.title)).toEqual(['Answered']);
    const missing = await dispatch('surveys.get', { id: gone.id });
    expect(missing.ok || missing.error.code).toBe('NOT_FOUND');
    await session.closeWorkspace();
  });

  it('duplicates a survey into another language with the same ids and codes', async () => {
    const { dispatch, session } = await surveySession();
    const { id } = await call(dispatch, 'surveys.create', { title: 'Pulse' });
    await call(dispatch, 'surveys.update', { id, definition: v1 });
    const copy = await call(dispatch, 'surveys.duplicate', { id, language: 'zh-CN', title: 'Pulse (中文)' });
    const detail = await call(dispatch, 'surveys.get', { id: copy.id });
    const source = await call(dispatch, 'surveys.get', { id });
    expect(detail).toMatchObject({ title: 'Pulse (中文)', language: 'zh-CN', status: 'draft' });
    expect(detail.definition).toEqual({ ...source.definition, language: 'zh-CN' });
    await session.closeWorkspace();
  });
});
