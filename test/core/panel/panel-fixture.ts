import type { MemberFields } from '../../../main/api/members';
import { call } from '../../support/call';
import type { TestSession } from '../../support/workspace';
import { setScores } from './panel-session';

const NAMED: Partial<MemberFields>[] = [
  { name: '王伟', city: '北京', country: 'CN' },
  { name: '王伟明', city: '上海', country: 'CN' },
  { name: '王芳', country: 'CN' },
  { name: '李伟', country: 'CN' },
  { name: 'Ольга Попова', city: 'Москва', country: 'RU', email: 'olga@example.ru' },
  { name: 'Олег Петров', country: 'RU' },
  { name: 'Anna Schmidt', city: 'Berlin', country: 'DE', email: 'anna.schmidt@example.de' },
  { name: 'Ann-Marie Keller', country: 'DE' },
  { name: 'Jürgen Müller', country: 'DE', phone: '+49 30 1234567' },
  { name: 'José Álvarez', country: 'ES' },
];

export const FIXTURE_SIZE = 48;

/**
 * 48 members with Chinese, Cyrillic and Latin names, many ties and empty values in every sortable
 * field, two tags and openness scores (32 scored, 8 unscored, 8 never screened) so bands exist.
 */
export async function seedPanel(t: TestSession) {
  const seed = await call(t.dispatch, 'tags.create', { name: 'seed' });
  const mobile = await call(t.dispatch, 'tags.create', { name: 'mobile' });
  const ids: number[] = [];
  for (let i = 0; i < FIXTURE_SIZE; i++) {
    const base = NAMED[i] ?? (i % 5 === 0 ? {} : { name: `Member ${String(i).padStart(2, '0')}`, country: (['US', 'DE', 'CN', 'RU'] as const)[i % 4] });
    const m = await call(t.dispatch, 'members.create', {
      ...base,
      email: base.email ?? (i % 3 === 0 ? null : `member${i}@example.org`),
      city: base.city ?? (i % 4 === 0 ? 'Lyon' : null),
      gender: ([null, 'female', 'male', 'female', 'other'] as const)[i % 5],
      birthYear: [1980, 1990, null, 1980, 2000][i % 5],
      joinedAt: ['2024-01-10', null, '2025-06-01T10:00:00.000Z', '2024-01-10'][i % 4],
      lifecycleStage: (['acquisition', 'activation', null, 'retention', 'monetization'] as const)[i % 5],
      consentStatus: (['granted', 'granted', 'unknown', 'withdrawn'] as const)[i % 4],
      doNotContact: i % 7 === 3,
    });
    ids.push(m.id);
  }
  await call(t.dispatch, 'tags.apply', { tag: seed.id, memberIds: ids.filter((_, i) => i % 3 === 0) });
  await call(t.dispatch, 'tags.apply', { tag: mobile.id, memberIds: ids.filter((_, i) => i % 2 === 0) });
  const scoreOf = (i: number) => [3.5, 2.0, 4.1, 3.5, 1.8, 2.6][i % 6]! + (i % 5 === 0 ? 0.3 : 0);
  await setScores(
    t,
    ids.flatMap((id, i): [number, number | null, number][] => (i % 6 === 0 ? [] : i % 6 === 1 ? [[id, null, 5]] : [[id, scoreOf(i), 10]])),
  );
  return { ids, tags: { seed: seed.id, mobile: mobile.id } };
}
