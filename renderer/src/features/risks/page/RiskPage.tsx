import { Button, EmptyState, Grid, Skeleton, Stack } from '@mantine/core';
import { IconArrowLeft, IconMapPinQuestion } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useLocation, useParams, useSearch } from 'wouter';
import { errorBody } from '../../../api/api-errors';
import { useApiAction } from '../../../api/use-api-action';
import { useApiQuery } from '../../../api/use-api-query';
import { ErrorPanel } from '../../../ui/ErrorPanel';
import { ConfirmDeleteModal } from '../../../ui/ConfirmDeleteModal';
import { useOpenWorkspace } from '../../../app/workspace-context';
import { AppetitePanel } from '../acceptance/AppetitePanel';
import { RiskActionsSection } from '../actions/RiskActionsSection';
import { RecordHistory } from '../../audit';
import { riskLabel } from '../common/risk-labels';
import { ReassessModal } from './ReassessModal';
import { RiskFacts } from './RiskFacts';
import { RiskHeader } from './RiskHeader';
import { RiskNarrative } from './RiskNarrative';
import { ScoreHistorySection } from './ScoreHistorySection';

function NotFound({ id }: { id: string }) {
  return (
    <EmptyState
      icon={<IconMapPinQuestion size={30} />}
      withIndicatorBackground
      title={`There is no risk #${id}`}
      description="It may have been deleted, or the address is from another workspace."
      py={64}
    >
      <EmptyState.Actions>
        <Button component={Link} href="/risks" variant="light" leftSection={<IconArrowLeft size={16} />}>
          Back to the register
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}

function Loading() {
  return (
    <Stack gap="lg" aria-busy="true" aria-label="Loading the risk">
      <Skeleton height={88} />
      <Grid>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Skeleton height={220} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Skeleton height={220} />
        </Grid.Col>
      </Grid>
      <Skeleton height={320} />
    </Stack>
  );
}

/**
 * One risk: what it is, its scores now and over time, and its treatment. `?reassess=1` opens the
 * re-assessment (the edit form links here, since scores are not edited there).
 */
export function RiskPage() {
  const params = useParams<{ id: string }>();
  const search = useSearch();
  const [, navigate] = useLocation();
  const id = Number(params.id);
  const valid = Number.isInteger(id) && id > 0;
  const workspace = useOpenWorkspace();
  const risk = useApiQuery('risks.get', valid ? { id } : null);
  const matrix = useApiQuery('riskMatrix.get', {});
  const people = useApiQuery('people.list', { includeInactive: true });
  const [dialog, setDialog] = useState<'reassess' | 'delete' | null>(() => (new URLSearchParams(search).get('reassess') ? 'reassess' : null));
  const remove = useApiAction('risks.delete', { success: ({ deleted }) => `Deleted ${riskLabel(deleted)}`, failure: null /* the dialog shows the refusal */ });

  if (!valid || (risk.error && errorBody(risk.error).code === 'not_found')) return <NotFound id={params.id} />;
  const failed = [risk, matrix, people].find((query) => query.error && !query.data);
  if (failed) return <ErrorPanel title="The risk could not be loaded" error={failed.error} onRetry={failed.reload} />;
  // Another risk's data may still be on hand while this one loads; never show it under this address.
  if (!risk.data || risk.data.id !== id || !matrix.data || !people.data) return <Loading />;

  const data = risk.data;
  const closeDialog = () => {
    setDialog(null);
    if (search) navigate(`/risks/${data.id}`, { replace: true });
  };
  const confirmDelete = async () => {
    const outcome = await remove.run({ id: data.id });
    if (outcome.ok) navigate('/risks', { replace: true });
    return outcome;
  };

  return (
    <Stack gap="lg">
      <RiskHeader risk={data} onReassess={() => setDialog('reassess')} onDelete={() => setDialog('delete')} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7, xl: 8 }}>
          <Stack gap="lg">
            <RiskNarrative risk={data} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5, xl: 4 }}>
          <Stack gap="lg">
            <RiskFacts risk={data} />
            <AppetitePanel riskId={data.id} riskLabel={riskLabel(data)} />
          </Stack>
        </Grid.Col>
      </Grid>
      <ScoreHistorySection risk={data} matrix={matrix.data.matrix} onReassess={() => setDialog('reassess')} />
      <RiskActionsSection risk={data} people={people.data} />
      <RecordHistory entity="risk" id={data.id} name={data.code} />
      {dialog === 'reassess' && (
        <ReassessModal
          risk={data}
          matrix={matrix.data.matrix}
          people={people.data}
          currentPersonId={workspace.currentPerson?.id ?? null}
          onClose={closeDialog}
        />
      )}
      {dialog === 'delete' && (
        <ConfirmDeleteModal
          title={`Delete ${riskLabel(data)}?`}
          confirmLabel="Delete risk"
          running={remove.running}
          onConfirm={confirmDelete}
          onClose={closeDialog}
        >
          {`"${data.code} ${data.title}" will be removed from the register. A risk with assessments, actions or reviews cannot be deleted: they are evidence for audits, so close it instead. The audit trail keeps a copy.`}
        </ConfirmDeleteModal>
      )}
    </Stack>
  );
}
