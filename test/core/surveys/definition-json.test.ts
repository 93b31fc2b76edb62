import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { formatPath } from '../../../main/model/survey/definition-issues';
import { call } from '../../support/call';
import { surveySession } from './survey-fixture';

/** A definition using pages, logic, piping, settings and most question types. */
const rich = {
  language: 'en',
  settings: { identification: 'optional', responseCap: 500, endMessage: 'Thank you, {{answer:name|friend}}!', limits: { items: 30, minutes: null } },
  pages: [
    {
      id: 'about',
      title: 'About you',
      questions: [
        { id: 'name', type: 'text', text: 'What should we call you?', maxLength: 40 },
        { id: 'role', type: 'single', text: 'Your role?', options: [{ code: 'dev', label: 'Developer' }, { code: 'pm', label: 'Product manager' }, { code: 'other', label: 'Other' }] },
      ],
    },
    {
      id: 'product',
      showIf: { field: 'answer:role', op: 'in', value: ['dev', 'pm'] },
      questions: [
        { id: 'sat', type: 'likert', text: 'I like it, {{answer:name}}.', options: ['1', '2', '3', '4', '5'].map((label) => ({ label })) },
        { id: 'grid', type: 'matrix', text: 'Rate', rows: [{ id: 'speed', label: 'Speed' }], options: [{ label: 'Bad' }, { label: 'OK' }, { label: 'Good' }] },
        { id: 'nps', type: 'nps', text: 'Recommend?', options: [{ code: 'dk', label: "Don't know", nonSubstantive: true }] },
        { id: 'seats', type: 'number', text: 'Seats?', min: 1, integer: true, showIf: { field: 'answer:sat', op: 'in', value: ['4', '5'] } },
      ],
    },
  ],
};

/** Ten files, each with one bad field, and the path the error must name. */
const malformed: [string, unknown, string][] = [
  ['option code as a number', { language: 'en', pages: [{ id: 'p', questions: [{ id: 'q', type: 'single', text: 'Q', options: [{ code: 'a', label: 'A' }, { code: 2, label: 'B' }] }] }] }, 'pages[0].questions[0].options[1].code'],
  ['no language', { pages: [{ id: 'p', questions: [] }] }, 'language'],
  ['a language the app does not have', { language: 'de', pages: [{ id: 'p', questions: [] }] }, 'language'],
  ['an unknown question type', { language: 'en', pages: [{ id: 'p', questions: [{ id: 'q', type: 'slider', text: 'Q' }] }] }, 'pages[0].questions[0].type'],
  ['no page', { language: 'en', pages: [] }, 'pages'],
  ['an id with a space', { language: 'en', pages: [{ id: 'p', questions: [{ id: 'my q', type: 'text', text: 'Q' }] }] }, 'pages[0].questions[0].id'],
  ['a field the format does not have', { language: 'en', pages: [{ id: 'p', questions: [{ id: 'q', type: 'text', text: 'Q', colour: 'red' }] }] }, 'pages[0].questions[0].colour'],
  ['a matrix without rows', { language: 'en', pages: [{ id: 'p', questions: [{ id: 'm', type: 'matrix', text: 'M', options: [{ label: 'x' }] }] }] }, 'pages[0].questions[0].rows'],
  ['a zero item limit', { language: 'en', settings: { limits: { items: 0 } }, pages: [{ id: 'p', questions: [] }] }, 'settings.limits.items'],
  ['display logic with an unknown operator', { language: 'en', pages: [{ id: 'p', showIf: { field: 'answer:q', op: 'equals', value: 1 }, questions: [] }] }, 'pages[0].showIf.op'],
];

describe('survey definition JSON files', () => {
  it('imports an export back equal, from a path and from an upload', async () => {
    const { dispatch, dir, session } = await surveySession();
    const { id } = await call(dispatch, 'surveys.create', { title: 'Rich survey' });
    await call(dispatch, 'surveys.update', { id, definition: rich as never });
    const source = await call(dispatch, 'surveys.get', { id });
    const exported = await call(dispatch, 'surveys.exportJson', { id });
    expect(exported.fileName).toBe('rich-survey-v1.json');
    expect(JSON.parse(exported.json)).toMatchObject({ format: 1, language: 'en' });
    // Browser host: a one-time download of the same bytes.
    const offered = session.transfers.takeDownload(exported.downloadId!);
    expect(fs.readFileSync(offered!.path, 'utf8')).toBe(exported.json);

    const file = path.join(dir, exported.fileName);
    fs.writeFileSync(file, exported.json);
    const imported = await call(dispatch, 'surveys.importJson', { file: { path: file } });
    expect(imported.issues).toEqual([]);
    const copy = await call(dispatch, 'surveys.get', { id: imported.id });
    expect(copy.definition).toEqual(source.definition);
    expect(copy).toMatchObject({ title: 'rich-survey-v1', status: 'draft', ownLimits: { items: 30, minutes: null } });

    const upload = await session.transfers.receiveUpload(Readable.from([Buffer.from(`\uFEFF${exported.json}`)]), { maxBytes: 1e6, fileName: null });
    const fromUpload = await call(dispatch, 'surveys.importJson', { file: { uploadId: upload.uploadId }, title: 'From the browser' });
    expect((await call(dispatch, 'surveys.get', { id: fromUpload.id })).definition).toEqual(source.definition);
    await session.closeWorkspace();
  });

  it('saves an export at a path through the safe writer, replacing a file only when asked', async () => {
    const { dispatch, dir, session } = await surveySession();
    const { id } = await call(dispatch, 'surveys.create', { title: '产品调查', language: 'zh-CN' });
    const target = path.join(dir, 'survey.json');
    const saved = await call(dispatch, 'surveys.exportJson', { id, path: target });
    expect(saved).toMatchObject({ path: target, fileName: 'survey.json', downloadId: null });
    expect(fs.readFileSync(target, 'utf8')).toBe(saved.json);
    const again = await dispatch('surveys.exportJson', { id, path: target });
    expect(again.ok || [again.error.code, again.error.key]).toEqual(['CONFLICT', 'errors.fileExists']);
    expect((await dispatch('surveys.exportJson', { id, path: target, replace: true })).ok).toBe(true);
    expect((await call(dispatch, 'surveys.exportJson', { id })).fileName).toBe('产品调查-v1.json');
    await session.closeWorkspace();
  });

  it.each(malformed)('refuses a file with %s, naming the field, and writes nothing', async (_what, content, fieldPath) => {
    const { dispatch, dir, session } = await surveySession();
    await call(dispatch, 'surveys.create', { title: 'Existing' });
    const counts = () => session.workspace.db.reader.get('SELECT (SELECT count(*) FROM survey) AS surveys, (SELECT count(*) FROM survey_version) AS versions');
    const before = await counts();
    const file = path.join(dir, 'bad.json');
    fs.writeFileSync(file, JSON.stringify(content, null, 2));
    const refused = await dispatch('surveys.importJson', { file: { path: file } });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error).toMatchObject({ code: 'VALIDATION', key: 'errors.surveyFileInvalid', params: { file: 'bad.json' } });
    expect(refused.error.issues!.map((i) => formatPath(i.path))).toContain(fieldPath);
    expect(refused.error.message).toContain(`${fieldPath}: `);
    expect(await counts()).toEqual(before);
    await session.closeWorkspace();
  });

  it('names the bad field and what was expected, e.g. an option code that is not a string', async () => {
    const { dispatch, dir, session } = await surveySession();
    const file = path.join(dir, 'codes.json');
    fs.writeFileSync(file, JSON.stringify(malformed[0]![1]));
    const refused = await dispatch('surveys.importJson', { file: { path: file } });
    expect(refused.ok || refused.error.message).toContain('pages[0].questions[0].options[1].code: expected a string');
    expect(refused.ok || refused.error.issues).toEqual([
      expect.objectContaining({ path: ['pages', 0, 'questions', 0, 'options', 1, 'code'], kind: 'wrongType', message: 'pages[0].questions[0].options[1].code: expected a string' }),
    ]);
    await session.closeWorkspace();
  });

  it('refuses a file that is not JSON, or not UTF-8, at the root', async () => {
    const { dispatch, dir, session } = await surveySession();
    const broken = path.join(dir, 'broken.json');
    fs.writeFileSync(broken, '{"language": "en", "pages": [');
    const notJson = await dispatch('surveys.importJson', { file: { path: broken } });
    expect(notJson.ok || notJson.error.issues).toEqual([expect.objectContaining({ path: [], kind: 'invalidJson' })]);
    const latin1 = path.join(dir, 'latin1.json');
    fs.writeFileSync(latin1, Buffer.from('{"language":"en","pages":[{"id":"p","title":"Caf\xe9","questions":[]}]}', 'latin1'));
    const notUtf8 = await dispatch('surveys.importJson', { file: { path: latin1 } });
    expect(notUtf8.ok || notUtf8.error.issues).toEqual([expect.objectContaining({ path: [], kind: 'notUtf8' })]);
    expect((await call(dispatch, 'surveys.list', {})).surveys).toEqual([]);
    await session.closeWorkspace();
  });
});
