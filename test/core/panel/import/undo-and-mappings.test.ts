import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../../main/api/member-import';
import { call } from '../../../support/call';
import { failure } from '../panel-session';
import { importSession, type ImportSession } from './support/import-fixture';

const mapping: ColumnMapping[] = [
  { column: 'id', target: 'externalId' },
  { column: 'name', target: 'name' },
  { column: 'segment', target: 'tags' },
];
const csv = 'id,name,segment\n1,Ann,Newcomers\n2,Bob,Newcomers;Beta\n3,Cy,\n';

let files = 0;
const nextName = () => `file-${++files}.csv`;

async function importedOnce(t: ImportSession, text = csv, onDuplicate: 'skip' | 'update' = 'skip') {
  return t.imported({ file: { path: t.file(nextName(), text) }, mapping, onDuplicate });
}

async function undo(t: ImportSession, batchId: number) {
  const { jobId } = await call(t.dispatch, 'imports.undo', { batchId, reason: 'wrong file' });
  return call(t.dispatch, 'jobs.wait', { jobId, timeoutMs: 30_000 });
}

describe('undo an import', () => {
  it('removes the members it added and the tags it created, and records who and why', async () => {
    const t = await importSession();
    await call(t.dispatch, 'tags.create', { name: 'Beta' });
    const { batchId } = await importedOnce(t);
    expect((await call(t.dispatch, 'tags.list', {})).tags.map((x) => [x.name, x.members])).toEqual([['Beta', 1], ['Newcomers', 2]]);
    const job = await undo(t, batchId!);
    expect(job).toMatchObject({ state: 'succeeded', result: { removed: 3, tagsRemoved: 1 } });
    expect(await t.members()).toEqual([]);
    expect((await call(t.dispatch, 'tags.list', {})).tags.map((x) => [x.name, x.members])).toEqual([['Beta', 0]]);
    const { items } = await call(t.dispatch, 'imports.list', {});
    expect(items[0]).toMatchObject({ id: batchId, inserted: 3, membersRemaining: 0, undoneAt: expect.any(String) });
    const audit = await t.db().reader.get<{ actor: string; reason: string; details: string }>("SELECT actor, reason, details FROM audit_log WHERE action = 'imports.undo'");
    expect(audit).toEqual({ actor: 'Pat Manager', reason: 'wrong file', details: JSON.stringify({ removed: 3, restored: 0, tagsRemoved: 1 }) });
    expect(await failure(t.dispatch, 'imports.undo', { batchId: batchId! })).toMatchObject({ code: 'CONFLICT', key: 'import.undo.already' });
  });

  it('refuses while members it added were touched since, saying how many and how, and removes nothing', async () => {
    const t = await importSession();
    const { batchId } = await importedOnce(t);
    const [ann, bob, cy] = await t.members();
    await call(t.dispatch, 'members.update', { memberId: ann!.id, patch: { city: 'Oslo' } });
    await t.db().writer.transaction(async (tx) => {
      await tx.run("INSERT INTO survey (id, title, created_at, updated_at) VALUES ('s', 'Pulse', 'x', 'x')");
      await tx.run("INSERT INTO survey_version (id, survey_id, version, definition) VALUES ('v', 's', 1, '{}')");
      await tx.run("INSERT INTO response (id, survey_version_id, member_id, status, device_id, started_at) VALUES ('r', 'v', ?, 'complete', 'd', 'x')", [bob!.id]);
    });
    const { id: tagId } = await call(t.dispatch, 'tags.create', { name: 'Seed' });
    await call(t.dispatch, 'tags.apply', { tag: tagId, memberIds: [cy!.id] });
    const error = await failure(t.dispatch, 'imports.undo', { batchId: batchId! });
    expect(error).toMatchObject({ code: 'CONFLICT', key: 'import.undo.touched' });
    expect(error.message).toBe(
      `Import #${batchId} cannot be undone: 3 of the 3 members it added or updated have been touched since (1 edited or erased, 1 with responses, 1 tagged or untagged since). Nothing was changed.`,
    );
    expect(await t.members()).toHaveLength(3);
  });

  it('undoes the updates an import made to members who were already in the panel too, so the earlier import can be undone after it', async () => {
    const t = await importSession();
    const first = await importedOnce(t);
    const second = await importedOnce(t, 'id,name,segment\n1,Ann Renamed,\n4,Dee,\n', 'update');
    expect(second).toMatchObject({ inserted: 1, updated: 1 });
    expect(await failure(t.dispatch, 'imports.undo', { batchId: first.batchId! })).toMatchObject({ code: 'CONFLICT', key: 'import.undo.touched' });
    const job = await undo(t, second.batchId!);
    expect(job.result).toMatchObject({
      removed: 1,
      restored: 1,
      message: `Removed the 1 member import #${second.batchId} added and put back the values it replaced on the 1 member it updated.`,
    });
    expect((await t.members()).map((m) => m.name)).toEqual(['Ann', 'Bob', 'Cy']);
    expect(await undo(t, first.batchId!)).toMatchObject({ state: 'succeeded', result: { removed: 3 } });
  });
});

describe('undo an import after a community import', () => {
  const eventsOf = (t: ImportSession, lines: string[]) => ({
    file: { path: t.file(nextName(), ['member,time,type,minutes', ...lines].join('\n')) },
    mapping: { member: { column: 'member', by: 'code' as const }, at: { column: 'time' }, type: { column: 'type' }, sessionMinutes: { column: 'minutes' } },
  });
  const importEvents = async (t: ImportSession, lines: string[]) => {
    const { jobId } = await call(t.dispatch, 'activity.import', eventsOf(t, lines));
    expect(await call(t.dispatch, 'jobs.wait', { jobId, timeoutMs: 30_000 })).toMatchObject({ state: 'succeeded' });
  };

  it("is not ended by the lifecycle stages and RFM groups the community import derives for every member, but by the members' own activity", async () => {
    const t = await importSession();
    const { id: keptId, code } = await call(t.dispatch, 'members.create', { name: 'Dee' });
    const { batchId } = await importedOnce(t);
    // Only Dee, who is not in the import, has activity; deriving it again gives every member a member_community row.
    await importEvents(t, [`${code},2025-12-01T09:00:00Z,post,`]);
    expect(await t.db().reader.get('SELECT count(*) AS n FROM member_community')).toEqual({ n: 4 });
    expect(await undo(t, batchId!)).toMatchObject({ state: 'succeeded', result: { removed: 3 } });
    expect((await t.members()).map((m) => m.id)).toEqual([keptId]);
    // A member the next import added posts on the platform: that import stays.
    const next = await importedOnce(t, 'id,name,segment\n4,Eve,\n');
    const eve = (await t.members()).find((m) => m.name === 'Eve')!;
    await importEvents(t, [`${eve.code},2025-12-02T09:00:00Z,post,`]);
    const refused = await failure(t.dispatch, 'imports.undo', { batchId: next.batchId! });
    expect(refused).toMatchObject({ code: 'CONFLICT', key: 'import.undo.touched', params: { community: 1, other: 0 } });
    expect(refused.message).toContain('(1 with purchases or platform activity)');
  });
});

describe('saved mappings', () => {
  it('saves, lists, replaces by name, suggests one whose columns the file has, and deletes', async () => {
    const t = await importSession();
    const saved = await call(t.dispatch, 'importMappings.save', { name: 'CRM export', mapping, settings: { delimiter: ';' } });
    expect(saved).toMatchObject({ name: 'CRM export', mapping, settings: { delimiter: ';' } });
    await call(t.dispatch, 'importMappings.save', { name: 'Names only', mapping: [{ column: 'Name', target: 'name' }] });
    const replaced = await call(t.dispatch, 'importMappings.save', { name: 'CRM export', mapping: [...mapping, { column: 'notes', target: 'notes' }] });
    expect(replaced.id).toBe(saved.id);
    expect((await call(t.dispatch, 'importMappings.list', {})).items.map((m) => [m.name, m.mapping.length])).toEqual([['CRM export', 4], ['Names only', 1]]);

    const preview = (text: string) => call(t.dispatch, 'members.previewImport', { file: { path: t.file(nextName(), text) } });
    expect((await preview('ID,NAME,Segment,notes\n1,Ann,,\n')).savedMapping?.name).toBe('CRM export');
    expect((await preview('id,name,segment\n1,Ann,\n')).savedMapping?.name).toBe('Names only');
    expect((await preview('email\nann@example.com\n')).savedMapping).toBeNull();

    expect(await call(t.dispatch, 'importMappings.delete', { id: saved.id })).toEqual({ deleted: true });
    expect(await call(t.dispatch, 'importMappings.delete', { id: saved.id })).toEqual({ deleted: false });
    expect((await call(t.dispatch, 'importMappings.list', {})).items.map((m) => m.name)).toEqual(['Names only']);
  });
});
