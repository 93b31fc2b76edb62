import { expect, it } from 'vitest';
import { answerProblemKinds } from '@model/responses/answer-rows';
import { en } from '@renderer/i18n/locales/en';

// The keys written out in the collection core are checked with the survey core's (survey-error-keys.test.ts).
it('has a message for every kind of answer that does not fit its question (errors.answer.<kind>)', () => {
  expect(Object.keys(en.errors.answer).sort()).toEqual([...answerProblemKinds].sort());
});
