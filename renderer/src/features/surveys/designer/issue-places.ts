import type { SurveyDefinition } from '@model/survey/definition';
import type { DefinitionIssue, DefinitionPath } from '@model/survey/definition-issues';

/**
 * Issues sorted to where the designer shows them: by question id (the path after
 * pages[p].questions[i] kept as `at`), by page id, and the rest (settings, the whole definition).
 */
export interface PlacedIssue {
  issue: DefinitionIssue;
  /** The path inside the question or page, e.g. ['options', 1, 'code']; the whole path for the rest. */
  at: DefinitionPath;
}

export interface IssuePlaces {
  byQuestion: Map<string, PlacedIssue[]>;
  byPage: Map<string, PlacedIssue[]>;
  other: PlacedIssue[];
  count: number;
}

const push = <K>(map: Map<K, PlacedIssue[]>, key: K, placed: PlacedIssue) => map.set(key, [...(map.get(key) ?? []), placed]);

export function placeIssues(definition: SurveyDefinition, issues: readonly DefinitionIssue[]): IssuePlaces {
  const places: IssuePlaces = { byQuestion: new Map(), byPage: new Map(), other: [], count: issues.length };
  for (const issue of issues) {
    const [root, p, sub, i] = issue.path;
    const page = root === 'pages' && typeof p === 'number' ? definition.pages[p] : undefined;
    const question = page && sub === 'questions' && typeof i === 'number' ? page.questions[i] : undefined;
    if (question) push(places.byQuestion, question.id, { issue, at: issue.path.slice(4) });
    else if (page) push(places.byPage, page.id, { issue, at: issue.path.slice(2) });
    else places.other.push({ issue, at: issue.path });
  }
  return places;
}

/** Whether an issue's place starts with `prefix` (e.g. ['options', 2] for the third option). */
const startsWith = (at: DefinitionPath, prefix: DefinitionPath) => prefix.every((part, i) => at[i] === part);

/** The issues under a place, for the field that shows them. */
export const issuesUnder = (placed: readonly PlacedIssue[] | undefined, prefix: DefinitionPath) => (placed ?? []).filter((p) => startsWith(p.at, prefix));
