import type { Health } from './health-format';
import { useHealthText } from './health-format';

/** How a figure is computed and which days it covers, under the figure. */
export function HealthNote({ how }: { how: Health['how'][keyof Health['how']] }) {
  const text = useHealthText();
  return (
    <p className="card-caption health-note">
      {text.how(how)} <span className="health-note-period">{text.period(how.period)}</span>
    </p>
  );
}
