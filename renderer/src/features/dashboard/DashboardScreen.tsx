import { SimpleGrid, Skeleton, Stack } from '@mantine/core';
import { useApiQuery } from '../../api/use-api-query';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { CatalogueCard } from './CatalogueCard';
import { ContractsEndingCard } from './ContractsEndingCard';
import { EmptyWorkspaceHint } from './EmptyWorkspaceHint';
import { FigureCards } from './FigureCards';
import { MyReviewsCard } from './MyReviewsCard';
import { ReviewsDue } from './ReviewsDue';
import { RiskHeatmapCard } from './RiskHeatmapCard';
import { SlaPerformanceCard } from './SlaPerformanceCard';

/** The first screen of an open workspace: headline figures and what needs reviewing. */
export function DashboardScreen() {
  const summary = useApiQuery('dashboard.summary', {});

  return (
    <Stack gap="lg">
      <PageHeader title="Dashboard" description={summary.data ? `${summary.data.organisationName} at a glance.` : 'The workspace at a glance.'} />
      {summary.data ? (
        <>
          <EmptyWorkspaceHint counts={summary.data.counts} />
          <FigureCards summary={summary.data} />
          <MyReviewsCard />
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            <CatalogueCard catalogue={summary.data.catalogue} />
            <ContractsEndingCard contracts={summary.data.catalogue.contractsEnding} />
            <SlaPerformanceCard slas={summary.data.slas} />
            <RiskHeatmapCard risks={summary.data.risks} />
          </SimpleGrid>
          <ReviewsDue reviews={summary.data.reviews} />
        </>
      ) : summary.error ? (
        <ErrorPanel title="The dashboard could not be loaded" error={summary.error} onRetry={summary.reload} />
      ) : (
        <Stack gap="lg" aria-busy="true" aria-label="Loading the dashboard">
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 6 }} spacing="md">
            {Array.from({ length: 6 }, (_, index) => (
              <Skeleton key={index} height={112} radius="md" />
            ))}
          </SimpleGrid>
          <Skeleton height={240} radius="md" />
        </Stack>
      )}
    </Stack>
  );
}
