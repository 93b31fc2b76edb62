import { describe, expect, it } from 'vitest';
import type { Filter } from '../../../main/model/filter/filter';
import { call } from '../../support/call';
import type { TestSession } from '../../support/workspace';
import { seedPanel } from './panel-fixture';
import { failure, panelSession } from './panel-session';

const count = async (t: TestSession, filter: Filter) => (await call(t.dispatch, 'members.count', { filter })).total;

describe('country filter', () => {
  it('takes a country by its code in any case or by its name in English, Chinese or Russian', async () => {
    const t = await panelSession();
    await seedPanel(t);
    const china = await count(t, { field: 'country', op: 'eq', value: 'CN' });
    expect(china).toBeGreaterThan(0);
    for (const value of ['China', 'china', ' CHINA ', '中国', 'Китай', 'cn']) {
      expect({ value, n: await count(t, { field: 'country', op: 'eq', value }) }).toEqual({ value, n: china });
    }
    const germanyOrRussia = await count(t, { field: 'country', op: 'in', value: ['DE', 'RU'] });
    expect(await count(t, { field: 'country', op: 'in', value: ['Germany', 'Россия'] })).toBe(germanyOrRussia);
    expect(await count(t, { field: 'country', op: 'notIn', value: ['德国', 'russia'] })).toBe(await count(t, { field: 'country', op: 'notIn', value: ['DE', 'RU'] }));
    expect(await count(t, { field: 'country', op: 'neq', value: 'Китай' })).toBe(await count(t, { field: 'country', op: 'neq', value: 'CN' }));
    // A saved view keeps the filter as written and selects the same members.
    const view = await call(t.dispatch, 'views.save', { name: 'China', filter: { field: 'country', op: 'eq', value: 'China' } });
    expect(await count(t, view.filter!)).toBe(china);
    await t.session.closeWorkspace();
  });

  it('says which value names no country, with the path to it, and matches nothing silently never', async () => {
    const t = await panelSession();
    await seedPanel(t);
    const single = await failure(t.dispatch, 'members.count', { filter: { and: [{ field: 'gender', op: 'eq', value: 'female' }, { field: 'country', op: 'eq', value: 'Chinaa' }] } });
    expect(single).toMatchObject({ code: 'VALIDATION', key: 'errors.invalidFilter' });
    expect(single.issues).toEqual([{ path: ['filter.and[1].value'], message: expect.stringContaining('"Chinaa" is not a country code or name') }]);
    expect(single.message).toContain('filter.and[1].value: "country" eq: "Chinaa" is not a country code or name');

    const list = await failure(t.dispatch, 'members.list', { filter: { field: 'country', op: 'in', value: ['DE', 'XX', 'Narnia'] } });
    expect(list.issues?.map((i) => i.path)).toEqual([['filter.value[1]'], ['filter.value[2]']]);
    expect((await failure(t.dispatch, 'tags.apply', { tag: 1, filter: { field: 'country', op: 'eq', value: 'Atlantis' } })).code).toBe('VALIDATION');
    expect((await failure(t.dispatch, 'views.save', { name: 'Nowhere', filter: { field: 'country', op: 'eq', value: 'Nowhere' } })).code).toBe('VALIDATION');
    // Text comparisons other than equality still compare the stored codes.
    expect(await count(t, { field: 'country', op: 'startsWith', value: 'C' })).toBe(await count(t, { field: 'country', op: 'eq', value: 'CN' }));
    await t.session.closeWorkspace();
  });
});
