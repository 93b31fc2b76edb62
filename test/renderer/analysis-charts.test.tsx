import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { complete, publishSurvey, single } from './support/collection-data';
import { renderCoreWindow, startCore, waitFor } from './support/core-window';
import { byText, click } from './support/render';

/** The SVG files the page saves (browser host: a blob link), as text, in the order saved. */
function savedSvgs() {
  const blobs: Blob[] = [];
  URL.createObjectURL = (blob: Blob) => (blobs.push(blob), `blob:chart-${blobs.length}`);
  URL.revokeObjectURL = () => undefined;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return async (n: number) => (await waitFor(() => blobs[n], 20_000)).text();
}

/** The texts of a table's body cells, row by row. */
const cells = (table: Element) => [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()));

afterEach(() => vi.restoreAllMocks());

/**
 * Five complete answers to q1 (3 A, 2 B) crossed with q2: the summary's chart and the crosstab's
 * chart are drawn (by the core, for Save as SVG) with the figures the tables print.
 */
describe('analysis charts', () => {
  it('draw the figures of the summary table and of the crosstab table', async () => {
    const saved = savedSvgs();
    const api = await startCore();
    const versionId = await publishSurvey(api, [single('q1'), single('q2')], { identification: 'optional' });
    for (const [q1, q2] of [['a', 'a'], ['a', 'a'], ['a', 'b'], ['b', 'b'], ['b', 'b']]) await complete(api, versionId, { q1: q1!, q2: q2! });
    const root = await renderCoreWindow('#/analysis/results', api);

    const summary = await waitFor(() => root.querySelector('.an-summary .an-options'), 20_000);
    const shown = cells(summary);
    expect(shown).toEqual([
      ['3', '60.0%'],
      ['2', '40.0%'],
    ]);
    const summaryChart = await waitFor(() => root.querySelector('.an-summary .chart-view'));
    await click(byText(summaryChart, 'button', 'Save as SVG'));
    const summarySvg = await saved(0);
    // The chart's labels are "count · percent", the table's two columns.
    for (const [count, percent] of shown) expect(summarySvg).toContain(`>${count} · ${percent}</text>`);
    for (const answer of ['A', 'B']) expect(summarySvg).toContain(`>${answer}</text>`);

    await click(byText(root, 'button', 'Show crosstab'));
    const crosstab = await waitFor(() => root.querySelector('.an-crosstab-table'), 20_000);
    // Each cell "count · column %" (letters aside): q1 = A is 100% of q2 = A, 33.3% of q2 = B.
    const percents = cells(crosstab).map((row) => row.map((cell) => /· ([\d.]+%)/.exec(cell)![1]!));
    expect(percents).toEqual([
      ['100.0%', '33.3%'],
      ['0.0%', '66.7%'],
    ]);
    await click(byText(root.querySelector('.an-crosstab')!, 'button', 'Chart'));
    expect(root.querySelector('.an-crosstab-table')).toBeNull();
    const crosstabChart = await waitFor(() => root.querySelector('.an-crosstab .chart-view'));
    await click(byText(crosstabChart, 'button', 'Save as SVG'));
    const crosstabSvg = await saved(1);
    for (const percent of percents.flat()) expect(crosstabSvg).toContain(`>${percent}</text>`);
    await act(async () => undefined);
    expect(root.querySelector('[role="alert"]')).toBeNull();
  }, 60_000);

  it("show a number question's answers in bins, in the table and in the chart", async () => {
    const saved = savedSvgs();
    const api = await startCore();
    const versionId = await publishSurvey(api, [{ id: 'hours', type: 'number', text: 'Hours a week?' }]);
    // 28 distinct values 0, 1.5, … 40.5: bins of 5 (0–5 holds 0, 1.5, 3 and 4.5).
    for (let i = 0; i < 28; i++) await complete(api, versionId, { hours: i * 1.5 });
    const root = await renderCoreWindow('#/analysis/results', api);

    const table = await waitFor(() => root.querySelector('.an-summary .an-summary-tables table'), 20_000);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [tr.querySelector('th')!.textContent!.trim(), ...[...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())]);
    expect(rows).toHaveLength(9);
    expect(rows[0]).toEqual(['0 to under 5', '4', '14.3%']);
    expect(rows.at(-1)).toEqual(['40 to under 45', '1', '3.6%']);
    const chart = await waitFor(() => root.querySelector('.an-summary .chart-view'));
    await click(byText(chart, 'button', 'Save as SVG'));
    const svg = await saved(0);
    expect(svg).toContain('>0–5</text>');
    expect(svg).toContain('>Bins of 5: each from its lower edge up to, not including, its upper edge</text>');
    expect(svg).toContain('>n = 28 · mean 20.3 · median 20.3 · SD 12.3</text>');
  }, 60_000);
});
