import { act, useState } from 'react';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { Filter, Scalar } from '@model/filter/filter';
import { FilterBuilder } from '@renderer/components/filter-builder/filter-builder';
import { draftToFilter, emptyDraft, type FilterDraft, type RowProblem } from '@renderer/components/filter-builder/filter-draft';
import { useFilterText } from '@renderer/components/filter-builder/filter-text';
import { FilterVocabularyProvider, memberFilterFields, type FilterVocabulary } from '@renderer/components/filter-builder/filter-vocabulary';
import { byText, click, render, typeInto } from './support/render';

const vocabulary: FilterVocabulary = {
  ...memberFilterFields([{ key: 'plan', label: 'Plan', type: 'choice', choices: ['basic', 'pro'] }] as never, ['country', 'birthYear', 'joinedAt', 'tag', 'openness', 'gender']),
  tags: [
    { id: 3, name: 'vip', color: '#4e79a7', members: 5, createdAt: '2026-01-01T00:00:00Z' },
    { id: 7, name: 'seed user', color: '#59a14f', members: 2, createdAt: '2026-01-01T00:00:00Z' },
  ],
  fieldLabel: (field) => ({ country: 'Country', birthYear: 'Birth year', joinedAt: 'Joined', tag: 'Tag', openness: 'Openness', gender: 'Gender', 'attr:plan': 'Plan' })[field] ?? field,
  valueLabel: (field: string, value: Scalar) => (field === 'tag' ? (vocabulary.tags.find((t) => t.id === Number(value))?.name ?? `#${value}`) : String(value)),
};

/** A builder as the areas use it: the user edits, then tries to use the filter ("Use"). */
function Harness({ onUse }: { onUse(filter: Filter | null): void }) {
  const [draft, setDraft] = useState<FilterDraft>(emptyDraft());
  const [problems, setProblems] = useState<ReadonlyMap<number, RowProblem>>(new Map());
  const use = () => {
    const result = draftToFilter(draft, vocabulary.catalog);
    setProblems(result.problems);
    if (result.problems.size === 0) onUse(result.filter);
  };
  return (
    <FilterVocabularyProvider value={vocabulary}>
      <FilterBuilder
        draft={draft}
        onChange={setDraft}
        label="Who"
        problems={problems}
        firstField="birthYear"
        actions={
          <button type="button" onClick={use}>
            Use
          </button>
        }
      />
    </FilterVocabularyProvider>
  );
}

const choose = (select: HTMLSelectElement, value: string) =>
  act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
const condition = (root: ParentNode, n: number) => root.querySelector<HTMLElement>(`[role="group"][aria-label="Condition ${n}"]`)!;
const control = <T extends HTMLElement = HTMLInputElement>(root: ParentNode, label: string) => root.querySelector<T>(`[aria-label="${label}"]`)!;

describe('filter builder', () => {
  it('builds conditions row by row, and says under a row which field needs what until it is fixed', async () => {
    const used: (Filter | null)[] = [];
    const root = await render(<Harness onUse={(f) => used.push(f)} />);
    expect(root.textContent).toContain('No conditions yet: every member matches.');
    await click(byText(root, 'button', 'Add condition'));
    const first = condition(root, 1);
    // The new row starts on the field asked for and takes the focus.
    expect(control<HTMLSelectElement>(first, 'Field').value).toBe('birthYear');
    expect(document.activeElement).toBe(control(first, 'Field'));
    expect(control<HTMLSelectElement>(first, 'Comparison').value).toBe('gte');
    // One row needs no "all / any".
    expect(root.querySelector('.filter-join')).toBeNull();

    await typeInto(control(first, 'Value'), 'nineteen');
    await click(byText(root, 'button', 'Use'));
    expect(used).toEqual([]);
    const value = control(first, 'Value');
    expect(value.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(value.getAttribute('aria-describedby')!)?.textContent).toBe('Birth year: enter a number, e.g. 3.5.');
    await typeInto(value, '1980');
    expect(first.querySelector('.field-error')).toBeNull();

    await click(byText(root, 'button', 'Add condition'));
    const second = condition(root, 2);
    await choose(control<HTMLSelectElement>(second, 'Field'), 'country');
    await choose(control<HTMLSelectElement>(second, 'Comparison'), 'in');
    await typeInto(control(second, 'Value'), 'de，fr');
    await choose(document.getElementById((byText(root, 'label', 'Match') as HTMLLabelElement).htmlFor) as HTMLSelectElement, 'or');
    expect(condition(root, 2).querySelector('.filter-joiner')?.textContent).toBe('or');
    await click(byText(root, 'button', 'Use'));
    expect(used).toEqual([{ or: [{ field: 'birthYear', op: 'gte', value: 1980 }, { field: 'country', op: 'in', value: ['DE', 'FR'] }] }]);

    // Removing a row gives the focus back to "Add condition".
    await click(control(condition(root, 1), 'Remove condition 1'));
    expect(condition(root, 1).querySelector<HTMLSelectElement>('select')?.value).toBe('country');
    expect(document.activeElement).toBe(byText(root, 'button', 'Add condition'));
  });

  it('picks tags from a list as chips, ticks enum values, and names a field that no longer exists', async () => {
    const used: (Filter | null)[] = [];
    const root = await render(<Harness onUse={(f) => used.push(f)} />);
    await click(byText(root, 'button', 'Add condition'));
    await choose(control<HTMLSelectElement>(condition(root, 1), 'Field'), 'tag');
    await click(byText(root, 'button', 'Use'));
    expect(condition(root, 1).querySelector('.field-error')?.textContent).toBe('Tag: choose at least one value.');
    await choose(control<HTMLSelectElement>(root, 'Choose a tag…'), '7');
    await choose(control<HTMLSelectElement>(root, 'Choose a tag…'), '3');
    expect([...root.querySelectorAll('.tag-chip')].map((chip) => chip.textContent)).toEqual(['seed user', 'vip']);
    await click(control(root, 'Remove vip'));

    await click(byText(root, 'button', 'Add condition'));
    await choose(control<HTMLSelectElement>(condition(root, 2), 'Field'), 'attr:plan');
    await click(byText(condition(root, 2), 'label', 'pro').querySelector('input')!);
    await click(byText(root, 'button', 'Use'));
    expect(used).toEqual([{ and: [{ field: 'tag', op: 'has', value: [7] }, { field: 'attr:plan', op: 'in', value: ['pro'] }] }]);
  });
});

describe('filter builder on a set field that lists its values', () => {
  it('ticks the values (a multiple-choice answer\'s options by label) instead of picking tags', async () => {
    const answers: FilterVocabulary = {
      catalog: { 'answer:features': { type: 'set', values: ['search', 'export'] } },
      fields: ['answer:features'],
      tags: [],
      fieldLabel: () => 'Q2 · Which features do you use?',
      valueLabel: (_field, value) => ({ search: 'Search', export: 'Export' })[String(value)] ?? String(value),
    };
    function SetHarness({ onChange }: { onChange(filter: Filter | null): void }) {
      const [draft, setDraft] = useState<FilterDraft>(emptyDraft());
      return (
        <FilterVocabularyProvider value={answers}>
          <FilterBuilder
            draft={draft}
            label="Show when"
            onChange={(next) => {
              setDraft(next);
              onChange(draftToFilter(next, answers.catalog).filter);
            }}
          />
        </FilterVocabularyProvider>
      );
    }
    const seen: (Filter | null)[] = [];
    const root = await render(<SetHarness onChange={(f) => seen.push(f)} />);
    await click(byText(root, 'button', 'Add condition'));
    expect(root.querySelector('.filter-no-tags')).toBeNull();
    await click(byText(condition(root, 1), 'label', 'Export').querySelector('input')!);
    expect(seen.at(-1)).toEqual({ and: [{ field: 'answer:features', op: 'has', value: ['export'] }] });
  });
});

function Words({ filter }: { filter: Filter | null }) {
  return <p>{useFilterText()(filter)}</p>;
}

const words = async (filter: Filter | null) => {
  const root = await render(
    <FilterVocabularyProvider value={vocabulary}>
      <Words filter={filter} />
    </FilterVocabularyProvider>,
  );
  return root.textContent;
};

describe('a filter in words', () => {
  afterEach(() => act(async () => void (await i18next.changeLanguage('en'))));

  const filter: Filter = {
    and: [
      { field: 'openness', op: 'between', value: [3.5, 4] },
      { field: 'joinedAt', op: 'lt', value: '2026-01-15' },
      { or: [{ field: 'birthYear', op: 'gte', value: 1985 }, { field: 'tag', op: 'has', value: [3, 9] }] },
      { not: { field: 'country', op: 'in', value: ['CN', 'US'] } },
      { field: 'gender', op: 'isEmpty', value: null },
    ],
  };

  it('reads as a sentence: scores with two decimals, days as dates, years without grouping, tag names, groups in parentheses', async () => {
    expect(await words(filter)).toBe(
      'Openness is between 3.50 and 4.00 and Joined is before Jan 15, 2026 and (Birth year is at least 1985 or Tag has vip, #9) and not Country is one of CN, US and Gender is empty',
    );
    expect(await words(null)).toBe('every member');
    expect(await words({ or: [] })).toBe('no member');
  });

  it('reads in Chinese and Russian with their own separators and decimal marks', async () => {
    await act(async () => i18next.changeLanguage('zh-CN'));
    expect(await words({ and: [{ field: 'openness', op: 'between', value: [3.5, 4] }, { field: 'country', op: 'in', value: ['CN', 'US'] }] })).toBe(
      'Openness 介于 3.50 与 4.00 之间 且 Country 属于 CN、US',
    );
    await act(async () => i18next.changeLanguage('ru'));
    expect(await words({ field: 'openness', op: 'gte', value: 3.5 })).toBe('Openness не меньше 3,50');
  });
});
