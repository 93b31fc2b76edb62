import { useTranslation } from 'react-i18next';

export const wizardSteps = ['file', 'preview', 'mapping', 'options', 'run'] as const;
export type WizardStep = (typeof wizardSteps)[number];

/** Where the user is in the import: 1 File · 2 Preview · 3 Columns · 4 Options · 5 Import. */
export function WizardSteps({ current }: { current: WizardStep }) {
  const { t } = useTranslation();
  const at = wizardSteps.indexOf(current);
  return (
    <ol className="wizard-steps" aria-label={t('panel.import.stepsLabel')}>
      {wizardSteps.map((step, i) => (
        <li key={step} className={i < at ? 'done' : i === at ? 'current' : undefined} aria-current={i === at ? 'step' : undefined}>
          <span className="wizard-step-number" aria-hidden="true">
            {i + 1}
          </span>
          <span className="wizard-step-label">{t(`panel.import.step.${step}`)}</span>
        </li>
      ))}
    </ol>
  );
}
