import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { call } from '../../support/call';
import { failure, panelSession, setScores } from './panel-session';

const PERSONAL = {
  name: 'Zebulon Quixotewarbler',
  email: 'Zebulon.Quixote@warbler-mail.example',
  phone: '+44 7700 900123',
  externalId: 'EXT-QZ-998877',
  city: 'Xanadu-upon-Wye',
  notes: 'Prefers evening calls, mention Quixotewarbler family',
  consentScope: 'research-calls-Quixotewarbler',
};
const ATTRIBUTE_VALUE = 'Quokka-Lover-77';

/** Every form a personal string could be stored in: as typed, lower-cased (keys, word index), UTF-8 and UTF-16LE. */
const needles = (oldCode: string) =>
  [...Object.values(PERSONAL), ATTRIBUTE_VALUE, 'Zebulon', 'Quixotewarbler', 'warbler-mail', '7700 900123', oldCode].flatMap((s) => [s, s.toLowerCase()]);

function tracesIn(file: string, strings: string[]): string[] {
  const found: string[] = [];
  for (const f of [file, `${file}-wal`]) {
    if (!fs.existsSync(f)) continue;
    const bytes = fs.readFileSync(f);
    for (const s of strings) {
      if (bytes.includes(Buffer.from(s, 'utf8'))) found.push(`${f.slice(-11)}: ${s} (UTF-8)`);
      if (bytes.includes(Buffer.from(s, 'utf16le'))) found.push(`${f.slice(-11)}: ${s} (UTF-16LE)`);
    }
  }
  return found;
}

describe('members.erase', () => {
  it('leaves no personal data in the database file, the WAL or the search index, and keeps the responses under a new pseudonym', async () => {
    const t = await panelSession();
    await call(t.dispatch, 'attributes.create', { key: 'hobby', label: 'Hobby', type: 'text' });
    const tag = await call(t.dispatch, 'tags.create', { name: 'early adopter' });
    for (let i = 0; i < 150; i++) await call(t.dispatch, 'members.create', { name: `Neighbour ${i}`, email: `n${i}@example.org`, country: 'GB' });
    const target = await call(t.dispatch, 'members.create', {
      ...PERSONAL,
      country: 'GB',
      gender: 'male',
      birthYear: 1987,
      joinedAt: '2024-05-17T08:30:00.000Z',
      lifecycleStage: 'retention',
      consentStatus: 'granted',
      attributes: { hobby: ATTRIBUTE_VALUE },
    });
    for (let i = 150; i < 300; i++) await call(t.dispatch, 'members.create', { name: `Neighbour ${i}`, country: 'GB' });
    await call(t.dispatch, 'tags.apply', { tag: tag.id, memberIds: [target.id] });
    await setScores(t, [[target.id, 3.7, 10]]);
    await t.session.workspace.db.writer.transaction(async (tx) => {
      await tx.run("INSERT INTO screener_answer (member_id, instrument_id, item, value) VALUES (?, 'ipip-openness', 1, 4)", [target.id]);
      await tx.run("INSERT INTO survey (id, title, created_at, updated_at) VALUES ('s1', 'Pulse', 'x', 'x')");
      await tx.run("INSERT INTO survey_version (id, survey_id, version, definition) VALUES ('v1', 's1', 1, '{}')");
      for (const id of ['r1', 'r2']) {
        await tx.run("INSERT INTO response (id, survey_version_id, member_id, status, device_id, started_at) VALUES (?, 'v1', ?, 'complete', 'web', '2025-01-01')", [
          id,
          target.id,
        ]);
        await tx.run("INSERT INTO answer (response_id, question_id, num) VALUES (?, 'nps', 9)", [id]);
      }
    });

    // The check can see personal data: before erasure it is in the file.
    await t.session.closeWorkspace();
    expect(tracesIn(t.file, needles(target.code)).length).toBeGreaterThan(10);
    await call(t.dispatch, 'workspace.open', { path: t.file });

    const erased = await call(t.dispatch, 'members.erase', { memberId: target.id, reason: 'Erasure request received 2026-01-14' });
    expect(erased).toMatchObject({ memberId: target.id, walCheckpointed: true });
    expect(erased.code).toMatch(/^M-[0-9A-Z]{6}$/);
    expect(erased.code).not.toBe(target.code);
    expect(fs.statSync(`${t.file}-wal`).size).toBe(0);
    expect(tracesIn(t.file, needles(target.code))).toEqual([]);

    // What stays: the pseudonymous row with coarse fields, its responses and openness, and the audit entry.
    const after = await call(t.dispatch, 'members.get', { memberId: target.id });
    expect(after).toMatchObject({
      code: erased.code,
      externalId: null,
      name: null,
      email: null,
      phone: null,
      city: null,
      notes: null,
      consentScope: null,
      birthYear: null,
      ageBand: '35–44',
      joinedAt: '2024-05-01',
      country: 'GB',
      gender: 'male',
      lifecycleStage: 'retention',
      consentStatus: 'withdrawn',
      doNotContact: true,
      contactable: false,
      erasedAt: erased.erasedAt,
      tags: [],
      responses: { total: 2, complete: 2 },
    });
    expect(after.attributes).toEqual([{ key: 'hobby', label: 'Hobby', type: 'text', value: null }]);
    expect(after.openness.score).toBe(3.7);
    expect(after.history[0]).toEqual({ at: erased.erasedAt, actor: 'Pat Manager', action: 'member.erase', reason: 'Erasure request received 2026-01-14', campaign: null, campaignReason: null });
    expect(after.notContactable).toBe('erased');
    const reader = t.session.workspace.db.reader;
    expect(await reader.all("SELECT id FROM response WHERE member_id = ? ORDER BY id", [target.id])).toEqual([{ id: 'r1' }, { id: 'r2' }]);
    expect(await reader.get('SELECT count(*) AS n FROM answer')).toEqual({ n: 2 });
    expect(await reader.get('SELECT count(*) AS n FROM screener_answer WHERE member_id = ?', [target.id])).toEqual({ n: 0 });
    const audit = await reader.all<{ details: string }>("SELECT * FROM audit_log WHERE action = 'member.erase'");
    expect(audit).toHaveLength(1);
    expect(tracesIn(t.file, needles(target.code))).toEqual([]);
    for (const s of needles(target.code)) expect(JSON.stringify(audit)).not.toContain(s);
    for (const q of ['Quixotewarbler', 'Zebulon', 'Ze', 'warbler-mail', '900123', 'EXT-QZ', target.code]) {
      expect({ q, rows: (await call(t.dispatch, 'members.list', { search: q, limit: 10 })).rows }).toEqual({ q, rows: [] });
    }
    expect((await call(t.dispatch, 'members.list', { search: erased.code, limit: 10 })).rows.map((r) => r.id)).toEqual([]);

    // Closed, nothing is left either, in the file or any WAL.
    await t.session.closeWorkspace();
    expect(tracesIn(t.file, needles(target.code))).toEqual([]);
    await call(t.dispatch, 'workspace.open', { path: t.file });
    expect((await failure(t.dispatch, 'members.erase', { memberId: target.id, reason: 'again' })).code).toBe('CONFLICT');
    expect((await failure(t.dispatch, 'members.update', { memberId: target.id, patch: { name: 'Back' } })).code).toBe('CONFLICT');
    expect((await failure(t.dispatch, 'members.erase', { memberId: target.id, reason: '' })).message).toMatch(/reason: say why/);
    await t.session.closeWorkspace();
  });
});
