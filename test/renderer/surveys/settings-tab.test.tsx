import { describe, expect, it } from 'vitest';
import { complete, single } from '../support/collection-data';
import { typeInto } from '../support/render';
import { renderCoreWindow, startCore, waitFor } from '../support/core-window';

const labelled = (root: ParentNode, label: string) => {
  const found = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
  return found?.control as HTMLInputElement | undefined;
};

describe('survey settings tab', () => {
  it('sets the reward points per completed response beside identification and the response cap, saved with the draft and credited once published', async () => {
    const api = await startCore();
    await api.call('profile.set', { name: 'Mei Chen' });
    const { id } = await api.call('surveys.create', { title: 'Store visit' });
    await api.call('surveys.update', { id, definition: { language: 'en', settings: { identification: 'member' }, pages: [{ id: 'p1', questions: [single('q1')] }] } });

    const root = await renderCoreWindow(`#/surveys/${id}/settings`, api);
    const reward = await waitFor(() => labelled(root, 'Reward points per completed response'));
    // Beside the other respondent settings, saying what it does.
    const card = reward.closest('.sv-settings-card')!;
    expect(labelled(card, 'Who answers')).toBeDefined();
    expect(labelled(card, 'Accept at most (complete responses)')).toBeDefined();
    expect(reward.value).toBe('0');
    expect(document.getElementById(reward.getAttribute('aria-describedby')!)!.textContent).toContain('anonymous responses earn none');
    await typeInto(reward, '40');

    // Autosaved with the definition a moment later, and credited once the version is published.
    await waitFor(async () => (await api.call('surveys.get', { id })).definition.settings.rewardPoints === 40);
    const { versionId } = await api.call('surveys.publish', { id });
    const { id: memberId } = await api.call('members.create', { name: 'Ada Lovelace' });
    await complete(api, versionId, { q1: 'a' }, memberId);
    expect((await api.call('points.list', { memberId })).balance).toBe(40);
  });
});
