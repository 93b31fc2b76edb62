import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Connection } from '../../../main/core/db/connection';
import { bundledMigrations, migrate } from '../../../main/core/db/migrate';
import { Writer } from '../../../main/core/db/writer';
import { demoSurveys } from '../../../main/core/demo/demo-surveys';
import { call } from '../../support/call';
import { testSession } from '../../support/workspace';

/**
 * A workspace made before survey definitions had pages: migrations up to 0006 only, and survey
 * versions stored in the first flat shape, as the demo generator of that time wrote them.
 */
const BEFORE = bundledMigrations.findIndex((m) => m.name === 'survey_definitions_v1');

/** The old demo generator's question helper: every field written out, `other: true` for "Other". */
const q = (partial: Record<string, unknown>) => ({ required: false, options: [], rows: [], other: false, min: null, max: null, ...partial });
const likert = [['1', 'Strongly disagree'], ['2', 'Disagree'], ['3', 'Neutral'], ['4', 'Agree'], ['5', 'Strongly agree']].map(([code, label]) => ({ code, label }));
const opts = (...pairs: [string, string][]) => pairs.map(([code, label]) => ({ code, label }));

const oldPulse = {
  language: 'en',
  questions: [
    q({ id: 'usage', type: 'single', text: 'How often do you use the product?', required: true, options: opts(['daily', 'Daily'], ['weekly', 'Weekly'], ['monthly', 'Monthly'], ['rarely', 'Rarely']) }),
    q({ id: 'features', type: 'multi', text: 'Which features do you use?', other: true, options: opts(['search', 'Search'], ['dashboards', 'Dashboards'], ['export', 'Export'], ['mobile', 'Mobile app'], ['integrations', 'Integrations'], ['collab', 'Collaboration']) }),
    q({ id: 'satisfaction', type: 'likert', text: 'Overall, I am satisfied with the product.', required: true, options: likert }),
    q({ id: 'aspects', type: 'matrix', text: 'How do you rate these aspects?', options: likert, rows: [{ id: 'ease', label: 'Ease of use' }, { id: 'speed', label: 'Speed' }, { id: 'reliability', label: 'Reliability' }, { id: 'support', label: 'Support' }] }),
    q({ id: 'nps', type: 'nps', text: 'How likely are you to recommend us to a friend or colleague?', required: true, min: 0, max: 10 }),
    q({ id: 'improve', type: 'text', text: 'What one thing should we improve?' }),
  ],
};
const oldConcept = {
  language: 'en',
  questions: [
    q({ id: 'appeal', type: 'likert', text: 'The idea of shared team spaces appeals to me.', required: true, options: likert }),
    q({ id: 'use_case', type: 'single', text: 'What would you use it for first?', other: true, options: opts(['planning', 'Planning'], ['reporting', 'Reporting'], ['feedback', 'Collecting feedback']) }),
    q({ id: 'wtp', type: 'number', text: 'What would you pay per month for it (EUR)?', min: 0, max: 500 }),
    q({ id: 'likelihood', type: 'likert', text: 'I would try it in the first month.', options: likert }),
  ],
};
/** Ids the first shape allowed and format 1 does not (a space), in Russian, with its own limits. */
const oldOdd = {
  language: 'ru',
  questions: [
    q({ id: 'Q 1', type: 'single', text: 'Вы довольны?', other: true, options: opts(['да', 'Да'], ['нет', 'Нет']) }),
    q({ id: 'grid', type: 'matrix', text: 'Оцените', options: likert, rows: [{ id: 'row one', label: 'Скорость' }] }),
  ],
};

const AT = '2025-06-01T10:00:00.000Z';

async function workspaceBeforeV1(file: string): Promise<void> {
  const writer = new Writer(await Connection.open(file, { readonly: false, create: true }));
  await migrate(writer, bundledMigrations.slice(0, BEFORE));
  await writer.transaction(async (tx) => {
    const surveys: [string, string, unknown, number, number][] = [
      ['s-pulse', demoSurveys[0]!.title, oldPulse, 25, 20],
      ['s-concept', demoSurveys[1]!.title, oldConcept, 25, 20],
      ['s-odd', 'Старый опрос', oldOdd, 30, 15],
    ];
    for (const [id, title, definition, items, minutes] of surveys) {
      await tx.run('INSERT INTO survey (id, title, max_items, max_minutes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)', [id, title, items, minutes, AT, AT]);
      await tx.run('INSERT INTO survey_version (id, survey_id, version, definition, published_at) VALUES (?, ?, 1, ?, ?)', [`${id}-v1`, id, JSON.stringify(definition), AT]);
    }
    await tx.run("INSERT INTO response (id, survey_version_id, status, device_id, started_at) VALUES ('r-pulse', 's-pulse-v1', 'complete', 'web', ?)", [AT]);
    await tx.run("INSERT INTO answer (response_id, question_id, option_code, text) VALUES ('r-pulse', 'features', 'other', 'API access')");
    await tx.run("INSERT INTO response (id, survey_version_id, status, device_id, started_at) VALUES ('r-odd', 's-odd-v1', 'complete', 'web', ?)", [AT]);
    await tx.run("INSERT INTO answer (response_id, question_id, row_id, option_code) VALUES ('r-odd', 'Q 1', NULL, 'да'), ('r-odd', 'grid', 'row one', '4')");
    await tx.run("INSERT INTO answer_timing (response_id, question_id, ms) VALUES ('r-odd', 'Q 1', 4000)");
  });
  await writer.close();
  await writer.conn.close();
}

describe('survey definitions before format 1', () => {
  it('a workspace made before this change opens, and its demo surveys show the same questions', async () => {
    const { dispatch, dir, session } = testSession();
    const file = path.join(dir, 'before.sqlite');
    await workspaceBeforeV1(file);
    const opened = await call(dispatch, 'workspace.open', { path: file });
    expect(opened.schemaVersion).toBe(bundledMigrations.length);

    const { surveys } = await call(dispatch, 'surveys.list', {});
    expect(surveys.map((s) => [s.title, s.status, s.version, s.questionCount, s.responseCount])).toEqual(
      expect.arrayContaining([
        [demoSurveys[0]!.title, 'published', 1, 6, 1],
        [demoSurveys[1]!.title, 'published', 1, 4, 0],
      ]),
    );
    // The migrated definitions are exactly the demo's current ones: same ids, types, texts, codes;
    // "Other" became the option with the reserved code, NPS lost its fixed 0–10 bounds.
    for (const [id, demo] of [['s-pulse', demoSurveys[0]!], ['s-concept', demoSurveys[1]!]] as const) {
      const detail = await call(dispatch, 'surveys.get', { id });
      expect(detail.definition).toEqual(demo.definition);
      expect(detail.draft).toBeNull();
      expect(detail.ownLimits).toEqual({ items: null, minutes: null });
    }
    const answers = await session.workspace.db.reader.all('SELECT question_id, option_code, text FROM answer WHERE response_id = ?', ['r-pulse']);
    expect(answers).toEqual([{ question_id: 'features', option_code: 'other', text: 'API access' }]);
    await session.closeWorkspace();
  });

  it('keeps non-default limits in the definition and renames ids format 1 refuses, with their answers', async () => {
    const { dispatch, dir, session } = testSession();
    const file = path.join(dir, 'before.sqlite');
    await workspaceBeforeV1(file);
    await call(dispatch, 'workspace.open', { path: file });
    const detail = await call(dispatch, 'surveys.get', { id: 's-odd' });
    expect(detail.ownLimits).toEqual({ items: 30, minutes: 15 });
    expect(detail.language).toBe('ru');
    const [single, grid] = detail.definition.pages[0]!.questions;
    expect(single).toMatchObject({ id: 'Q_1', options: [{ code: 'да', label: 'Да' }, { code: 'нет', label: 'Нет' }, { code: 'other', label: 'Другое' }] });
    expect(grid).toMatchObject({ id: 'grid', rows: [{ id: 'row_one', label: 'Скорость' }] });
    expect(detail.draft).toBeNull();
    const reader = session.workspace.db.reader;
    expect(await reader.all("SELECT question_id, row_id, option_code FROM answer WHERE response_id = 'r-odd' ORDER BY question_id")).toEqual([
      { question_id: 'Q_1', row_id: null, option_code: 'да' },
      { question_id: 'grid', row_id: 'row_one', option_code: '4' },
    ]);
    expect(await reader.all("SELECT question_id FROM answer_timing WHERE response_id = 'r-odd'")).toEqual([{ question_id: 'Q_1' }]);
    const columns = await reader.all<{ name: string }>('SELECT name FROM pragma_table_info(?)', ['survey']);
    expect(columns.map((c) => c.name)).not.toContain('max_items');
    await session.closeWorkspace();
  });
});
