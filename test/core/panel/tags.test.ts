import { describe, expect, it } from 'vitest';
import type { Filter } from '../../../main/model/filter/filter';
import { call } from '../../support/call';
import type { TestSession } from '../../support/workspace';
import { importSession } from './import/support/import-fixture';
import { FIXTURE_SIZE, seedPanel } from './panel-fixture';
import { failure, panelSession } from './panel-session';

const tagged = async (t: TestSession, tagId: number) =>
  (await call(t.dispatch, 'members.list', { filter: { field: 'tag', op: 'has', value: tagId }, limit: 500 })).rows.map((r) => r.id);
const members = async (t: TestSession, tagId: number) => (await call(t.dispatch, 'tags.list', {})).tags.find((x) => x.id === tagId)?.members;

describe('tags', () => {
  it('creates, renames, recolours and deletes tags; names are unique ignoring case', async () => {
    const t = await panelSession();
    const vip = await call(t.dispatch, 'tags.create', { name: 'VIP' });
    expect(vip).toMatchObject({ name: 'VIP', members: 0, color: expect.stringMatching(/^#[0-9a-f]{6}$/) });
    const beta = await call(t.dispatch, 'tags.create', { name: 'Бета', color: '#AABBCC' });
    expect(beta.color).toBe('#AABBCC');
    expect(await failure(t.dispatch, 'tags.create', { name: 'vip' })).toMatchObject({ code: 'CONFLICT', message: 'A tag named "vip" already exists.' });
    expect(await failure(t.dispatch, 'tags.create', { name: 'бЕТА' })).toMatchObject({ code: 'CONFLICT' });
    expect(await failure(t.dispatch, 'tags.rename', { tagId: beta.id, name: 'Vip' })).toMatchObject({ code: 'CONFLICT' });
    expect(await call(t.dispatch, 'tags.rename', { tagId: vip.id, name: 'vip' })).toMatchObject({ id: vip.id, name: 'vip' });
    expect(await call(t.dispatch, 'tags.color', { tagId: vip.id, color: '#E15759' })).toMatchObject({ color: '#e15759' });
    expect((await failure(t.dispatch, 'tags.color', { tagId: vip.id, color: 'red' })).message).toMatch(/color: expected a colour like #4e79a7/);
    expect((await call(t.dispatch, 'tags.list', {})).tags.map((x) => x.name)).toEqual(['vip', 'Бета']);
    expect(await call(t.dispatch, 'tags.delete', { tagId: beta.id })).toEqual({ tagId: beta.id, removedMemberships: 0 });
    expect((await failure(t.dispatch, 'tags.rename', { tagId: beta.id, name: 'x' })).code).toBe('NOT_FOUND');
    await t.session.closeWorkspace();
  });

  it('gives new tags distinct colours, the palette colour fewest tags have, however they are created', async () => {
    const t = await importSession();
    const colours = async () => new Map((await call(t.dispatch, 'tags.list', {})).tags.map((x) => [x.name, x.color]));
    await call(t.dispatch, 'tags.create', { name: 'first' });
    await call(t.dispatch, 'tags.create', { name: 'chosen', color: '#4e79a7' });
    // An import creates the tags its file names, several in one statement.
    const csv = ['name,tags', 'Ann,imported a;imported b', 'Bob,imported c'].join('\n');
    await t.imported({ file: { path: t.file('tags.csv', csv) }, mapping: [{ column: 'name', target: 'name' }, { column: 'tags', target: 'tags' }], onDuplicate: 'skip' });
    const member = (await call(t.dispatch, 'members.create', { name: 'Cy', consentStatus: 'granted' })).id;
    await call(t.dispatch, 'recruitment.markSeed', { memberIds: [member], tagName: 'seed users', reason: null });
    const byName = await colours();
    expect(byName.get('first')).toBe('#4e79a7');
    // A colour the user chose is kept, even the one already taken.
    expect(byName.get('chosen')).toBe('#4e79a7');
    expect(['imported a', 'imported b', 'imported c', 'seed users'].map((n) => byName.get(n))).toEqual(['#f28e2b', '#e15759', '#76b7b2', '#59a14f']);
    // Once every palette colour is in use, the least used comes round again.
    for (const name of ['t6', 't7', 't8', 't9', 't10']) await call(t.dispatch, 'tags.create', { name });
    expect((await call(t.dispatch, 'tags.create', { name: 't11' })).color).toBe('#f28e2b');
    await t.session.closeWorkspace();
  });

  it('merges a tag into another: members of both keep one membership, the source is gone', async () => {
    const t = await panelSession();
    const { ids, tags } = await seedPanel(t);
    const union = [...new Set([...(await tagged(t, tags.seed)), ...(await tagged(t, tags.mobile))])].sort((a, b) => a - b);
    const onlySeed = ids.filter((_, i) => i % 3 === 0 && i % 2 !== 0).length;
    const merged = await call(t.dispatch, 'tags.merge', { from: tags.seed, into: tags.mobile });
    expect(merged).toMatchObject({ moved: onlySeed, deletedTagId: tags.seed, tag: { id: tags.mobile, members: union.length } });
    expect(await tagged(t, tags.mobile)).toEqual(union);
    expect((await call(t.dispatch, 'tags.list', {})).tags.map((x) => x.id)).toEqual([tags.mobile]);
    expect((await failure(t.dispatch, 'tags.merge', { from: tags.mobile, into: tags.mobile })).message).toMatch(/into: a tag cannot be merged into itself/);
    await t.session.closeWorkspace();
  });

  it('tags a whole filter result in SQL, counts only the members it changed, and undoes exactly those', async () => {
    const t = await panelSession();
    const { ids, tags } = await seedPanel(t);
    const germans: Filter = { field: 'country', op: 'eq', value: 'DE' };
    const germanIds = (await call(t.dispatch, 'members.list', { filter: germans, limit: 500 })).rows.map((r) => r.id);
    const alreadySeed = new Set(await tagged(t, tags.seed));
    const applied = await call(t.dispatch, 'tags.apply', { tag: tags.seed, filter: germans });
    expect(applied.changed).toBe(germanIds.filter((id) => !alreadySeed.has(id)).length);
    expect(applied.changed).toBeGreaterThan(0);
    expect(await tagged(t, tags.seed)).toEqual([...new Set([...alreadySeed, ...germanIds])].sort((a, b) => a - b));
    expect((await call(t.dispatch, 'tags.lastAction', {})).action).toMatchObject({ kind: 'tag', tagId: tags.seed, tagName: 'seed', actor: 'Pat Manager', changed: applied.changed, undoneAt: null });

    const undone = await call(t.dispatch, 'tags.undo', {});
    expect(undone).toEqual({ actionId: applied.actionId, kind: 'tag', tagId: tags.seed, reverted: applied.changed });
    // Members who had the tag before keep it: only the ones the action changed lose it.
    expect(await tagged(t, tags.seed)).toEqual([...alreadySeed].sort((a, b) => a - b));
    const again = await failure(t.dispatch, 'tags.undo', {});
    expect(again).toMatchObject({ code: 'CONFLICT', key: 'errors.alreadyUndone' });
    expect(again.message).toMatch(/already undone/);

    // Untag by search + filter, then undo gives the tag back to exactly those members.
    const before = await tagged(t, tags.mobile);
    const removed = await call(t.dispatch, 'tags.remove', { tag: tags.mobile, filter: { and: [] }, search: 'member' });
    expect(removed.changed).toBeGreaterThan(0);
    expect((await tagged(t, tags.mobile)).length).toBe(before.length - removed.changed);
    expect(removed.actionId).toBeGreaterThan(applied.actionId);
    expect((await call(t.dispatch, 'tags.undo', {})).reverted).toBe(removed.changed);
    expect(await tagged(t, tags.mobile)).toEqual(before);

    // Listed ids: already-tagged and erased members are not changed.
    await call(t.dispatch, 'members.erase', { memberId: ids[1]!, reason: 'asked to be forgotten' });
    const listed = await call(t.dispatch, 'tags.apply', { tag: tags.seed, memberIds: [ids[0]!, ids[1]!, ids[2]!] });
    expect(listed.changed).toBe(1);
    expect(await members(t, tags.seed)).toBe(alreadySeed.size + 1);
    await t.session.closeWorkspace();
  });

  it('tags everyone with the empty filter, and refuses a selection that is neither ids nor a filter', async () => {
    const t = await panelSession();
    const { tags } = await seedPanel(t);
    const everyone = await call(t.dispatch, 'tags.apply', { tag: tags.mobile, filter: { and: [] } });
    expect(everyone.changed).toBe(FIXTURE_SIZE / 2);
    expect(await members(t, tags.mobile)).toBe(FIXTURE_SIZE);
    const neither = await failure(t.dispatch, 'tags.apply', { tag: tags.mobile });
    expect(neither.message).toMatch(/memberIds: give either memberIds or a filter/);
    const both = await failure(t.dispatch, 'tags.apply', { tag: tags.mobile, memberIds: [1], filter: { and: [] } });
    expect(both.code).toBe('VALIDATION');
    expect((await failure(t.dispatch, 'tags.apply', { tag: 999, filter: { and: [] } })).code).toBe('NOT_FOUND');
    await t.session.closeWorkspace();
  });

  it('says plainly when there is nothing to undo', async () => {
    const t = await panelSession();
    expect(await call(t.dispatch, 'tags.lastAction', {})).toEqual({ action: null });
    expect(await failure(t.dispatch, 'tags.undo', {})).toMatchObject({ code: 'NOT_FOUND', message: 'There is no bulk action to undo.' });
    await t.session.closeWorkspace();
  });
});
