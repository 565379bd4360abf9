import { Anchor, Button, Group, Modal, Skeleton, Stack, Text } from '@mantine/core';
import { Link } from 'wouter';
import { useState } from 'react';
import type { Contract } from '../../../../../shared/api/suppliers-api';
import type { SlaTarget } from '../../../../../shared/api/slas-api';
import { addPeriods, lastCompletePeriod } from '../../../../../shared/domain/sla-periods';
import { errorBody } from '../../../api/api-errors';
import { useApiAction } from '../../../api/use-api-action';
import { useApiQuery } from '../../../api/use-api-query';
import { localToday } from '../../../lib/format';
import { ErrorPanel } from '../../../ui/ErrorPanel';
import { confirmMeasuredChanges } from './confirm-measured-changes';
import { TargetsEditor } from './TargetsEditor';
import { measuredChanges, targetRowOf, toTargetInput, type TargetRow } from './target-rows';
import { editorPathOf, validateTargetRows } from './target-validation';

interface ContractTargetsModalProps {
  contract: Pick<Contract, 'id' | 'title' | 'kind'>;
  onClose: () => void;
}

function Editor({ contract, saved, onClose }: { contract: ContractTargetsModalProps['contract']; saved: SlaTarget[]; onClose: () => void }) {
  const [rows, setRows] = useState<TargetRow[]>(() => saved.map(targetRowOf));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useApiAction('contracts.setTargets', { success: `Saved the targets of ${contract.title}`, failure: 'Could not save the targets' });
  const initial = JSON.stringify(saved.map((target) => toTargetInput(targetRowOf(target))));
  const dirty = JSON.stringify(rows.map(toTargetInput)) !== initial;

  const submit = async () => {
    const problems = validateTargetRows(rows);
    setErrors(problems);
    if (Object.keys(problems).length) return;
    const measured = measuredChanges(saved, rows);
    if ((measured.removed.length || measured.changed.length) && !(await confirmMeasuredChanges(measured))) return;
    const outcome = await save.run({ contractId: contract.id, targets: rows.map(toTargetInput), removeMeasuredTargets: measured.removed.length > 0 });
    if (outcome.ok) {
      onClose();
      return;
    }
    const body = errorBody(outcome.error);
    if (body.field?.startsWith('targets')) setErrors({ [editorPathOf(body.field)]: body.message });
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        <TargetsEditor
          value={rows}
          errors={errors}
          hours={null}
          onChange={(next, structural) => {
            setRows(next);
            if (structural) setErrors({});
          }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={save.running}>
            Cancel
          </Button>
          <Button type="submit" loading={save.running} disabled={!dirty}>
            Save targets
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The targets of an underpinning contract or OLA, with the SLA targets editor: what the supplier
 * or internal team commits to, so its results can be set beside the SLAs that rely on it.
 */
export function ContractTargetsModal({ contract, onClose }: ContractTargetsModalProps) {
  const to = lastCompletePeriod(localToday());
  const performance = useApiQuery('contracts.performance', { contractId: contract.id, withTargetsOnly: false, from: addPeriods(to, -11), to });
  const current = performance.data?.contracts.find((item) => item.contract.id === contract.id);

  return (
    <Modal opened onClose={onClose} size="xl" title={`Targets of ${contract.title}`}>
      <Text size="sm" c="dimmed" mb="md">
        What the {contract.kind === 'ola' ? 'internal team' : 'supplier'} commits to. Results are entered per month, like an SLA’s, on the{' '}
        <Anchor component={Link} href={`/contracts/${contract.id}/results`}>
          results page of this {contract.kind === 'ola' ? 'OLA' : 'contract'}
        </Anchor>{' '}
        (or imported with SLAs ▸ Import ▸ Period results, naming the {contract.kind === 'ola' ? 'OLA' : 'contract'} by its title), and shown on the pages of the
        SLAs that rely on it.
      </Text>
      {performance.error && !performance.data ? (
        <ErrorPanel title="The targets could not be loaded" error={performance.error} onRetry={performance.reload} />
      ) : !performance.data ? (
        <Skeleton h={160} />
      ) : (
        <Editor contract={contract} saved={(current?.targets ?? []).map((row) => row.target)} onClose={onClose} />
      )}
    </Modal>
  );
}
