import { Alert, Anchor, Skeleton, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'wouter';
import { addPeriods, lastCompletePeriod } from '../../../../../shared/domain/sla-periods';
import { useApiQuery } from '../../../api/use-api-query';
import { localToday } from '../../../lib/format';
import { PageHeader } from '../../../ui/PageHeader';
import { ErrorPanel } from '../../../ui/ErrorPanel';
import { SlaImportMenu } from '../import/SlaImportMenu';
import { EntryGrid } from './EntryGrid';

/**
 * Months × targets of an underpinning contract or OLA, entered like an SLA's results: what the
 * supplier or internal team achieved, shown on the pages of the SLAs that rely on it.
 */
export function ContractResultsScreen() {
  const params = useParams<{ id: string }>();
  const id = Number(params.id);
  const valid = Number.isInteger(id) && id > 0;
  const to = lastCompletePeriod(localToday());
  const range = { from: addPeriods(to, -11), to };
  const performance = useApiQuery('contracts.performance', valid ? { contractId: id, withTargetsOnly: false, ...range } : null);
  const grid = useApiQuery('measurements.grid', valid ? { contractId: id, ...range } : null);
  const contract = performance.data?.contracts[0]?.contract;

  if (performance.error && !performance.data)
    return <ErrorPanel title="The contract could not be loaded" error={performance.error} onRetry={performance.reload} />;
  if (grid.error && !grid.data) return <ErrorPanel title="The results could not be loaded" error={grid.error} onRetry={grid.reload} />;
  if (!contract || !grid.data) return <Skeleton h={300} />;
  const noun = contract.kind === 'ola' ? 'OLA' : 'contract';
  const back = contract.supplierId ? `/suppliers/${contract.supplierId}` : '/suppliers/contracts';

  return (
    <Stack gap="lg">
      <PageHeader
        title={`Results of ${contract.title}`}
        description={
          <Text size="sm" c="dimmed">
            What the {contract.kind === 'ola' ? 'internal team' : 'supplier'} achieved each month against the {noun}’s targets.{' '}
            <Anchor component={Link} href={back}>
              {contract.supplierName ?? contract.internalTeam ?? 'Contracts'}
            </Anchor>
          </Text>
        }
        actions={<SlaImportMenu back={`/contracts/${id}/results`} />}
      />
      {grid.data.rows.length === 0 ? (
        <Alert color="blue" variant="light" title={`This ${noun} has no targets yet`}>
          Give it targets first (Suppliers ▸ Contracts ▸ Targets); then its results are entered here month by month.
        </Alert>
      ) : (
        <EntryGrid key={id} owner={{ contractId: id }} grid={grid.data} />
      )}
    </Stack>
  );
}
