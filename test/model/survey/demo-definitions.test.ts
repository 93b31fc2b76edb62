import { describe, expect, it } from 'vitest';
import { demoSurveys } from '../../../main/core/demo/demo-surveys';
import { parseDefinition } from '../../../main/model/survey/parse-definition';
import { validateDefinition } from '../../../main/model/survey/validate-definition';

describe('demo survey definitions', () => {
  it('are stored in the current format: they read back from JSON unchanged and break no rule', () => {
    for (const survey of demoSurveys) {
      const stored = parseDefinition(JSON.parse(JSON.stringify(survey.definition)));
      expect(stored).toEqual({ ok: true, definition: survey.definition });
      expect(validateDefinition(survey.definition)).toEqual([]);
    }
  });
});
