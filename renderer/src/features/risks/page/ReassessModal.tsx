import { Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import type { MethodInput } from '../../../../../shared/api/contract';
import type { Person } from '../../../../../shared/api/people-api';
import { riskAssessSchema, type RiskDetail } from '../../../../../shared/api/risks-api';
import type { RiskMatrix } from '../../../../../shared/domain/risk-matrix';
import { showFieldError } from '../../../api/api-errors';
import { useApiAction } from '../../../api/use-api-action';
import { localToday } from '../../../lib/format';
import { labelledResolver } from '../../../lib/form-resolver';
import { LxIPicker } from '../common/LxIPicker';
import { BASIS_MEANING, riskLabel } from '../common/risk-labels';
import { positionText, type Position } from '../common/score-position';

interface ReassessValues {
  inherent: Position | null;
  residual: Position | null;
  target: Position | null;
  assessorId: number | null;
  assessedOn: string;
  rationale: string;
}

const LABELS = { inherent: 'Inherent', residual: 'Residual', target: 'Target', assessorId: 'Assessor', assessedOn: 'Date', rationale: 'Rationale' };
const resolver = labelledResolver(riskAssessSchema, LABELS);
const FIELD_OF_ERROR: Record<string, string> = Object.fromEntries(
  Object.keys(LABELS).flatMap((field) => [
    [field, field],
    [`${field}.likelihood`, field],
    [`${field}.impact`, field],
  ]),
);
const pair = (position: RiskDetail['inherent']): Position | null => (position ? { likelihood: position.likelihood, impact: position.impact } : null);
const same = (a: Position | null, b: Position | null) => a?.likelihood === b?.likelihood && a?.impact === b?.impact;
/** "With the controls in place today · now 3×3, 9 Medium": what the new choice is compared with. */
const describe = (meaning: string, now: RiskDetail['inherent']) => (now ? `${meaning} · now ${positionText(now)}, ${now.score} ${now.band}` : meaning);

interface ReassessModalProps {
  risk: RiskDetail;
  matrix: RiskMatrix;
  people: Person[];
  currentPersonId: number | null;
  onClose: () => void;
}

/** The assess input: the target only when it changed (left out, the host keeps the current one). */
export function assessInput(risk: RiskDetail, values: ReassessValues): Record<string, unknown> {
  return {
    id: risk.id,
    inherent: values.inherent ?? undefined,
    residual: values.residual ?? undefined,
    ...(same(values.target, pair(risk.target)) ? {} : { target: values.target }),
    rationale: values.rationale,
    assessorId: values.assessorId,
    assessedOn: values.assessedOn,
  };
}

/**
 * A dated re-assessment: the residual first (what usually moves), inherent and target on request,
 * assessor (the person using the app unless said), the day, and the rationale the history keeps.
 */
export function ReassessModal({ risk, matrix, people, currentPersonId, onClose }: ReassessModalProps) {
  const today = localToday();
  const [more, setMore] = useState(!risk.inherent);
  const form = useForm<ReassessValues>({
    initialValues: {
      inherent: pair(risk.inherent),
      residual: pair(risk.residual),
      target: pair(risk.target),
      assessorId: currentPersonId,
      assessedOn: today,
      rationale: '',
    },
    validate: (values) => {
      const errors = resolver(assessInput(risk, values));
      // Unscored until now: the schema's "must be a likelihood and an impact" reads better as what to do.
      if (!values.inherent) errors.inherent = 'Inherent: pick a likelihood × impact cell';
      if (!values.residual) errors.residual = 'Residual: pick a likelihood × impact cell';
      if (values.inherent === null) setMore(true);
      return errors;
    },
  });
  const assess = useApiAction('risks.assess', { success: (saved) => `Re-assessed ${riskLabel(saved)}`, failure: 'Could not record the assessment' });
  const values = form.getValues();

  const submit = form.onSubmit(async (submitted) => {
    const outcome = await assess.run(assessInput(risk, submitted) as MethodInput<'risks.assess'>);
    if (outcome.ok) onClose();
    // A position off the matrix names its part ("residual.impact"); the message goes under the whole picker.
    else showFieldError(form, outcome.error, FIELD_OF_ERROR);
  });

  const pick = (basis: 'inherent' | 'residual' | 'target') => (position: Position) => {
    form.setFieldValue(basis, position);
    form.clearFieldError(basis);
  };
  const peopleOptions = people.filter((person) => person.active || person.id === currentPersonId).map((person) => ({ value: person.id, label: person.name }));

  return (
    <Modal opened onClose={onClose} title={`Re-assess ${risk.code}`} size="xl">
      <form
        onSubmit={submit}
        noValidate
        aria-label={`Re-assess ${riskLabel(risk)}`}
        // Enter in the rationale starts a new line; Ctrl+Enter records, as in the risk form.
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            event.currentTarget.requestSubmit();
          }
        }}
      >
        <Stack gap="md">
          <LxIPicker
            label="Residual"
            description={describe(BASIS_MEANING.residual, risk.residual)}
            matrix={matrix}
            value={values.residual}
            onChange={pick('residual')}
            error={form.errors.residual}
          />
          <Button
            variant="subtle"
            size="compact-sm"
            w="fit-content"
            leftSection={more ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
            onClick={() => setMore((open) => !open)}
            aria-expanded={more}
          >
            {more ? 'Inherent and target' : 'Change inherent or target too'}
          </Button>
          {more && (
            <Stack gap="md">
              <LxIPicker
                label="Inherent"
                showAppetite={false}
                description={describe(BASIS_MEANING.inherent, risk.inherent)}
                matrix={matrix}
                value={values.inherent}
                onChange={pick('inherent')}
                error={form.errors.inherent}
              />
              <LxIPicker
                label="Target"
                description={describe(`${BASIS_MEANING.target} (optional)`, risk.target)}
                matrix={matrix}
                value={values.target}
                onChange={pick('target')}
                error={form.errors.target}
                emptyText="No target set"
              />
              {values.target && (
                <Button size="compact-xs" variant="subtle" color="gray" w="fit-content" onClick={() => form.setFieldValue('target', null)}>
                  Clear the target
                </Button>
              )}
            </Stack>
          )}
          <Group grow align="flex-start">
            <Select<number>
              label="Assessor"
              description="Who made this assessment"
              data={peopleOptions}
              searchable
              // Left empty, the host records the person using the app; only without one is it "not recorded".
              clearable={currentPersonId === null}
              placeholder="Not recorded"
              value={values.assessorId}
              onChange={(value) => form.setFieldValue('assessorId', value ?? null)}
              error={form.errors.assessorId}
            />
            <TextInput
              type="date"
              label="Date"
              description="When it was made; today unless said"
              max={today}
              withAsterisk
              {...form.getInputProps('assessedOn')}
            />
          </Group>
          <Textarea
            label="Rationale"
            withAsterisk
            description="What changed: new controls, incidents, a supplier's report. Kept in the history."
            rows={3}
            resize="vertical"
            data-autofocus
            {...form.getInputProps('rationale')}
          />
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={assess.running}>
              Record assessment
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
