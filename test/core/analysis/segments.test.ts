import { describe, expect, it } from 'vitest';
import { call } from '../../support/call';
import { failure, panelSession, setScores } from '../panel/panel-session';
import { responseImportSession } from '../collection/response-import-fixture';

/** Six members: three women (two tagged "vip"), three men, stages and openness scores spread out. */
async function panel() {
  const t = await panelSession();
  const people = [
    { gender: 'female', lifecycleStage: 'retention' },
    { gender: 'female', lifecycleStage: 'activation' },
    { gender: 'female', lifecycleStage: 'retention' },
    { gender: 'male', lifecycleStage: 'retention' },
    { gender: 'male', lifecycleStage: 'acquisition' },
    { gender: 'male', lifecycleStage: 'monetization' },
  ] as const;
  const ids: number[] = [];
  for (const p of people) ids.push((await call(t.dispatch, 'members.create', p)).id);
  const vip = await call(t.dispatch, 'tags.create', { name: 'vip' });
  await call(t.dispatch, 'tags.apply', { tag: vip.id, memberIds: [ids[0]!, ids[1]!, ids[3]!] });
  return { ...t, ids, vipTag: vip.id };
}

describe('segments', () => {
  it('saves a member filter and lists it with its live size', async () => {
    const t = await panel();
    const women = await call(t.dispatch, 'segments.save', { name: 'Women', filter: { field: 'gender', op: 'eq', value: 'female' } });
    expect(women).toMatchObject({ name: 'Women', size: 3, total: 6, references: [] });
    await call(t.dispatch, 'members.create', { gender: 'female' });
    const { segments } = await call(t.dispatch, 'segments.list', {});
    expect(segments.map((s) => [s.name, s.size, s.total])).toEqual([['Women', 4, 7]]);
    expect(await call(t.dispatch, 'segments.size', { segmentId: women.id })).toEqual({ size: 4, total: 7 });
    // The editor's live size of a filter not saved yet.
    expect(await call(t.dispatch, 'segments.size', { filter: { field: 'tag', op: 'has', value: t.vipTag } })).toEqual({ size: 3, total: 7 });
  });

  it('combines other segments with and, or and not', async () => {
    const t = await panel();
    const women = await call(t.dispatch, 'segments.save', { name: 'Women', filter: { field: 'gender', op: 'eq', value: 'female' } });
    const vip = await call(t.dispatch, 'segments.save', { name: 'VIP', filter: { field: 'tag', op: 'has', value: t.vipTag } });
    const vipWomen = await call(t.dispatch, 'segments.save', {
      name: 'VIP women',
      filter: { and: [{ field: `segment:${women.id}`, op: 'eq', value: true }, { field: `segment:${vip.id}`, op: 'eq', value: true }] },
    });
    expect(vipWomen).toMatchObject({ size: 2, references: [women.id, vip.id] });
    const either = await call(t.dispatch, 'segments.save', {
      name: 'Either',
      filter: { or: [{ field: `segment:${women.id}`, op: 'eq', value: true }, { field: `segment:${vip.id}`, op: 'eq', value: true }] },
    });
    expect(either.size).toBe(4);
    // Not in "VIP women", but retained: a segment of a segment of segments.
    const rest = await call(t.dispatch, 'segments.save', {
      name: 'Retained, not VIP women',
      filter: { and: [{ not: { field: `segment:${vipWomen.id}`, op: 'eq', value: true } }, { field: 'lifecycleStage', op: 'eq', value: 'retention' }] },
    });
    expect(rest.size).toBe(2);
    // The members table's filters know segments too.
    const listed = await call(t.dispatch, 'members.list', { filter: { field: `segment:${vipWomen.id}`, op: 'eq', value: false }, limit: 100 });
    expect(listed.rows.map((r) => r.id).sort()).toEqual(t.ids.slice(2).sort());
  });

  it('refuses a cycle, naming the path that closes it, and keeps what was stored', async () => {
    const t = await panel();
    const a = await call(t.dispatch, 'segments.save', { name: 'A', filter: { field: 'gender', op: 'eq', value: 'female' } });
    const b = await call(t.dispatch, 'segments.save', { name: 'B', filter: { field: `segment:${a.id}`, op: 'eq', value: true } });
    const c = await call(t.dispatch, 'segments.save', { name: 'C', filter: { not: { field: `segment:${b.id}`, op: 'eq', value: true } } });
    const error = await failure(t.dispatch, 'segments.save', { id: a.id, name: 'A', filter: { or: [{ field: 'gender', op: 'eq', value: 'male' }, { field: `segment:${c.id}`, op: 'eq', value: true }] } });
    expect(error).toMatchObject({ code: 'VALIDATION', key: 'errors.segmentCycle', params: { path: 'A → C → B → A' } });
    const self = await failure(t.dispatch, 'segments.save', { id: b.id, name: 'B', filter: { field: `segment:${b.id}`, op: 'eq', value: true } });
    expect(self).toMatchObject({ code: 'VALIDATION', params: { path: 'B → B' } });
    const { segments } = await call(t.dispatch, 'segments.list', {});
    expect(segments.find((s) => s.id === a.id)?.filter).toEqual({ field: 'gender', op: 'eq', value: 'female' });
  });

  it('refuses an unknown field, a taken name, a missing segment and deleting a segment in use', async () => {
    const t = await panel();
    const bad = await failure(t.dispatch, 'segments.save', { name: 'X', filter: { field: 'segment:99', op: 'eq', value: true } });
    expect(bad).toMatchObject({ code: 'VALIDATION', key: 'errors.invalidFilter' });
    const a = await call(t.dispatch, 'segments.save', { name: 'Women', filter: { field: 'gender', op: 'eq', value: 'female' } });
    expect(await failure(t.dispatch, 'segments.save', { name: 'WOMEN', filter: { field: 'gender', op: 'eq', value: 'male' } })).toMatchObject({ code: 'CONFLICT', key: 'errors.segmentExists' });
    expect(await failure(t.dispatch, 'segments.size', { segmentId: 42 })).toMatchObject({ code: 'NOT_FOUND', key: 'errors.segmentMissing' });
    await call(t.dispatch, 'segments.save', { name: 'Uses women', filter: { field: `segment:${a.id}`, op: 'eq', value: true } });
    expect(await failure(t.dispatch, 'segments.delete', { id: a.id })).toMatchObject({ code: 'CONFLICT', key: 'errors.segmentInUse', params: { segments: 'Uses women' } });
  });

  it('uses lifecycle stage, openness band and campaign status from the catalog', async () => {
    const t = await panel();
    // Bands need 30 scored members: 34 more, scores 1.0 … 4.9 over all 40.
    for (let i = 0; i < 34; i++) t.ids.push((await call(t.dispatch, 'members.create', {})).id);
    await setScores(t, t.ids.map((id, i) => [id, 1 + i * 0.1, 10] as [number, number, number]));
    const high = await call(t.dispatch, 'segments.save', { name: 'Open', filter: { field: 'opennessBand', op: 'eq', value: 'high' } });
    const listed = await call(t.dispatch, 'members.list', { filter: { field: 'opennessBand', op: 'eq', value: 'high' }, limit: 100 });
    expect(high.size).toBe(listed.rows.length);
    expect(high.size).toBeGreaterThan(5);
    expect(high.size).toBeLessThan(15);
    // A segment of it reads the same thresholds.
    const notOpen = await call(t.dispatch, 'segments.save', { name: 'Not open', filter: { not: { field: `segment:${high.id}`, op: 'eq', value: true } } });
    expect(notOpen.size).toBe(40 - high.size);
    const retained = await call(t.dispatch, 'segments.save', { name: 'Retained', filter: { field: 'lifecycleStage', op: 'in', value: ['retention', 'monetization'] } });
    expect(retained.size).toBe(4);
    await t.session.workspace.db.writer.transaction(async (tx) => {
      await tx.run("INSERT INTO campaign (id, name, status, instrument_id, created_by, created_at, updated_at) VALUES (7, 'Spring', 'running', 'ipip-openness', 'Pat', '2026-01-01', '2026-01-01')");
      for (const [i, status] of [[0, 'qualified'], [4, 'active'], [5, 'invited']] as const) {
        await tx.run("INSERT INTO campaign_member (campaign_id, member_id, status, invited_at, updated_at) VALUES (7, ?, ?, '2026-01-02', '2026-01-02')", [t.ids[i]!, status]);
      }
    });
    const inCampaign = await call(t.dispatch, 'segments.save', { name: 'Qualified or active', filter: { field: 'campaign:7', op: 'in', value: ['qualified', 'active'] } });
    expect(inCampaign.size).toBe(2);
    expect(await failure(t.dispatch, 'segments.save', { name: 'Bad status', filter: { field: 'campaign:7', op: 'eq', value: 'winner' } })).toMatchObject({ code: 'VALIDATION' });
  });

  it('selects members by their answers to a survey version (NPS detractors)', async () => {
    const t = await responseImportSession('optional');
    const codes: string[] = [];
    for (let i = 0; i < 4; i++) codes.push((await call(t.dispatch, 'members.create', {})).code);
    const csv = ['member,nps,topics', `${codes[0]},3,news;deals`, `${codes[1]},9,news`, `${codes[2]},6,events`, `${codes[3]},dk,deals`].join('\n');
    await t.imported({
      file: { path: t.file('answers.csv', csv) },
      mapping: [
        { column: 'nps', questionId: 'nps' },
        { column: 'topics', questionId: 'topics' },
      ],
      member: { column: 'member', by: 'code' },
    });
    const detractors = await call(t.dispatch, 'segments.save', { name: 'Detractors', filter: { field: `answer:${t.versionId}:nps`, op: 'lte', value: 6 } });
    expect(detractors.size).toBe(2);
    const deals = await call(t.dispatch, 'segments.size', { filter: { field: `answer:${t.versionId}:topics`, op: 'has', value: 'deals' } });
    expect(deals.size).toBe(2);
    expect(await failure(t.dispatch, 'segments.size', { filter: { field: `answer:${t.versionId}:nope`, op: 'eq', value: 1 } })).toMatchObject({ code: 'VALIDATION' });
  });
});
