import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { complete, draft, matrix, publishSurvey, single } from '../support/collection-data';
import { byText, click, typeInto } from '../support/render';
import { renderCoreWindow, startCore, waitFor } from '../support/core-window';

/**
 * A published survey (a choice and a three-row grid) with four responses: a member's that
 * straight-lines the grid, an anonymous varied one, the same member's second (a repeat member), and
 * an anonymous draft. Analyst Ann does the cleaning.
 */
async function fieldwork() {
  const api = await startCore();
  await api.call('profile.set', { name: 'Analyst Ann' });
  const versionId = await publishSurvey(api, [single('q1'), matrix('grid')], { identification: 'optional' });
  const { id: memberId, code } = await api.call('members.create', { name: 'Ada Lovelace' });
  const straight = await complete(api, versionId, { q1: 'a', grid: { r1: '3', r2: '3', r3: '3' } }, memberId);
  const varied = await complete(api, versionId, { q1: 'b', grid: { r1: '1', r2: '4', r3: '2' } });
  const repeat = await complete(api, versionId, { q1: 'a', grid: { r1: '2', r2: '5', r3: '4' } }, memberId);
  await draft(api, versionId, { q1: 'b' });
  return { api, versionId, code, straight, varied, repeat };
}

const choose = (select: HTMLSelectElement, value: string) =>
  act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });

const typeReason = (dialog: Element, text: string) =>
  act(async () => {
    const reason = dialog.querySelector('textarea')!;
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(reason, text);
    reason.dispatchEvent(new Event('input', { bubbles: true }));
  });

const labelled = <T extends HTMLElement>(root: ParentNode, label: string): T => {
  const found = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
  if (!found?.control) throw new Error(`No control labelled "${label}".`);
  return found.control as T;
};

/** The table's rows as [respondent, status, flags] once the list has read them. */
const listed = (root: HTMLElement) =>
  [...root.querySelectorAll('.responses-table tbody tr')].map((tr) => {
    const cells = [...tr.querySelectorAll('th, td')].map((c) => c.textContent!.trim());
    return [cells[1], cells[2], cells[4]];
  });

const dialogNamed = (title: string) => [...document.querySelectorAll('dialog')].find((d) => d.querySelector('h2')?.textContent === title);

describe('responses: checking and cleaning', () => {
  it('lists a version’s responses with their flags as chips, and filters them by flag and status', async () => {
    const { api, versionId, code } = await fieldwork();
    const root = await renderCoreWindow(`#/responses/${versionId}`, api);
    await waitFor(() => root.querySelectorAll('.responses-table tbody tr').length === 4);
    // Newest first; drafts and complete responses by default.
    expect(listed(root)).toEqual([
      ['Anonymous', 'Draft', ''],
      [code, 'Complete', 'Repeat member'],
      ['Anonymous', 'Complete', ''],
      [code, 'Complete', 'Straight-lining'],
    ]);
    expect(root.querySelector('.responses-pager')!.textContent).toContain('1–4 of 4');

    const flags = labelled<HTMLSelectElement>(root, 'Quality flags');
    await choose(flags, 'flagged');
    await waitFor(() => listed(root).length === 2);
    expect(listed(root)).toEqual([
      [code, 'Complete', 'Repeat member'],
      [code, 'Complete', 'Straight-lining'],
    ]);
    await choose(flags, 'straightLining');
    await waitFor(() => listed(root).length === 1);
    expect(listed(root)).toEqual([[code, 'Complete', 'Straight-lining']]);
    await choose(flags, 'unflagged');
    await waitFor(() => listed(root).length === 2 && listed(root)[0]![1] === 'Draft');
    expect(listed(root)).toEqual([
      ['Anonymous', 'Draft', ''],
      ['Anonymous', 'Complete', ''],
    ]);
    // Without drafts: the unflagged complete response only.
    await click(labelled(root, 'Draft'));
    await waitFor(() => listed(root).length === 1);
    expect(listed(root)).toEqual([['Anonymous', 'Complete', '']]);
  });

  it('corrects an answer only with a reason, and shows who, when, why and what changed in the history; a refusal from the core is shown in place', async () => {
    const { api, versionId, varied, straight } = await fieldwork();
    const root = await renderCoreWindow(`#/responses/${versionId}/${varied}`, api);
    await waitFor(() => root.querySelector('.response-answers-table'));
    expect(root.querySelector('h1')!.textContent).toBe('Anonymous response');
    const answerOf = (questionId: string) =>
      [...root.querySelectorAll('.response-answers-table tbody tr')].find((tr) => tr.querySelector('.response-question-id')?.textContent === questionId)!.querySelector('.response-answer')!.textContent;
    expect(answerOf('q1')).toBe('B');
    expect(answerOf('grid')).toBe('Row r1: BadRow r2: GreatRow r3: OK');

    await click(root.querySelector('[aria-label="Correct the answer to q1"]')!);
    const dialog = dialogNamed('Correct an answer')!;
    expect(dialog.textContent).toContain('Now: B');
    await click(labelled(dialog, 'A'));
    await click(byText(dialog, 'button', 'Save correction'));
    // No reason: nothing is sent.
    expect(dialog.textContent).toContain('Say why, in at least 3 characters.');
    expect((await api.call('responses.get', { responseId: varied })).answers[0]).toEqual({ questionId: 'q1', value: 'b' });
    await typeReason(dialog, 'Interviewer’s note: wrong button');
    await click(byText(dialog, 'button', 'Save correction'));
    await waitFor(() => !dialogNamed('Correct an answer'));

    const stored = await api.call('responses.get', { responseId: varied });
    expect(stored.answers[0]).toEqual({ questionId: 'q1', value: 'a' });
    await waitFor(() => root.querySelector('.response-history'));
    expect(answerOf('q1')).toBe('A');
    const entry = root.querySelector('.response-history li')!;
    expect([...entry.children].map((c) => c.textContent)).toEqual([
      'Corrected',
      expect.stringMatching(/^by Analyst Ann, /),
      'Why: Interviewer’s note: wrong button',
      '“Question q1?”: B → A',
      `Replaced hash ${stored.replacedHashes[0]!.slice(0, 12)}`,
    ]);
    expect(root.querySelector('.response-hashes')!.textContent).toBe(stored.replacedHashes[0]);

    // Meanwhile another window voids the other response: correcting it is refused, and the dialog says why.
    window.location.hash = `#/responses/${versionId}/${straight}`;
    await waitFor(() => root.querySelector('h1')?.textContent?.startsWith('Response from'));
    await api.call('responses.void', { responseId: straight, reason: 'Test run by the interviewer' });
    await click(root.querySelector('[aria-label="Correct the answer to q1"]')!);
    const refused = dialogNamed('Correct an answer')!;
    await click(labelled(refused, 'B'));
    await typeReason(refused, 'Typo on the paper form');
    await click(byText(refused, 'button', 'Save correction'));
    await waitFor(() => refused.querySelector('.form-error'));
    expect(refused.querySelector('.form-error')!.textContent).toBe('This response was set aside (void): it cannot be changed.');
  });

  it('voids a response after asking why: it shows as void with the reason in its history, and leaves the default list', async () => {
    const { api, versionId, repeat } = await fieldwork();
    const root = await renderCoreWindow(`#/responses/${versionId}/${repeat}`, api);
    await waitFor(() => root.querySelector('.response-answers-table'));
    await click(byText(root, 'button', 'Void…'));
    const dialog = dialogNamed('Void this response?')!;
    await click(byText(dialog, 'button', 'Void response'));
    expect(dialog.textContent).toContain('Say why, in at least 3 characters.');
    await typeReason(dialog, 'Same member twice: the second visit');
    await click(byText(dialog, 'button', 'Void response'));
    await waitFor(() => root.querySelector('.response-history'));

    expect(root.querySelector('.response-subtitle .responses-chip')!.textContent).toBe('Void (voided in data cleaning)');
    expect([...root.querySelectorAll('.response-history li > span')].map((s) => s.textContent).slice(0, 3)).toEqual([
      'Voided',
      expect.stringMatching(/^by Analyst Ann, /),
      'Why: Same member twice: the second visit',
    ]);
    // A void response is neither voided again nor corrected.
    expect(root.textContent).not.toContain('Void…');
    expect(root.querySelector('[aria-label^="Correct the answer"]')).toBeNull();
    expect((await api.call('responses.get', { responseId: repeat })).status).toBe('void');

    await click(byText(root, 'a', 'All responses'));
    await waitFor(() => listed(root).length === 3);
    expect(listed(root).map((row) => row[2])).not.toContain('Repeat member');
  });
});

describe('points on the member page', () => {
  it('shows the balance and the ledger, refuses a redemption larger than the balance in the dialog, and records one that fits', async () => {
    const api = await startCore();
    await api.call('profile.set', { name: 'Panel Pat' });
    const versionId = await publishSurvey(api, [single('q1')], { identification: 'member', rewardPoints: 30 });
    const { id: memberId, code } = await api.call('members.create', { name: 'Ada Lovelace' });
    await complete(api, versionId, { q1: 'a' }, memberId);

    const root = await renderCoreWindow(`#/panel/member/${memberId}`, api);
    const card = await waitFor(() => root.querySelector('.points-balance') && root.querySelector<HTMLElement>('[aria-labelledby="member-points-title"]'));
    expect(card.querySelector('.points-balance')!.textContent).toBe('30');
    expect(card.querySelector('.audit-action')!.textContent).toBe('+30 Earned: Field survey');

    await click(byText(card, 'button', 'Redeem…'));
    const dialog = dialogNamed(`Redeem points of ${code}`)!;
    expect(dialog.textContent).toContain('The balance is 30.');
    await typeInto(labelled(dialog, 'Points to redeem'), '50');
    await typeReason(dialog, 'Gift card, 50 points');
    await click(byText(dialog, 'button', 'Redeem'));
    await waitFor(() => dialog.querySelector('.form-error'));
    expect(dialog.querySelector('.form-error')!.textContent).toBe('This member has 30 points, so 50 cannot be redeemed. The balance never goes below zero.');
    expect((await api.call('points.list', { memberId })).balance).toBe(30);

    await typeInto(labelled(dialog, 'Points to redeem'), '20');
    await typeReason(dialog, 'Cinema voucher');
    await click(byText(dialog, 'button', 'Redeem'));
    await waitFor(() => card.querySelector('.points-balance')?.textContent === '10');
    const newest = card.querySelector('.audit-list li')!;
    expect(newest.querySelector('.audit-action')!.textContent).toBe('-20 Redeemed');
    expect(newest.querySelector('.audit-meta')!.textContent).toMatch(/ · by Panel Pat$/);
    expect(newest.querySelector('.audit-reason')!.textContent).toBe('Cinema voucher');
    expect(dialogNamed(`Redeem points of ${code}`)).toBeUndefined();
  });
});
