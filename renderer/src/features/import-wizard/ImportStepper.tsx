import { Stepper } from '@mantine/core';
import type { ImportStep } from './use-import-flow';

const IMPORT_STEPS = [
  { label: 'File', description: 'CSV or Excel' },
  { label: 'Columns', description: 'Match them to fields' },
  { label: 'Preview', description: 'Check every row' },
  { label: 'Done', description: 'What was imported' },
] as const;

/** Where an import wizard is; earlier steps can be gone back to until the import has run. */
export function ImportStepper({ step, onStep, onStartAgain }: { step: ImportStep; onStep: (step: 1 | 2) => void; onStartAgain: () => void }) {
  return (
    <Stepper
      active={step === 3 ? IMPORT_STEPS.length : step}
      onStepClick={step < 3 ? (index) => index < step && (index === 0 ? onStartAgain() : onStep(index as 1 | 2)) : undefined}
      size="sm"
    >
      {IMPORT_STEPS.map((item) => (
        <Stepper.Step key={item.label} label={item.label} description={item.description} />
      ))}
    </Stepper>
  );
}
