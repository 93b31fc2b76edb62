import { useTranslation } from 'react-i18next';

/** Where the user is in an import: numbered steps, those done and the current one marked. */
export function WizardSteps<Step extends string>({ steps, current, label }: { steps: readonly Step[]; current: Step; label: (step: Step) => string }) {
  const { t } = useTranslation();
  const at = steps.indexOf(current);
  return (
    <ol className="wizard-steps" aria-label={t('importWizard.stepsLabel')}>
      {steps.map((step, i) => (
        <li key={step} className={i < at ? 'done' : i === at ? 'current' : undefined} aria-current={i === at ? 'step' : undefined}>
          <span className="wizard-step-number" aria-hidden="true">
            {i + 1}
          </span>
          <span className="wizard-step-label">{label(step)}</span>
        </li>
      ))}
    </ol>
  );
}
