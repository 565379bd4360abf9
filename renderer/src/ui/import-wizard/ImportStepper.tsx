import { Stepper } from '@mantine/core';

export interface WizardStep {
  label: string;
  description: string;
}

/** Where an import wizard is; earlier steps can be gone back to until the import has run (the last step). */
export function ImportStepper({
  steps,
  step,
  onStep,
  onStartAgain,
}: {
  steps: readonly WizardStep[];
  step: number;
  onStep: (step: number) => void;
  onStartAgain: () => void;
}) {
  const done = steps.length - 1;
  return (
    <Stepper
      active={step === done ? steps.length : step}
      onStepClick={step < done ? (index) => index < step && (index === 0 ? onStartAgain() : onStep(index)) : undefined}
      size="sm"
    >
      {steps.map((item) => (
        <Stepper.Step key={item.label} label={item.label} description={item.description} />
      ))}
    </Stepper>
  );
}
