import { describe, expect, it } from 'vitest';
import { HealthNote } from '@renderer/features/community/health-note';
import { render } from '../support/render';

describe('a health figure’s explanation', () => {
  it('says how the figure is computed, its numbers written in the language, and for which days', async () => {
    const root = await render(<HealthNote how={{ key: 'health.how.participation', params: { members: 2000 }, period: { from: '2025-12-01', to: '2025-12-07' } }} />);
    expect(root.textContent).toContain('divided by the 2,000 members of the panel or segment.');
    expect(root.querySelector('.health-note-period')?.textContent).toBe('Dec 1, 2025 – Dec 7, 2025');
  });

  it('gives the day a figure stands at when it covers no period (the funnel: today)', async () => {
    const root = await render(<HealthNote how={{ key: 'health.how.funnel', params: {}, period: { from: '2026-01-15', to: '2026-01-15' } }} />);
    expect(root.querySelector('.health-note-period')?.textContent).toBe('As of Jan 15, 2026');
  });
});
