import { Skeleton, Stack } from '@mantine/core';
import { useLocation, useSearch } from 'wouter';
import { useApiQuery } from '../../../api/use-api-query';
import { ErrorPanel } from '../../../ui/ErrorPanel';
import { MatrixEditor } from './editor/MatrixEditor';
import { MatrixOverview } from './MatrixOverview';

/** Settings › Risk matrix: the current matrix, and the editor to change it (ISO/IEC 20000-1, 6.1). */
export function RiskMatrixTab() {
  const matrix = useApiQuery('riskMatrix.get', {});
  // The editor is part of the address, so leaving it with unsaved edits can bring it back with them.
  const editing = new URLSearchParams(useSearch()).get('edit') === '1';
  const [, navigate] = useLocation();

  if (!matrix.data) {
    if (matrix.error) return <ErrorPanel title="The risk matrix could not be loaded" error={matrix.error} onRetry={matrix.reload} />;
    return (
      <Stack gap="md" aria-busy="true" aria-label="Loading the risk matrix">
        <Skeleton height={32} width={320} />
        <Skeleton height={320} maw={720} />
        <Skeleton height={200} />
      </Stack>
    );
  }
  // Keyed by version: an editor opened on an older matrix starts again from the current one.
  return editing ? (
    <MatrixEditor key={matrix.data.version} info={matrix.data} onClose={() => navigate('/settings/risk-matrix', { replace: true })} />
  ) : (
    <MatrixOverview info={matrix.data} onChange={() => navigate('/settings/risk-matrix?edit=1')} />
  );
}
