import { useIssueText } from '../issue-text';
import { useDesignerActions } from './designer-context';
import type { PlacedIssue } from './issue-places';

/** The issues of one field, under it, in the user's language. */
export function FieldIssues({ issues, id }: { issues: readonly PlacedIssue[]; id?: string }) {
  const text = useIssueText(useDesignerActions().labelOf);
  if (issues.length === 0) return null;
  return (
    <div className="sv-field-issues" id={id}>
      {issues.map((p, i) => (
        <p key={i} className="field-error">
          {text(p.issue)}
        </p>
      ))}
    </div>
  );
}
