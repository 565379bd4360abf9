import { Button, Group, Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { showFieldError } from '../../../api/api-errors';
import { useApiAction } from '../../../api/use-api-action';
import { useApiQuery } from '../../../api/use-api-query';
import { localToday } from '../../../lib/format';

interface ApproveAcceptanceModalProps {
  riskId: number;
  riskLabel: string;
  onClose: () => void;
}

interface ApprovalValues {
  approverId: string | null;
  approvedOn: string;
  expiresOn: string;
  rationale: string;
}

function validate(values: ApprovalValues) {
  const errors: Partial<Record<keyof ApprovalValues, string>> = {};
  if (!values.approverId) errors.approverId = 'Approver is required';
  if (!values.approvedOn) errors.approvedOn = 'Approved on is required';
  if (values.expiresOn && values.approvedOn && values.expiresOn <= values.approvedOn) errors.expiresOn = 'Expires on must be after the approval date';
  if (!values.rationale.trim()) errors.rationale = 'Rationale is required';
  return errors;
}

/**
 * Record who approved accepting a risk above the appetite, when, until when and why. The approver
 * defaults to the person chosen as "I am"; the host checks the rest (treatment, appetite, dates).
 */
export function ApproveAcceptanceModal({ riskId, riskLabel, onClose }: ApproveAcceptanceModalProps) {
  const people = useApiQuery('people.list', {});
  const settings = useApiQuery('settings.get', {});
  const me = settings.data?.currentPersonId ?? null;
  const form = useForm<ApprovalValues>({
    // Validated in submit, not by the form: the approver falls back to "I am", which loads later.
    initialValues: { approverId: null, approvedOn: localToday(), expiresOn: '', rationale: '' },
  });
  const approverId = form.values.approverId ?? (me === null ? null : String(me));
  const approve = useApiAction('risks.approveAcceptance', { success: `Approved accepting ${riskLabel}`, failure: 'Could not record the approval' });

  const submit = form.onSubmit(async () => {
    const values = { ...form.values, approverId };
    const problems = validate(values);
    if (Object.keys(problems).length > 0) {
      form.setErrors(problems);
      return;
    }
    const outcome = await approve.run({
      riskId,
      approverId: Number(approverId),
      approvedOn: values.approvedOn,
      expiresOn: values.expiresOn || null,
      rationale: values.rationale,
    });
    if (outcome.ok) onClose();
    else showFieldError(form, outcome.error, ['approverId', 'approvedOn', 'expiresOn', 'rationale']);
  });

  return (
    <Modal opened onClose={onClose} title="Approve the acceptance" size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{riskLabel} stays above the risk appetite. Record who, with the authority to do so, accepts it as it is — and until when.</Text>
          <Select
            label="Approver"
            withAsterisk
            searchable
            data-autofocus
            data={(people.data ?? [])
              .filter((person) => person.active)
              .map((person) => ({ value: String(person.id), label: person.role ? `${person.name} (${person.role})` : person.name }))}
            {...form.getInputProps('approverId')}
            value={approverId}
          />
          <Group grow>
            <TextInput label="Approved on" type="date" withAsterisk {...form.getInputProps('approvedOn')} />
            <TextInput label="Expires on" type="date" description="When it must be decided again" {...form.getInputProps('expiresOn')} />
          </Group>
          <Textarea
            label="Rationale"
            withAsterisk
            rows={3}
            placeholder="Why accepting this risk is acceptable, and on what conditions"
            {...form.getInputProps('rationale')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={approve.running}>
              Approve acceptance
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
