import type { SlaDetail } from '../../../../../shared/api/slas-api';
import { useApiAction } from '../../../api/use-api-action';
import { notifySuccess } from '../../../ui/notify';
import { confirmMeasuredChanges } from '../targets/confirm-measured-changes';
import { measuredChanges } from '../targets/target-rows';
import { targetInputs, targetsChanged, toCreateInput, toUpdateInput, type SlaFormValues } from './sla-form-values';

export type SaveOutcome =
  | { kind: 'saved'; id: number }
  /** The person chose not to touch recorded results. */
  | { kind: 'cancelled' }
  /** `detailsSaved`: an edit's fields were saved but its targets were not (two calls). */
  | { kind: 'failed'; error: unknown; detailsSaved: boolean };

const label = (sla: SlaDetail) => `${sla.code} ${sla.name}`;

/**
 * Saving the form. A new SLA is one call with its targets (all or nothing). An edit is up to two:
 * the changed fields, then the targets; when the second fails the first stays saved and the
 * caller keeps the target edits on screen to fix and save again.
 */
export function useSaveSla(sla: SlaDetail | null) {
  const create = useApiAction('slas.create', { success: (created) => `Added ${label(created)}`, failure: 'Could not add the SLA' });
  const update = useApiAction('slas.update', { success: null, failure: 'Could not save the SLA' });
  const setTargets = useApiAction('slas.setTargets', { success: null, failure: 'Could not save the targets' });
  const running = create.running || update.running || setTargets.running;

  const save = async (values: SlaFormValues, initial: SlaFormValues): Promise<SaveOutcome> => {
    if (!sla) {
      const outcome = await create.run(toCreateInput(values));
      return outcome.ok ? { kind: 'saved', id: outcome.value.id } : { kind: 'failed', error: outcome.error, detailsSaved: false };
    }
    const targetsEdited = targetsChanged(values, initial);
    const measured = targetsEdited
      ? measuredChanges(
          sla.targets.map((row) => row.target),
          values.targets,
        )
      : { removed: [], changed: [] };
    if ((measured.removed.length || measured.changed.length) && !(await confirmMeasuredChanges(measured))) return { kind: 'cancelled' };

    let saved: SlaDetail = sla;
    const fields = toUpdateInput(sla.id, values, initial);
    if (fields) {
      const outcome = await update.run(fields);
      if (!outcome.ok) return { kind: 'failed', error: outcome.error, detailsSaved: false };
      saved = outcome.value;
    }
    if (targetsEdited) {
      const outcome = await setTargets.run({ slaId: sla.id, targets: targetInputs(values), removeMeasuredTargets: measured.removed.length > 0 });
      if (!outcome.ok) return { kind: 'failed', error: outcome.error, detailsSaved: fields !== null };
      saved = outcome.value;
    }
    notifySuccess(`Saved ${label(saved)}`);
    return { kind: 'saved', id: sla.id };
  };

  return { save, running };
}
