import { Anchor, Breadcrumbs, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link, useParams, useSearch } from 'wouter';
import { useApiQuery } from '../../../api/use-api-query';
import { ErrorPanel } from '../../errors/ErrorPanel';
import { useOpenWorkspace } from '../../workspace/workspace-context';
import { RiskForm } from './RiskForm';
import { newRiskValues, riskValues } from './risk-form-values';

// Every service can be linked, as on the service form (the catalogue is capped at 10,000).
const SERVICES_LIMIT = 10_000;

/** `#/risks/new` and `#/risks/:id/edit`: the form, once everything it offers has loaded. */
export function RiskFormPage() {
  const params = useParams<{ id?: string }>();
  // `#/risks/new?service=3`: a risk raised from a service's page starts linked to it.
  const linkedService = Number(new URLSearchParams(useSearch()).get('service'));
  const editing = params.id !== undefined;
  const id = Number(params.id);
  const workspace = useOpenWorkspace();
  const risk = useApiQuery('risks.get', editing ? { id } : null);
  const suggested = useApiQuery('risks.suggestCode', editing ? null : {});
  const matrix = useApiQuery('riskMatrix.get', {});
  const facets = useApiQuery('risks.facets', {});
  const people = useApiQuery('people.list', { includeInactive: true });
  const services = useApiQuery('services.list', { limit: SERVICES_LIMIT, sort: { column: 'code', direction: 'asc' } });
  const suppliers = useApiQuery('suppliers.list', {});

  const failed = [risk, suggested, matrix, facets, people, services, suppliers].find((query) => query.error && !query.data);
  const current = editing && risk.data?.id === id ? risk.data : null;
  const ready = (editing ? current : suggested.data) && matrix.data && facets.data && people.data && services.data && suppliers.data;
  const title = current ? `Edit ${current.code}` : editing ? 'Edit risk' : 'New risk';

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Breadcrumbs separatorMargin={6}>
          <Anchor component={Link} href="/risks" size="sm">
            Risks
          </Anchor>
          {current && (
            <Anchor component={Link} href={`/risks/${current.id}`} size="sm" ff="monospace">
              {current.code}
            </Anchor>
          )}
          <Text size="sm" c="dimmed">
            {editing ? 'Edit' : 'New'}
          </Text>
        </Breadcrumbs>
        <Title order={2} style={{ overflowWrap: 'anywhere' }} lineClamp={2}>
          {title}
          {current && (
            <Text span inherit c="dimmed" fw={500}>
              {' '}
              {current.title}
            </Text>
          )}
        </Title>
      </Stack>
      {failed ? (
        <ErrorPanel title={editing ? 'The risk could not be loaded' : 'The form could not be prepared'} error={failed.error} onRetry={failed.reload} />
      ) : ready ? (
        <RiskForm
          key={current ? `edit-${current.id}` : 'new'}
          risk={current}
          matrix={matrix.data!.matrix}
          initial={
            current
              ? riskValues(current)
              : newRiskValues(
                  suggested.data?.code ?? '',
                  workspace.currentPerson?.id ?? null,
                  services.data!.rows.some((service) => service.id === linkedService) ? [linkedService] : [],
                )
          }
          options={{
            categories: facets.data!.categories,
            people: people.data!,
            services: services.data!.rows.map((service) => ({
              id: service.id,
              code: service.code,
              name: service.name,
              retired: service.lifecycle === 'retired',
            })),
            suppliers: suppliers.data!,
          }}
        />
      ) : (
        <Stack gap="lg" maw={1080} aria-busy="true" aria-label="Loading the form">
          <Skeleton height={160} radius="md" />
          <Skeleton height={200} radius="md" />
          <Skeleton height={280} radius="md" />
        </Stack>
      )}
    </Stack>
  );
}
