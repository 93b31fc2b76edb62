import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openWorkbench, screenshot } from './support/browser';
import { sharedHostAndBrowser } from './support/shared-host';
import { chooseLanguage, enterName, findOverflow, layoutCases, openAt } from './support/workbench-page';
import { messyCsv, messyRows } from '../core/panel/import/support/messy-csv';

const IMPORT_ROWS = 20_000;
const UNIQUE_NAME = '欧阳娜娜';

/**
 * A members file as a panel manager gets it: ids, names in three scripts, emails, countries, ages,
 * genders coded 1/2/3 and the ten openness items. Row 17 has an invalid email (rejected); some
 * ages are 999 and some countries "(nu" (warnings: kept, value left empty).
 */
function writeMembersCsv(file: string): void {
  const names = ['王伟', '李娜', 'Анна Иванова', 'Иван Петров', 'Emma Jones', 'Lucas Martin'];
  const countries = ['DE', 'CN', 'RU', 'US', 'FR'];
  const lines = ['external_id,name,email,country,age,gender,O1,O2,O3,O4,O5,O6,O7,O8,O9,O10'];
  for (let i = 1; i <= IMPORT_ROWS; i++) {
    const name = i === 5 ? UNIQUE_NAME : names[i % names.length];
    const email = i === 17 ? 'not-an-email' : `e2e.${i}@example.org`;
    const age = i % 997 === 0 ? '999' : String(18 + (i % 60));
    const country = i % 1009 === 0 ? '(nu' : countries[i % countries.length];
    // Member 5 answers 5 to every item: keyed, items 2, 4 and 6 count 1, so the score is (7×5 + 3×1) / 10 = 3.8.
    const items = Array.from({ length: 10 }, (_, k) => (i === 5 ? 5 : 1 + ((i + k) % 5)));
    lines.push([`E${String(i).padStart(6, '0')}`, name, email, country, age, 1 + (i % 3), ...items].join(','));
  }
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
}

// The tests share one host and continue from one another, as a user's session would.
describe('panel: members, import, tags, erasure', () => {
  // Without --workspace the host creates the default workspace as the demo community; the first test gives the user's name.
  const shared = sharedHostAndBrowser('panel');
  const csv = path.join(shared.dir, 'panel members.csv');
  const smallCsv = path.join(shared.dir, 'small.csv');
  // The new-user test's messy file (BOM, CRLF, quoted newlines, bad and repeated emails), and a corrected re-export of it.
  const messy = path.join(shared.dir, 'messy.csv');
  const messyV2 = path.join(shared.dir, 'messy v2.csv');

  beforeAll(() => {
    writeMembersCsv(csv);
    fs.writeFileSync(smallCsv, fs.readFileSync(csv, 'utf8').split('\n').slice(0, 31).join('\n'));
    fs.writeFileSync(messy, messyCsv(messyRows(400)));
    fs.writeFileSync(messyV2, messyCsv(messyRows(400, 2)));
  });

  it('imports a CSV through the wizard, with the progress bar, and reports warnings and rejected rows', async () => {
    const { page, problems } = await openWorkbench(shared.browser, shared.host.url);
    await enterName(page);
    await page.getByRole('link', { name: 'Panel' }).click();
    await page.getByRole('heading', { level: 1, name: 'Members' }).waitFor();
    const before = (await shared.host.call('members.count', {})).total;

    await page.getByRole('link', { name: 'Import members…' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Import members' }).waitFor();
    await page.locator('input[type="file"]').setInputFiles(csv);

    // Preview: detected reading settings, no problem in the rows read, the sample.
    await page.getByRole('heading', { name: 'How the file reads' }).waitFor();
    expect(await page.getByLabel('Encoding').inputValue()).toBe('utf-8');
    expect(await page.getByLabel('Delimiter').inputValue()).toBe(',');
    await page.getByRole('cell', { name: UNIQUE_NAME }).waitFor();
    await screenshot(page, 'panel-import-preview-en');
    await page.getByRole('button', { name: 'Next' }).click();

    // Mapping: the suggestions, then age → birth year with the collection year, gender recoded.
    await page.getByRole('heading', { name: 'Where each column goes' }).waitFor();
    expect(await page.getByLabel('Import column email as').inputValue()).toBe('email');
    expect(await page.getByLabel('Import column O4 as').inputValue()).toBe('screener:ipip-openness:4');
    expect(await page.getByLabel('Import column age as').inputValue()).toBe('age');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Enter when the data was collected').waitFor();
    await page.getByLabel('Data collected in').fill('2025');
    await page.getByRole('row', { name: /^gender/ }).getByRole('button', { name: 'Recode values' }).click();
    await page.getByLabel('What 1 becomes').selectOption('male');
    await page.getByLabel('What 2 becomes').selectOption('female');
    await page.getByLabel('What 3 becomes').selectOption('other');
    await screenshot(page, 'panel-import-mapping-en');
    expect(await findOverflow(page)).toEqual([]);
    await page.getByRole('button', { name: 'Next' }).click();

    // Options, then the job: its progress bar while it runs, then the result.
    await page.getByLabel('Import the valid rows').check();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('progressbar', { name: 'Import progress' }).waitFor();
    await screenshot(page, 'panel-import-running-en');
    await page.getByRole('heading', { name: 'Import finished' }).waitFor({ timeout: 90_000 });
    const counts = page.locator('.result-counts');
    expect(await counts.getByRole('definition').allInnerTexts()).toEqual(['19,999', '0', '0', '1', expect.stringMatching(/^\d/)]);
    await page.getByText('Rejected rows (1)').waitFor();
    await page.getByRole('cell', { name: 'not-an-email', exact: true }).waitFor();
    await page.getByText(/Warnings \(\d+\)/).click();
    await page.getByText("'999' is not plausible", { exact: false }).first().waitFor();
    await page.getByText("'(nu' is neither a country code (ISO 3166) nor a country name", { exact: false }).first().waitFor();
    await screenshot(page, 'panel-import-result-en');
    expect(await findOverflow(page)).toEqual([]);

    expect((await shared.host.call('members.count', {})).total).toBe(before + IMPORT_ROWS - 1);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('imports the messy file with consent, updates it without merging two people, shows the members afresh and undoes the update', async () => {
    const { page, problems } = await openAt(shared.browser, shared.host, '#/panel');
    await page.getByRole('heading', { level: 1, name: 'Members' }).waitFor();
    const importFile = async (file: string, policy: string) => {
      await page.getByRole('link', { name: 'Import members…' }).first().click();
      await page.locator('input[type="file"]').setInputFiles(file);
      await page.getByText('Checked the first 200 rows', { exact: false }).waitFor();
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('heading', { name: 'Where each column goes' }).waitFor();
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByLabel(policy).check();
      await page.getByLabel('Import the valid rows').check();
    };

    await importFile(messy, 'Skip them');
    await page.getByLabel('The same consent for every row').check();
    await page.getByLabel('Consent date').fill('2024-05-01');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { name: 'Import finished' }).waitFor({ timeout: 60_000 });
    await page.getByText('Skipped rows (2): not imported').waitFor();
    const c00332 = async () => (await shared.host.call('members.list', { search: 'C00332', limit: 1 })).rows[0]!;
    expect(await c00332()).toMatchObject({ consentStatus: 'granted' });

    // The old view: a quick search and a selected row, left open while importing again.
    await page.getByRole('button', { name: 'Show the members' }).click();
    await page.getByRole('searchbox').fill('Анна');
    await page.getByText(/matching$/).waitFor();
    await page.locator('.members-body .members-row input[type="checkbox"]').first().click();
    await page.locator('.selection-bar').waitFor();

    await importFile(messyV2, 'Update them');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { name: 'Import finished' }).waitFor({ timeout: 60_000 });
    expect(await page.locator('.result-counts').getByRole('definition').allInnerTexts()).toEqual(['0', '396', '2', '2', '0']);
    expect((await c00332()).name).toBe(messyRows(400, 2)[331]!.name);
    await screenshot(page, 'panel-import-update-report-en');

    await page.getByRole('button', { name: 'Show the members' }).click();
    await page.getByText(/in the panel$/).waitFor();
    expect(await page.getByRole('searchbox').inputValue()).toBe('');
    expect(await page.locator('.selection-bar').count()).toBe(0);

    await page.getByRole('link', { name: 'Import members…' }).first().click();
    const latest = page.getByRole('row', { name: /messy v2\.csv/ });
    await latest.getByRole('button', { name: 'Undo this import' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Undo this import' }).click();
    await expect.poll(async () => (await c00332()).name, { timeout: 30_000 }).toBe(messyRows(400)[331]!.name);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('tags every member of a filtered selection, and undoes it', async () => {
    const { page, problems } = await openAt(shared.browser, shared.host, '#/panel/tags');
    await page.getByRole('heading', { level: 1, name: 'Tags and attributes' }).waitFor();
    await page.getByLabel('New tag').fill('Berlin study');
    await page.getByRole('button', { name: 'Create tag' }).click();
    await page.getByLabel('Name of Berlin study').waitFor();
    const tag = (await shared.host.call('tags.list', {})).tags.find((t) => t.name === 'Berlin study')!;

    await page.getByRole('link', { name: 'Members' }).first().click();
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.getByRole('button', { name: 'Add condition' }).click();
    await page.getByLabel('Field', { exact: true }).selectOption('country');
    await page.getByLabel('Value', { exact: true }).fill('de');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByText('Country is DE').waitFor();

    const germany = (await shared.host.call('members.count', { filter: { field: 'country', op: 'eq', value: 'DE' } })).total;
    expect(germany).toBeGreaterThan(4000);
    const n = germany.toLocaleString('en');
    await page.getByText(`${n} matching`, { exact: true }).waitFor();
    await page.locator('.members-body .members-row input[type="checkbox"]').first().click();
    await page.getByRole('button', { name: `Select all ${n} matching` }).click();
    await page.getByText(`All matching selected: ${n}`).waitFor();
    await page.getByLabel('Tag', { exact: true }).selectOption(String(tag.id));
    await page.locator('.selection-bar').getByRole('button', { name: 'Tag', exact: true }).click();
    await page.getByText(`Newly tagged “Berlin study”: ${n}.`).waitFor();
    const tagged = () => shared.host.call('members.count', { filter: { field: 'tag', op: 'has', value: [tag.id] } });
    expect((await tagged()).total).toBe(germany);
    await screenshot(page, 'panel-members-tagged-en');

    await page.getByRole('button', { name: 'Undo last bulk action' }).click();
    await page.getByText(/^Undone — Tagged “Berlin study”/).waitFor();
    expect((await tagged()).total).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('opens an imported member and shows their openness', async () => {
    const { page, problems } = await openAt(shared.browser, shared.host, '#/panel');
    await page.getByRole('heading', { level: 1, name: 'Members' }).waitFor();
    await page.getByLabel('Quick search').fill(UNIQUE_NAME);
    await page.getByText('1 matching', { exact: true }).waitFor();
    await page.locator('.members-body').getByRole('link', { name: UNIQUE_NAME }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(UNIQUE_NAME) }).waitFor();
    const card = page.locator('.openness-card');
    await card.getByText('3.80').waitFor();
    await card.getByText('10 of 10 items').waitFor();
    const [member] = (await shared.host.call('members.list', { search: UNIQUE_NAME, limit: 1 })).rows;
    const detail = await shared.host.call('members.get', { memberId: member!.id });
    expect(detail.openness.score).toBeCloseTo(3.8, 10);
    expect(detail.birthYear).toBe(2025 - 23);
    expect(detail.gender).toBe('other');
    await screenshot(page, 'panel-member-en');
    expect(await findOverflow(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('finds members by a two-character Chinese name', async () => {
    const { page, problems } = await openAt(shared.browser, shared.host, '#/panel');
    await page.getByRole('heading', { level: 1, name: 'Members' }).waitFor();
    const { total } = await shared.host.call('members.count', { search: '王伟' });
    expect(total).toBeGreaterThan(0);
    await page.getByLabel('Quick search').fill('王伟');
    await page.getByText(`${total.toLocaleString('en')} matching`, { exact: true }).waitFor();
    const names = await page.locator('.members-body .member-name').allInnerTexts();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toContain('王伟');
    await screenshot(page, 'panel-members-search-zh-en');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('erases a member on request: personal data gone, responses kept under a pseudonym', async () => {
    const withResponses = (await shared.host.call('members.list', { filter: { field: 'consentStatus', op: 'eq', value: 'granted' }, limit: 50 })).rows;
    let target: { id: number; code: string; name: string | null } | null = null;
    for (const m of withResponses) {
      if ((await shared.host.call('members.get', { memberId: m.id })).responses.total > 0) {
        target = m;
        break;
      }
    }
    expect(target).not.toBeNull();
    const { page, problems } = await openAt(shared.browser, shared.host, `#/panel/member/${target!.id}`);
    await page.getByRole('button', { name: 'Erase on request…' }).click();
    const dialog = page.getByRole('dialog', { name: `Erase member ${target!.code} on request` });
    await dialog.getByText('under a new random pseudonym').waitFor();
    await screenshot(page, 'panel-erase-en');
    await dialog.getByLabel('Reason (recorded in the history)').fill('Request by email, 12 March');
    await dialog.getByRole('button', { name: 'Erase personal data' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Not contactable: erased', { exact: true }).waitFor();
    await page.locator('.audit-action', { hasText: 'Erased on request' }).waitFor();

    const erased = await shared.host.call('members.get', { memberId: target!.id });
    expect(erased.erasedAt).not.toBeNull();
    expect([erased.name, erased.email, erased.phone, erased.city]).toEqual([null, null, null, null]);
    expect(erased.code).not.toBe(target!.code);
    expect(erased.responses.total).toBeGreaterThan(0);
    expect(erased.history[0]).toMatchObject({ action: 'member.erase', actor: 'Mei Chen', reason: 'Request by email, 12 March' });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('reads in Chinese: screenshots of the members table, a member and the import wizard', async () => {
    const { page, problems } = await openAt(shared.browser, shared.host, '#/panel', { locale: 'zh-CN' });
    await chooseLanguage(page, 'zh-CN', '成员');
    await page.locator('.members-body .member-name').first().waitFor();
    await screenshot(page, 'panel-members-zh-CN');
    const [member] = (await shared.host.call('members.list', { search: UNIQUE_NAME, limit: 1 })).rows;
    await page.goto(`${shared.host.origin}/#/panel/member/${member!.id}`);
    await page.locator('.openness-card').getByText('3.80').waitFor();
    await screenshot(page, 'panel-member-zh-CN');
    await page.goto(`${shared.host.origin}/#/panel/import`);
    await page.locator('input[type="file"]').setInputFiles(smallCsv);
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('数据采集时间').waitFor();
    await screenshot(page, 'panel-import-mapping-zh-CN');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it.each(layoutCases({ en: ['Members'], 'zh-CN': ['成员'], ru: ['Участники'] }))('fits the window in %s at %i×%i: table, member, import wizard', async (language, width, height, heading) => {
    const { page, problems } = await openAt(shared.browser, shared.host, '#/panel', { width, height });
    await chooseLanguage(page, language, heading);
    await page.locator('.members-body .member-name').first().waitFor();
    // The selection bar and the filter line are the widest parts of the page.
    await page.locator('.members-body .members-row input[type="checkbox"]').first().click();
    await page.locator('.selection-bar').waitFor();
    expect(await findOverflow(page)).toEqual([]);
    await screenshot(page, `panel-members-${language}-${width}`);

    const [member] = (await shared.host.call('members.list', { search: UNIQUE_NAME, limit: 1 })).rows;
    await page.goto(`${shared.host.origin}/#/panel/member/${member!.id}`);
    await page.locator('.openness-card').waitFor();
    expect(await findOverflow(page)).toEqual([]);
    await screenshot(page, `panel-member-${language}-${width}`);

    await page.goto(`${shared.host.origin}/#/panel/import`);
    await page.locator('input[type="file"]').setInputFiles(smallCsv);
    await page.locator('.sample-table').waitFor();
    // The sample of a wide file scrolls sideways in its own box, on purpose; the rest must fit. (Hidden
    // through its style property: the page's CSP refuses an injected <style> element.)
    await page.locator('.data-table-box:has(.sample-table)').evaluate((box) => (box.style.display = 'none'));
    expect(await findOverflow(page)).toEqual([]);
    await page.locator('.wizard-actions .button-primary').click();
    await page.locator('.mapping-table').waitFor();
    expect(await findOverflow(page)).toEqual([]);
    await screenshot(page, `panel-import-${language}-${width}`);

    // The messy file again (all its rows are in the panel by now): options with consent, then the report.
    await page.goto(`${shared.host.origin}/#/panel`);
    await page.goto(`${shared.host.origin}/#/panel/import`);
    await page.locator('input[type="file"]').setInputFiles(messy);
    await page.locator('.preview-checked').waitFor();
    await page.locator('.wizard-actions .button-primary').click();
    await page.locator('.mapping-table').waitFor();
    await page.locator('.wizard-actions .button-primary').click();
    await page.locator('input[name="consent"]').nth(1).check();
    await page.locator('.consent-for-all').waitFor();
    expect(await findOverflow(page)).toEqual([]);
    await screenshot(page, `panel-import-options-${language}-${width}`);
    await page.locator('.wizard-actions .button-primary').click();
    await page.locator('.result-counts').waitFor({ timeout: 60_000 });
    await page.evaluate("document.querySelectorAll('details.result-section').forEach((d) => { d.open = true; })");
    expect(await findOverflow(page)).toEqual([]);
    await screenshot(page, `panel-import-report-${language}-${width}`);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

// Run in the page; strings because this project's Node typings have no DOM.
/** Text cut short in the members table: header labels, and the country, tag and contact cells of the rows shown. */
const CUT_IN_TABLE = `(() => {
  const cut = [];
  const seen = { headers: 0, countries: 0, tagCells: 0 };
  // The text's own width against its box's, in fractions of a pixel (scrollWidth rounds, and an ellipsis shows from 0.1 px over).
  const check = (el, what) => {
    const text = document.createRange();
    text.selectNodeContents(el);
    const style = getComputedStyle(el);
    const room = el.getBoundingClientRect().width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    if (text.getBoundingClientRect().width > room + 0.01) cut.push(what + ': ' + el.textContent.trim());
  };
  for (const label of document.querySelectorAll('.members-header .sort-label')) { seen.headers++; check(label, 'header'); }
  for (const name of document.querySelectorAll('.members-body .country-code, .members-body .country-name')) { seen.countries++; check(name.closest('.members-cell'), 'country'); }
  // Every tag shows, or is counted in +N: none is pushed out of its cell (sideways or onto a hidden line),
  // and a name cut short still shows its first letters (about four: 30 px).
  for (const cell of document.querySelectorAll('.members-body .tag-list')) {
    seen.tagCells++;
    const box = cell.parentElement.getBoundingClientRect();
    const shown = [...cell.children].filter((part) => part.getClientRects().length > 0);
    for (const part of shown) {
      const b = part.getBoundingClientRect();
      if (b.left < box.left - 1 || b.right > box.right + 1 || b.top < box.top - 1 || b.bottom > box.bottom + 1) cut.push('tag outside its cell: ' + part.textContent);
    }
    const names = shown.filter((part) => part.matches('.tag-inline')).map((part) => part.querySelector('.tag-inline-name'));
    for (const name of names) {
      if (name.scrollWidth > name.clientWidth && name.getBoundingClientRect().width < 30) cut.push('tag name cut to a letter or two: ' + name.textContent);
    }
    const more = shown.find((part) => part.matches('.tag-more'));
    const counted = names.length + (more ? Number(more.textContent.replace(/\\D/g, '')) : 0);
    const all = cell.title ? cell.title.split(', ').length : 0;
    if (counted !== all) cut.push('tags shown and counted: ' + counted + ' of ' + cell.title);
  }
  // The sort arrow sits beside its label, inside the cell, and leaves the label whole.
  for (const mark of document.querySelectorAll('.members-header .sort-mark')) {
    const cell = mark.closest('.members-cell').getBoundingClientRect();
    const b = mark.getBoundingClientRect();
    if (mark.textContent && (b.left < cell.left || b.right > cell.right)) cut.push('sort arrow outside its cell');
  }
  return { cut, seen };
})()`;

/** The notes box against the form it belongs to. */
const NOTES_BOX = `(() => {
  const notes = document.querySelector('.member-form textarea').getBoundingClientRect();
  const grid = document.querySelector('.member-form .field-grid').getBoundingClientRect();
  const card = document.querySelector('.member-form').getBoundingClientRect();
  return { width: notes.width, gridWidth: grid.width, inside: notes.left >= card.left && notes.right <= card.right };
})()`;

/** Buttons, links and fields that a notice lies over (the part of each that shows: scrolling boxes clip them). */
const COVERED_BY_NOTICES = `(() => {
  const notices = [...document.querySelectorAll('.notice')].map((n) => n.getBoundingClientRect());
  const shown = (el) => {
    let { left, right, top, bottom } = el.getBoundingClientRect();
    for (let p = el.parentElement; p; p = p.parentElement) {
      if (getComputedStyle(p).overflow === 'visible') continue;
      const c = p.getBoundingClientRect();
      left = Math.max(left, c.left); right = Math.min(right, c.right); top = Math.max(top, c.top); bottom = Math.min(bottom, c.bottom);
    }
    return { left, right, top, bottom, width: right - left, height: bottom - top };
  };
  const covered = [];
  for (const control of document.querySelectorAll('button, a[href], input, select, textarea')) {
    if (control.closest('.notice')) continue;
    const b = shown(control);
    if (b.width <= 0 || b.height <= 0) continue;
    if (notices.some((n) => b.left < n.right && b.right > n.left && b.top < n.bottom && b.bottom > n.top)) covered.push(control.textContent.trim() || control.getAttribute('aria-label'));
  }
  return { notices: notices.length, covered };
})()`;

describe('panel: what the pages show fits, in every language', () => {
  const shared = sharedHostAndBrowser('panel-fit', { host: (dir) => ({ args: ['--workspace', path.join(dir, 'demo.sqlite'), '--demo'] }), userName: 'Mei Chen' });

  /** A demo member with several tags, so the member page and the table show them. */
  const taggedMember = async () => {
    const rows = (await shared.host.call('members.list', { filter: { field: 'tag', op: 'has', value: (await shared.host.call('tags.list', {})).tags.map((t) => t.id) }, limit: 200 })).rows;
    return rows.find((r) => r.tags.length >= 3)!;
  };

  it.each(layoutCases({ en: ['Members', 'Openness'], 'zh-CN': ['成员', '开放性'], ru: ['Участники', 'Открытость'] }))('in %s at %i×%i: table headers, countries and tags whole; notes as wide as the form; tags page', async (language, width, height, heading, openness) => {
    const { page, problems } = await openAt(shared.browser, shared.host, '#/panel', { width, height });
    await chooseLanguage(page, language, heading);
    await page.locator('.members-body .member-name').first().waitFor();
    // Sorted by openness: the arrow shows beside the label.
    await page.locator('.members-header .sort-button', { hasText: openness }).click();
    await page.locator('.members-header [aria-sort="ascending"]').waitFor();
    // The rows in the new order, read: no placeholder left.
    await page.locator('.members-placeholder').first().waitFor({ state: 'detached' });
    await page.locator('.members-body .member-name').first().waitFor();
    const table = await page.evaluate<{ cut: string[]; seen: Record<string, number> }>(CUT_IN_TABLE);
    expect(table.cut).toEqual([]);
    expect(table.seen).toEqual({ headers: 7, countries: expect.any(Number), tagCells: expect.any(Number) });
    expect(Math.min(table.seen.countries!, table.seen.tagCells!)).toBeGreaterThan(10);
    expect(await findOverflow(page)).toEqual([]);
    await screenshot(page, `panel-fit-members-${language}-${width}`);

    const member = await taggedMember();
    await page.goto(`${shared.host.origin}/#/panel/member/${member.id}`);
    await page.locator('.member-form textarea').scrollIntoViewIfNeeded();
    const notes = await page.evaluate<{ width: number; gridWidth: number; inside: boolean }>(NOTES_BOX);
    expect(notes.inside).toBe(true);
    expect(notes.width).toBeGreaterThanOrEqual(notes.gridWidth - 1);
    expect(await findOverflow(page)).toEqual([]);
    await screenshot(page, `panel-fit-member-${language}-${width}`);

    await page.goto(`${shared.host.origin}/#/panel/tags`);
    await page.locator('.tags-table').waitFor();
    expect(await findOverflow(page)).toEqual([]);
    const subtitle = page.locator('.tags-page .page-subtitle');
    expect(await subtitle.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    await screenshot(page, `panel-fit-tags-${language}-${width}`);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('records consent for every member without it, in one go, and undoes it', async () => {
    const unknown = { field: 'consentStatus', op: 'eq', value: 'unknown' } as const;
    const before = (await shared.host.call('members.count', { filter: unknown })).total;
    expect(before).toBeGreaterThan(0);
    const { page, problems } = await openAt(shared.browser, shared.host, '#/panel');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.getByRole('button', { name: 'Add condition' }).click();
    await page.getByLabel('Field', { exact: true }).selectOption('consentStatus');
    await page.getByRole('group', { name: 'Values' }).getByLabel('Unknown').check();
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByRole('button', { name: 'Close' }).click();
    const n = before.toLocaleString('en');
    await page.getByText(`${n} matching`, { exact: true }).waitFor();
    await page.locator('.members-body .members-row input[type="checkbox"]').first().click();
    await page.getByRole('button', { name: `Select all ${n} matching` }).click();
    await page.getByRole('button', { name: 'Record consent…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record consent' });
    await dialog.getByLabel('Consent scope').fill('surveys and interviews');
    await dialog.getByLabel('Why (recorded in each member’s history)').fill('Panel terms v3 accepted at sign-up');
    await screenshot(page, 'panel-consent-bulk-en');
    await dialog.getByRole('button', { name: 'Record consent' }).click();
    await page.getByText(`Consent “Granted” recorded. Changed: ${n}.`).waitFor();
    expect((await shared.host.call('members.count', { filter: unknown })).total).toBe(0);

    await page.getByRole('button', { name: 'Undo last bulk action' }).click();
    await page.getByText(/^Undone — Consent “Granted”/).waitFor();
    expect((await shared.host.call('members.count', { filter: unknown })).total).toBe(before);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('filters by a country’s name in any language, and says when no country is called that', async () => {
    const china = (await shared.host.call('members.count', { filter: { field: 'country', op: 'eq', value: 'CN' } })).total;
    const { page, problems } = await openAt(shared.browser, shared.host, '#/panel');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.getByRole('button', { name: 'Add condition' }).click();
    await page.getByLabel('Field', { exact: true }).selectOption('country');
    await page.getByLabel('Value', { exact: true }).fill('Chinaa');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('Country: nothing is called that. Enter a code such as CN or a name such as China.').waitFor();
    await page.getByLabel('Value', { exact: true }).fill('Китай');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText(`${china.toLocaleString('en')} matching`, { exact: true }).waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('fits "Earlier imports" in the window in every language at 1024×700', async () => {
    const file = path.join(shared.dir, 'panel export 2024 v2.csv');
    fs.writeFileSync(file, 'name,email\nAda Lovelace,ada@example.org\n');
    const mapping = [
      { column: 'name', target: 'name' },
      { column: 'email', target: 'email' },
    ] as const;
    const { jobId } = await shared.host.call('members.import', { file: { path: file }, mapping: [...mapping], onDuplicate: 'skip', mode: 'all-or-nothing', dateFormat: 'YYYY-MM-DD', decimalComma: false, language: 'en' });
    expect((await shared.host.call('jobs.wait', { jobId, timeoutMs: 30_000 })).state).toBe('succeeded');
    const { page, problems } = await openAt(shared.browser, shared.host, '#/panel/import', { width: 1024, height: 700 });
    for (const [language, heading] of [['en', 'Import members'], ['zh-CN', '导入成员'], ['ru', 'Импорт участников']] as const) {
      await chooseLanguage(page, language, heading);
      const history = page.locator('[aria-labelledby="import-history-title"]');
      await history.locator('tbody tr').first().waitFor();
      await history.evaluate((el) => el.scrollIntoView({ block: 'end' }));
      expect(await findOverflow(page), language).toEqual([]);
      await screenshot(page, `panel-fit-import-history-${language}-1024`);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('asks before Back or a typed address leaves unsaved member edits', async () => {
    const { page, problems } = await openAt(shared.browser, shared.host, '#/panel');
    await page.locator('.members-body .member-name').first().waitFor();
    const member = await taggedMember();
    const here = `#/panel/member/${member.id}`;
    await page.evaluate(`window.location.hash = ${JSON.stringify(here)}`);
    await page.getByLabel('City').fill('Lyon');
    const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });

    // Back, to the members table: held, the address put back, the edit kept.
    await page.goBack();
    await dialog.waitFor();
    expect(await page.evaluate('window.location.hash')).toBe(here);
    await dialog.getByRole('button', { name: 'Stay' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByLabel('City').inputValue()).toBe('Lyon');

    // An address typed: held too; Discard goes there.
    await page.goto(`${shared.host.origin}/#/panel/tags`);
    await dialog.waitFor();
    expect(await page.evaluate('window.location.hash')).toBe(here);
    await dialog.getByRole('button', { name: 'Discard changes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tags and attributes' }).waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shows notices where they cover no button, and lets them be dismissed', async () => {
    const { page, problems } = await openAt(shared.browser, shared.host, '#/panel', { width: 1024, height: 700 });
    await page.locator('.members-body .member-name').first().waitFor();
    await page.locator('.members-body .members-row input[type="checkbox"]').first().click();
    await page.getByLabel('Tag', { exact: true }).selectOption({ index: 1 });
    await page.locator('.selection-bar').getByRole('button', { name: 'Tag', exact: true }).click();
    await page.locator('.notice').waitFor();
    expect(await page.evaluate(COVERED_BY_NOTICES)).toEqual({ notices: 1, covered: [] });

    const member = await taggedMember();
    await page.goto(`${shared.host.origin}/#/panel/member/${member.id}`);
    await page.getByLabel('City').fill('Lyon');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText(`Saved member ${member.code}.`).waitFor();
    expect(await page.evaluate(COVERED_BY_NOTICES)).toMatchObject({ covered: [] });
    await screenshot(page, 'panel-fit-notice-en-1024');
    await page.locator('.notice').last().getByRole('button', { name: 'Dismiss' }).click();
    await page.getByText(`Saved member ${member.code}.`).waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
