import { describe, expect, it } from 'vitest';
import { call } from '../../support/call';
import { addMember, answered } from '../collection/collection-fixture';
import { collectMany, device, exportBundle, imported, publishedOn, questions, responseRows, type Device } from './bundle-fixture';

const permutations = <T>(items: readonly T[]): T[][] =>
  items.length <= 1 ? [[...items]] : items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));

const versionsOf = (t: Device) =>
  t.session.workspace.db.reader.all<{ id: string; version: number; definition: string }>('SELECT id, version, definition FROM survey_version ORDER BY version');

/** A second definition of the survey, published on this device as its next version. */
async function publishVariant(t: Device, surveyId: string, text: string) {
  const definition = { language: 'en' as const, settings: { identification: 'optional' as const }, pages: [{ id: 'p1', questions: [...questions, { id: 'q4', type: 'text' as const, text }] }] };
  await call(t.dispatch, 'surveys.update', { id: surveyId, definition });
  return (await call(t.dispatch, 'surveys.publish', { id: surveyId, override: { reason: 'variant' } })).versionId;
}

describe('bundles between several devices', () => {
  it('three devices × 500 responses, with edits, voids and two different "version 2"s: every import order gives the same rows, hashes and versions', async () => {
    const a = await device('a');
    const { surveyId, versionId } = await publishedOn(a);
    const b = await device('b');
    const c = await device('c');
    const start = await exportBundle(a, { surveyId });
    for (const t of [b, c]) await imported(t, start.path);

    const fromA = await collectMany(a, versionId, 500, 'A');
    await collectMany(b, versionId, 480, 'B');
    await collectMany(c, versionId, 500, 'C');
    // B and C each publish their own version 2; B collects 20 responses on it.
    const bV2 = await publishVariant(b, surveyId, 'B asks this?');
    await publishVariant(c, surveyId, 'C asks that?');
    await collectMany(b, bV2, 20, 'B2');
    // B learns A's responses and corrects some; C voids others it got from A.
    const early = await exportBundle(a, {}, 'a-early.icwb');
    for (const t of [b, c]) await imported(t, early.path);
    for (const id of fromA.slice(0, 10)) await call(b.dispatch, 'responses.update', { responseId: id, answers: [{ questionId: 'q2', value: `corrected ${id}` }], reason: 'Cleaning on B' });
    for (const id of fromA.slice(20, 25)) await call(c.dispatch, 'responses.void', { responseId: id, reason: 'Void on C' });

    const bundles = [await exportBundle(a, { surveyId }), await exportBundle(b, { surveyId }), await exportBundle(c, { surveyId })];
    let expected: unknown = null;
    for (const order of permutations([0, 1, 2])) {
      const d = await device(`d-${order.join('')}`);
      const results = [];
      for (const i of order) results.push(await imported(d, bundles[i]!.path));
      expect(results.reduce((n, r) => n + r.conflicts + r.rejected, 0)).toBe(0);
      const state = { rows: await responseRows(d), versions: (await versionsOf(d)).map((v) => [v.id, v.version]) };
      expect(state.rows).toHaveLength(1500);
      if (expected === null) expected = state;
      else expect(state).toEqual(expected);
    }
    const final = expected as { rows: { id: string; status: string; answers: string }[]; versions: [string, number][] };
    // Both version 2s are kept, numbered in publishing order: three versions.
    expect(final.versions.map(([, n]) => n)).toEqual([1, 2, 3]);
    expect(final.versions.map(([id]) => id)).toContain(bV2);
    expect(final.rows.filter((r) => r.status === 'void').map((r) => r.id).sort()).toEqual(fromA.slice(20, 25).sort());
    expect(final.rows.find((r) => r.id === fromA[0])!.answers).toContain(`corrected ${fromA[0]}`);
  }, 120_000);

  it('erasure travels: the member’s personal data is gone in B, and an older bundle does not bring it back (in either order)', async () => {
    const a = await device('a');
    const { versionId } = await publishedOn(a);
    const memberId = await addMember(a, { name: 'Jane Roe', email: 'jane@example.org', phone: '+44 20 7946 0000' });
    const responseId = await answered(a, versionId, { q1: 'a' }, { memberId });
    await call(a.dispatch, 'collect.complete', { responseId });
    const older = await exportBundle(a);
    const b = await device('b');
    await imported(b, older.path);
    const personal = (t: Device) => t.session.workspace.db.reader.get<{ name: string | null; email: string | null; phone: string | null; erased_at: string | null }>('SELECT name, email, phone, erased_at FROM member');
    expect(await personal(b)).toMatchObject({ name: 'Jane Roe' });

    await call(a.dispatch, 'members.erase', { memberId, reason: 'Asked to be forgotten' });
    const erasure = await exportBundle(a);
    expect(erasure.tombstones).toBe(1);
    const result = await imported(b, erasure.path);
    expect(result.members).toMatchObject({ erased: 1 });
    expect(await personal(b)).toMatchObject({ name: null, email: null, phone: null, erased_at: expect.any(String) });
    expect(await imported(b, older.path)).toMatchObject({ members: expect.objectContaining({ erasedSkipped: 1 }) });
    expect(await personal(b)).toMatchObject({ name: null, email: null, phone: null });
    // The response stays, linked to the pseudonymous member.
    expect(await b.session.workspace.db.reader.get('SELECT 1 AS linked FROM response WHERE id = ? AND member_id IS NOT NULL', [responseId])).toEqual({ linked: 1 });

    // A device that gets the erasure before the member never stores the personal data.
    const c = await device('c');
    await imported(c, erasure.path);
    await imported(c, older.path);
    expect(await c.session.workspace.db.reader.all('SELECT 1 FROM member WHERE name IS NOT NULL OR email IS NOT NULL')).toEqual([]);
    expect(await c.session.workspace.db.reader.all('SELECT count(*) AS n FROM member_tombstone')).toEqual([{ n: 1 }]);
  });
});
