import type { SurveyDefinition } from '@model/survey/definition';
import type { DefinitionIssue } from '@model/survey/definition-issues';
import { parseDefinition } from '@model/survey/parse-definition';
import { validateDefinition } from '@model/survey/validate-definition';

/** What the designer shows about a draft's rules: whether it parses (the core would take it) and every issue. */
export interface DefinitionCheck {
  parses: boolean;
  issues: DefinitionIssue[];
}

/** The schema first (an emptied text, a bad id): its issues; once it parses, the rules across fields. */
export function checkDefinition(definition: SurveyDefinition): DefinitionCheck {
  const parsed = parseDefinition(definition);
  return parsed.ok ? { parses: true, issues: validateDefinition(parsed.definition) } : { parses: false, issues: parsed.issues };
}
