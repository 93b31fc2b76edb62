import { describe, expect, it } from 'vitest';
import { renderCoreWindow, startCore, waitFor } from './support/core-window';
import { byText, click, settle, typeInto } from './support/render';

/** The input a visible label names. */
const inputLabelled = (root: ParentNode, label: string) => document.getElementById(byText(root, 'label', label).getAttribute('for')!) as HTMLInputElement;

describe('a member’s language in the panel', () => {
  it('is edited on the member page, where a value that is no language tag is refused next to the field', async () => {
    const api = await startCore();
    const { id } = await api.call('members.create', { name: 'Olga', language: 'ru' });
    const root = await renderCoreWindow(`#/panel/member/${id}`, api);
    const form = await waitFor(() => root.querySelector('form.member-form'), 20_000);
    const language = await waitFor(() => inputLabelled(form, 'Language').value === 'ru' && inputLabelled(form, 'Language'), 20_000);

    await typeInto(language, 'english please');
    await click(byText(root, 'button', 'Save changes'));
    const problem = await waitFor(() => language.getAttribute('aria-invalid') === 'true' && document.getElementById(language.getAttribute('aria-describedby')!), 20_000);
    expect(problem.textContent).toBe('Enter a language tag such as en, zh-CN or ru (BCP 47).');
    expect((await api.call('members.get', { memberId: id })).language).toBe('ru');

    await typeInto(language, 'zh-cn');
    await click(byText(root, 'button', 'Save changes'));
    await waitFor(async () => (await api.call('members.get', { memberId: id })).language === 'zh-CN', 20_000);
  }, 60_000);

  it('is a column the members table’s column chooser offers and shows', async () => {
    const api = await startCore();
    await api.call('profile.set', { name: 'Pat Manager' });
    await api.call('members.create', { name: 'Wang', language: 'zh-CN' });
    const root = await renderCoreWindow('#/panel', api);
    // jsdom lays nothing out, so the virtual rows stay unread: the headers show the columns.
    await waitFor(() => root.querySelector('[role="table"]')?.getAttribute('aria-rowcount') === '2', 20_000);
    expect([...root.querySelectorAll('[role="columnheader"]')].map((h) => h.textContent)).not.toContain('Language');

    await click(byText(root, 'button', 'Columns'));
    const box = byText(await waitFor(() => document.querySelector('.column-chooser')), 'label', 'Language').querySelector('input')!;
    await click(box);
    await settle();
    await waitFor(() => [...root.querySelectorAll('[role="columnheader"]')].some((h) => h.textContent?.includes('Language')), 20_000);
  }, 60_000);
});
