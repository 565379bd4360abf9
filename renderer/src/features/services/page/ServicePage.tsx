import { Anchor, Button, EmptyState, Grid, Paper, SimpleGrid, Skeleton, Spoiler, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconMapPinQuestion } from '@tabler/icons-react';
import { Link, useParams } from 'wouter';
import { RecordHistory } from '../../audit';
import { errorBody } from '../../../api/api-errors';
import { useApiQuery } from '../../../api/use-api-query';
import { ErrorPanel } from '../../../ui/ErrorPanel';
import { Markdown } from '../common/Markdown';
import { DependenciesSection } from './DependenciesSection';
import { ServiceFacts } from './ServiceFacts';
import { ServiceHeader } from './ServiceHeader';
import { ContractsCard, LifecycleHistory, LinkedRecords } from './ServiceRecords';
import { InheritedRisks } from './InheritedRisks';

function NotFound({ id }: { id: string }) {
  return (
    <EmptyState
      icon={<IconMapPinQuestion size={30} />}
      withIndicatorBackground
      title={`There is no service #${id}`}
      description="It may have been deleted, or the address is from another workspace."
      py={64}
    >
      <EmptyState.Actions>
        <Button component={Link} href="/services" variant="light" leftSection={<IconArrowLeft size={16} />}>
          Back to the catalogue
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}

/** One service: what it is, who owns it, what it depends on, what a failure of it hits, and its history. */
export function ServicePage() {
  const params = useParams<{ id: string }>();
  const id = Number(params.id);
  const valid = Number.isInteger(id) && id > 0;
  const service = useApiQuery('services.get', valid ? { id } : null);

  if (!valid || (service.error && errorBody(service.error).code === 'not_found')) return <NotFound id={params.id} />;
  if (service.error && !service.data) return <ErrorPanel title="The service could not be loaded" error={service.error} onRetry={service.reload} />;
  // A different service's data may still be on hand while the new one loads; never show it under this address.
  if (!service.data || service.data.id !== id)
    return (
      <Stack gap="lg" aria-busy="true" aria-label="Loading the service">
        <Skeleton height={72} />
        <Grid>
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Skeleton height={220} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Skeleton height={220} />
          </Grid.Col>
        </Grid>
      </Stack>
    );

  const data = service.data;
  return (
    <Stack gap="lg">
      <ServiceHeader service={data} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7, xl: 8 }}>
          <Stack gap="lg">
            <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="description-title">
              <Title order={3} size="h4" id="description-title" mb="sm">
                Description
              </Title>
              {data.description.trim() ? (
                <Spoiler maxHeight={360} showLabel="Show the whole description" hideLabel="Show less">
                  <Markdown>{data.description}</Markdown>
                </Spoiler>
              ) : (
                <Text size="sm" c="dimmed">
                  No description yet.{' '}
                  <Anchor component={Link} href={`/services/${data.id}/edit`}>
                    Describe what the service provides
                  </Anchor>
                  , what it includes and what it does not.
                </Text>
              )}
            </Paper>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
              <ContractsCard contracts={data.contracts} />
              <LinkedRecords slas={data.slas} risks={data.risks} serviceId={data.id} />
            </SimpleGrid>
            <InheritedRisks service={data} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5, xl: 4 }}>
          <Stack gap="lg">
            <ServiceFacts service={data} />
            <LifecycleHistory events={data.lifecycleEvents} />
          </Stack>
        </Grid.Col>
      </Grid>
      <DependenciesSection serviceId={data.id} />
      <RecordHistory entity="service" id={data.id} name={data.code} />
    </Stack>
  );
}
