import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openWorkbench, screenshot } from './support/browser';
import { sharedHostAndBrowser } from './support/shared-host';
import type { WorkbenchHost } from './support/workbench-host';
import { chooseLanguage, findOverflow, layoutCases, openAt } from './support/workbench-page';

const PULSE = 'Product experience pulse';

/**
 * A LimeSurvey-like export of the demo's pulse survey: a response id and submit date, usage as labels
 * or codes, the features as codes joined by ";", the satisfaction as Likert labels or points, two
 * matrix rows as q[row], the NPS and a comment. Rows 2 and 3 are the same answers (two respondents);
 * row 4 uses "Hourly", which the survey does not offer; row 5 gives an NPS of 11.
 */
const EXPORT = [
  'id,submitdate,usage,features,satisfaction,aspects[ease],aspects[speed],nps,improve',
  '1,2025-11-03 10:05,Daily,search;export,Agree,5,4,9,Faster exports',
  '2,2025-11-03 11:20,weekly,dashboards,4,Agree,Neutral,7,',
  '3,2025-11-03 11:20,weekly,dashboards,4,Agree,Neutral,7,',
  '4,2025-11-04 09:00,Hourly,search,5,5,5,10,',
  '5,2025-11-04 09:30,Monthly,mobile,Strongly agree,4,4,11,More themes',
  '6,2025-11-05 16:45,rarely,,2,2,3,3,"Too slow, ""really"""',
].join('\n');

/** The pulse survey's published version: its id and how many responses it has. */
async function pulseVersion(host: WorkbenchHost): Promise<{ id: string; responses: number }> {
  const { surveys } = await host.call('surveys.list', {});
  const survey = surveys.find((s) => s.title === PULSE)!;
  const [version] = (await host.call('surveys.versions', { id: survey.id })).versions;
  return { id: version!.id, responses: version!.responseCount };
}

describe('responses collected elsewhere: the import wizard', () => {
  // Without --workspace the host creates the default workspace as the demo community. Each test opens
  // its own window; the name every audit entry records is given once, as on first run.
  const shared = sharedHostAndBrowser('responses', { userName: 'Mei Chen' });
  const csv = path.join(shared.dir, 'limesurvey export.csv');

  beforeAll(() => fs.writeFileSync(csv, `${EXPORT}\n`));

  it('imports a LimeSurvey export into the pulse survey: labels and codes map, bad values are named by row and column, repeated rows are each a response', async () => {
    const { page, problems } = await openWorkbench(shared.browser, shared.host.url);
    const before = await pulseVersion(shared.host);
    await page.getByRole('link', { name: 'Import responses' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import responses' }).waitFor();
    await page.locator('input[type="file"]').setInputFiles(csv);

    // The survey version: the pulse survey's newest published one.
    await page.getByRole('heading', { name: 'Which survey version?' }).waitFor();
    await page.getByLabel('Survey', { exact: true }).selectOption({ label: PULSE });
    await expect.poll(() => page.getByLabel('Version', { exact: true }).inputValue()).toBe(before.id);
    await page.getByRole('button', { name: 'Next' }).click();

    // Columns: each header matched with its question; the response id is left out, the submit date taken.
    await page.getByRole('heading', { name: 'What each column answers' }).waitFor();
    expect(await page.getByLabel('What column id answers').inputValue()).toBe('ignore');
    expect(await page.getByLabel('What column submitdate answers').inputValue()).toBe('completedAt');
    expect(await page.getByLabel('What column aspects[speed] answers').inputValue()).toBe('answer:["aspects","speed",null]');
    expect(await page.getByLabel('What column features answers').inputValue()).toBe('answer:["features",null,null]');
    await screenshot(page, 'responses-import-mapping-en');
    expect(await findOverflow(page)).toEqual([]);
    await page.getByRole('button', { name: 'Next' }).click();

    // The check: what the rows read would give, each bad value with its row, column and what was expected.
    await page.getByRole('heading', { name: 'Check before importing' }).waitFor();
    const counts = page.locator('.result-counts');
    await counts.waitFor();
    expect(await counts.getByRole('definition').allInnerTexts()).toEqual(['4', '0', '2']);
    const rejected = page.locator('.rejected-table tbody tr');
    await expect.poll(() => rejected.count()).toBe(2);
    expect(await rejected.nth(0).locator('td').allInnerTexts()).toEqual(['4', 'usage', 'Hourly', expect.stringContaining("'Hourly' is not an option of usage")]);
    expect(await rejected.nth(1).locator('td').allInnerTexts()).toEqual(['5', 'nps', '11', expect.stringContaining('expected a whole number from 0 to 10')]);
    await screenshot(page, 'responses-import-check-en');
    expect(await findOverflow(page)).toEqual([]);

    // All or nothing (the default) adds nothing; then the valid rows go in.
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { name: 'Nothing was imported' }).waitFor({ timeout: 60_000 });
    expect((await pulseVersion(shared.host)).responses).toBe(before.responses);
    await page.getByRole('button', { name: 'Import the valid rows instead' }).click();
    await page.getByRole('heading', { name: 'Import finished' }).waitFor({ timeout: 60_000 });
    expect(await page.locator('.result-counts').getByRole('definition').allInnerTexts()).toEqual(['4', '0', '2']);
    await page.getByText('Rejected rows (2)').waitFor();
    await screenshot(page, 'responses-import-result-en');
    expect(await findOverflow(page)).toEqual([]);

    // Four new complete responses, the two identical rows among them.
    expect((await pulseVersion(shared.host)).responses).toBe(before.responses + 4);
    await page.getByRole('link', { name: 'Open the survey' }).click();
    await page.getByRole('heading', { level: 1, name: PULSE }).waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it.each(
    layoutCases({
      en: ['Import responses', 'Next', 'Import the valid rows'],
      'zh-CN': ['导入答卷', '下一步', '导入有效的行'],
      ru: ['Импорт ответов', 'Далее', 'Импортировать верные строки'],
    }),
  )('fits the window in %s at %i×%i, every step to the result', async (language, width, height, heading, next, validRows) => {
    const { id } = await pulseVersion(shared.host);
    // A survey's page can link here with its version chosen.
    const { page, problems } = await openAt(shared.browser, shared.host, `#/responses-import/${id}`, { width, height });
    await chooseLanguage(page, language, heading);
    await page.locator('input[type="file"]').setInputFiles(csv);
    await page.locator('.version-choice').waitFor();
    await expect.poll(() => page.locator('.version-choice select').nth(1).inputValue()).toBe(id);
    expect(await findOverflow(page)).toEqual([]);
    await screenshot(page, `responses-import-version-${language}-${width}`);
    await page.getByRole('button', { name: next }).click();
    await page.locator('.mapping-table').waitFor();
    expect(await findOverflow(page)).toEqual([]);
    await screenshot(page, `responses-import-mapping-${language}-${width}`);
    await page.getByRole('button', { name: next }).click();
    await page.locator('.rejected-table').waitFor();
    await page.evaluate("document.querySelectorAll('details.result-section').forEach((d) => { d.open = true; })");
    // The sample of a wide file scrolls sideways in its own box, on purpose; the rest must fit.
    await page.locator('.data-table-box:has(.sample-table)').evaluate((box) => (box.style.display = 'none'));
    expect(await findOverflow(page)).toEqual([]);
    await page.locator('.data-table-box:has(.sample-table)').evaluate((box) => (box.style.display = ''));
    await screenshot(page, `responses-import-check-${language}-${width}`);
    await page.getByLabel(validRows).check();
    await page.locator('.wizard-actions .button-primary').click();
    await page.locator('#import-result-title').waitFor({ timeout: 60_000 });
    await page.locator('.rejected-table').waitFor();
    expect(await findOverflow(page)).toEqual([]);
    await screenshot(page, `responses-import-result-${language}-${width}`);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
