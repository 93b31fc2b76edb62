import { expect, it } from 'vitest';
import { QuestionClock } from '@renderer/features/collect/kiosk/question-clock';

it('gives each answer the time since the page appeared or since the previous answer, whichever came later', () => {
  let now = 1_000;
  const clock = new QuestionClock(() => now);
  now = 4_000;
  clock.pageShown();
  now = 9_500;
  expect(clock.answered()).toBe(5_500);
  now = 10_250.4;
  expect(clock.answered()).toBe(750);
  now = 20_000;
  clock.pageShown();
  now = 20_000 + 2 * 86_400_000;
  // collect.answer takes at most a day.
  expect(clock.answered()).toBe(86_400_000);
});
