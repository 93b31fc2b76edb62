/** A few buttons of which one is on (aria-pressed), e.g. Table / Chart. */
export function ChoiceSwitch<T extends string>({ label, choices, value, onChange, text }: { label: string; choices: readonly T[]; value: T; onChange(value: T): void; text(choice: T): string }) {
  return (
    <div className="an-switch" role="group" aria-label={label}>
      {choices.map((c) => (
        <button key={c} type="button" className="button button-small button-quiet" aria-pressed={value === c} onClick={() => onChange(c)}>
          {text(c)}
        </button>
      ))}
    </div>
  );
}
