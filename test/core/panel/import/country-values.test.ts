import { expect, it } from 'vitest';
import { importSession } from './support/import-fixture';

it('reads a country given by its code in any case or by its name in English, Chinese or Russian; anything else is left empty with a warning', async () => {
  const t = await importSession();
  const csv = ['id,name,country', '1,Ann,de', '2,Bo,Germany', '3,Cy,德国', '4,Di,Германия', '5,Ed,UK', '6,Fay,Narnia'].join('\n');
  const result = await t.imported({
    file: { path: t.file('countries.csv', csv) },
    mapping: [
      { column: 'id', target: 'externalId' },
      { column: 'name', target: 'name' },
      { column: 'country', target: 'country' },
    ],
    onDuplicate: 'skip',
  });
  expect(result).toMatchObject({ committed: true, inserted: 6 });
  expect((await t.members()).map((m) => [m.external_id, m.country])).toEqual([
    ['1', 'DE'],
    ['2', 'DE'],
    ['3', 'DE'],
    ['4', 'DE'],
    ['5', 'GB'],
    ['6', null],
  ]);
  expect(result.warnings).toEqual([
    expect.objectContaining({ code: 'countryUnknown', column: 'country', value: 'Narnia', rows: [6], message: "Column 'country': 'Narnia' is neither a country code (ISO 3166) nor a country name; left empty." }),
  ]);
});
