import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useState } from 'react';
import type { MatrixChangePreview } from '../../../../../../shared/api/risk-matrix-api';
import type { RiskMatrix } from '../../../../../../shared/domain/risk-matrix';
import { proportionalLevelMap } from '../../../../../../shared/domain/risk-remap';
import { errorBody } from '../../../../api/api-errors';
import { useApiAction } from '../../../../api/use-api-action';
import { plural } from '../../../../lib/format';
import { draftKeyOfApiField } from '../matrix-validation';
import type { FullLevelMap } from './LevelMapEditor';

interface MatrixChangeOptions {
  /** The matrix in use, for the default level map. */
  current: RiskMatrix;
  currentVersion: number;
  /** A field the API blamed ("banding.bands.0.minScore", without "matrix."), with its message. */
  onFieldError: (field: string, message: string) => void;
  /** The new matrix is in use. */
  onApplied: () => void;
}

/**
 * Preview → (look at the mapping) → confirm → apply, with the preview's confirmation token.
 * An empty register has nothing to re-map, so it goes straight to a simple confirmation.
 */
export function useMatrixChange({ current, currentVersion, onFieldError, onApplied }: MatrixChangeOptions) {
  const [pending, setPending] = useState<{ matrix: RiskMatrix; levelMap: FullLevelMap; preview: MatrixChangePreview } | null>(null);
  const previewAction = useApiAction('riskMatrix.previewChange', { success: null, failure: 'Could not preview the change', invalidate: false });
  const applyAction = useApiAction('riskMatrix.apply', {
    success: (result) => `${plural(result.rescored, 'risk')} re-scored`,
    successDetail: (result) => `The risk matrix is now version ${result.version}.`,
    failure: 'Could not apply the new matrix',
  });

  const blame = (error: unknown) => {
    const { field, message } = errorBody(error);
    const key = draftKeyOfApiField(field);
    if (key) onFieldError(key, message);
  };

  // The level map goes with the confirmation it was previewed with: the token fingerprints both.
  const apply = async (matrix: RiskMatrix, levelMap: FullLevelMap, confirmation: string) => {
    const outcome = await applyAction.run({ matrix, levelMap, confirmation });
    if (outcome.ok) {
      setPending(null);
      onApplied();
    } else {
      // A stale preview (the register changed meanwhile) must be previewed again, not applied.
      setPending(null);
      blame(outcome.error);
    }
  };

  const preview = async (matrix: RiskMatrix) => {
    const levelMap: FullLevelMap = {
      likelihood: proportionalLevelMap(current.likelihood.length, matrix.likelihood.length),
      impact: proportionalLevelMap(current.impact.length, matrix.impact.length),
    };
    const outcome = await previewAction.run({ matrix, levelMap });
    if (!outcome.ok) return blame(outcome.error);
    const result = outcome.value;
    if (result.scoredRisks === 0 && result.unmappedCount === 0) {
      modals.openConfirmModal({
        title: 'Apply the new matrix?',
        children: (
          <Text size="sm">
            No risk is scored yet, so nothing needs re-scoring. The new {result.to} matrix becomes version {currentVersion + 1}; version {currentVersion} stays
            in the history.
          </Text>
        ),
        labels: { confirm: 'Apply the new matrix', cancel: 'Keep editing' },
        onConfirm: () => void apply(matrix, levelMap, result.confirmation),
      });
      return;
    }
    setPending({ matrix, levelMap, preview: result });
  };

  /** Preview again with levels mapped the person's way. */
  const remap = async (levelMap: FullLevelMap) => {
    if (!pending) return;
    const { matrix } = pending;
    setPending({ ...pending, levelMap });
    const outcome = await previewAction.run({ matrix, levelMap });
    // On failure the previous map comes back: it is the one the shown preview (and its token) belongs to.
    setPending(outcome.ok ? { matrix, levelMap, preview: outcome.value } : pending);
  };

  const confirmApply = () => {
    if (!pending) return;
    const { matrix, levelMap, preview: result } = pending;
    modals.openConfirmModal({
      title: `Re-score ${plural(result.scoredRisks, 'risk')}?`,
      children: (
        <Text size="sm">
          Every current score moves to the new matrix as previewed ({plural(result.changedPositions, 'score')} change). The history keeps the old values:
          earlier assessments stay as they were on matrix version {result.fromVersion}, and each re-scored risk gets a re-mapped assessment on version{' '}
          {currentVersion + 1}.
          {result.cellBandMoves.length > 0 &&
            ` Grid positions changing band: ${result.cellBandMoves.map((move) => `${move.cells} ${move.from} → ${move.to}`).join(', ')}.`}
          {` Risks above the appetite: ${result.aboveAppetite.before} → ${result.aboveAppetite.after}.`}
          {result.lapsingAcceptanceCount > 0 && ` ${plural(result.lapsingAcceptanceCount, 'approved acceptance')} will lapse and need approval again.`}
        </Text>
      ),
      labels: { confirm: 'Apply and re-score', cancel: 'Back to the preview' },
      onConfirm: () => void apply(matrix, levelMap, result.confirmation),
    });
  };

  return {
    preview,
    previewing: previewAction.running,
    pending: pending?.preview ?? null,
    pendingMatrix: pending?.matrix ?? null,
    levelMap: pending?.levelMap ?? null,
    remap,
    closePreview: () => setPending(null),
    confirmApply,
    applying: applyAction.running,
  };
}
