import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { choiceBarsOption } from '@model/charts/choice-bars';
import { choiceSummary } from '@model/stats/choice-summary';
import { ApiProvider } from '@renderer/api/api-context';
import { ApiError, type ApiClient } from '@renderer/api';
import { ChartView } from '@renderer/components/chart/chart';
import { NoticesProvider } from '@renderer/shell/notices';
import { startCore, waitFor } from './support/core-window';
import { fakeClient } from './support/fake-client';
import { render, settle } from './support/render';

const format = { count: (n: number) => String(n), percent: (r: number) => `${Math.round(r * 100)}%` };
const labels = ['非常满意', '比较满意', '不太满意'];
const option = choiceBarsOption({ summary: choiceSummary(labels.map((_, i) => ({ code: String(i), count: 5 + i })), 30), optionLabel: (c) => labels[Number(c)]!, seriesName: '受访者', format });
// A page may add a formatter for the screen; it stays there and is not sent to the core.
const withFormatter = { ...option, xAxis: { ...option.xAxis, axisLabel: { formatter: (v: number) => `${v}` } } };

async function renderChart(client: ApiClient) {
  const root = await render(
    <ApiProvider client={client}>
      <NoticesProvider>
        <ChartView option={withFormatter} label="满意度" height={240} fileStem="satisfaction" />
      </NoticesProvider>
    </ApiProvider>,
  );
  await settle();
  const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;
  return { root, button };
}

/** The links the page clicks to save a file, as the browser would see them. */
function clickedLinks() {
  const links: { href: string; download: string }[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    links.push({ href: this.getAttribute('href')!, download: this.download });
  });
  return links;
}

afterEach(() => vi.restoreAllMocks());

describe('ChartView', () => {
  it('in the browser host, saves a PNG the core made as a download, and an SVG with the chart’s labels', async () => {
    const links = clickedLinks();
    const blobs: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), `blob:chart-${blobs.length}`);
    URL.revokeObjectURL = () => undefined;
    const { root, button } = await renderChart(await startCore());
    expect(root.querySelector('[role="img"][aria-label="满意度"]')).not.toBeNull();

    await act(async () => button('Save as PNG').click());
    const png = await waitFor(() => links.find((l) => l.href.startsWith('/download/')), 20_000);
    expect(png.download).toBe('satisfaction.png');

    await act(async () => button('Save as SVG').click());
    const svg = await waitFor(() => links.find((l) => l.href.startsWith('blob:')), 20_000);
    expect(svg.download).toBe('satisfaction.svg');
    const text = await blobs[0]!.text();
    for (const label of labels) expect(text).toContain(`>${label}</text>`);
    expect(root.querySelector('[role="alert"]')).toBeNull();
  }, 60_000);

  it('in the desktop app, asks where with the save dialog, then the core writes there', async () => {
    const fake = fakeClient({
      'app.info': () => ({ host: 'electron', version: 't', workspacesDir: '/w', allowedDirs: [] }),
      'dialogs.savePath': () => ({ path: '/home/mei/满意度.png' }),
      'charts.render': (input) => ({ path: input.path!, fileName: '满意度.png', sizeBytes: 1000 }),
    });
    const { root, button } = await renderChart(fake.client);
    await act(async () => button('Save as PNG').click());
    await settle();
    expect(fake.callsOf('dialogs.savePath').map((c) => c.input)).toEqual([{ purpose: 'chartPng', defaultName: 'satisfaction.png' }]);
    const [render] = fake.callsOf('charts.render').map((c) => c.input as Record<string, unknown>);
    expect(render).toMatchObject({ format: 'png', path: '/home/mei/满意度.png', replace: true, height: 240 });
    // Plain JSON: the page's formatter function stays on screen.
    expect(render!.option).toEqual(JSON.parse(JSON.stringify(withFormatter)));
    expect(render!.option).toMatchObject({ series: option.series, yAxis: option.yAxis });
    expect(render!.width).toBeGreaterThanOrEqual(200);
    expect(document.body.textContent).toContain('Chart saved to /home/mei/满意度.png');
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });

  it('shows the core’s refusal in the user’s language', async () => {
    const fake = fakeClient({
      'app.info': () => ({ host: 'browser', version: 't', workspacesDir: '/w', allowedDirs: [] }),
      'charts.render': () => {
        throw new ApiError({ code: 'NOT_AVAILABLE', message: 'no font', key: 'errors.chartNoCjkFont', params: { text: '非常满意', folders: '/usr/share/fonts' } });
      },
    });
    const { root, button } = await renderChart(fake.client);
    await act(async () => button('Save as PNG').click());
    await settle();
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('no font for it was found on this computer (looked in /usr/share/fonts)');
  });
});
