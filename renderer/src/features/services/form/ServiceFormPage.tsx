import { Anchor, Breadcrumbs, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'wouter';
import { useApiQuery } from '../../../api/use-api-query';
import { ErrorPanel } from '../../errors/ErrorPanel';
import { LIST_LIMIT } from '../catalogue/catalogue-query';
import { ServiceForm } from './ServiceForm';
import { newServiceValues, serviceValues } from './service-form-values';

/** `#/services/new` and `#/services/:id/edit`: the form, once everything it offers has loaded. */
export function ServiceFormPage() {
  const params = useParams<{ id?: string }>();
  const editing = params.id !== undefined;
  const id = Number(params.id);
  const service = useApiQuery('services.get', editing ? { id } : null);
  const suggested = useApiQuery('services.suggestCode', editing ? null : {});
  const catalogue = useApiQuery('services.list', { limit: LIST_LIMIT, sort: { column: 'code', direction: 'asc' } });
  const facets = useApiQuery('services.facets', {});
  const people = useApiQuery('people.list', { includeInactive: true });

  const failed = [service, suggested, catalogue, facets, people].find((query) => query.error && !query.data);
  const current = editing && service.data?.id === id ? service.data : null;
  const ready = (editing ? current : suggested.data) && catalogue.data && facets.data && people.data;
  const title = current ? `Edit ${current.code}` : editing ? 'Edit service' : 'New service';

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Breadcrumbs separatorMargin={6}>
          <Anchor component={Link} href="/services" size="sm">
            Services
          </Anchor>
          {current && (
            <Anchor component={Link} href={`/services/${current.id}`} size="sm" ff="monospace">
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
              {current.name}
            </Text>
          )}
        </Title>
      </Stack>
      {failed ? (
        <ErrorPanel title={editing ? 'The service could not be loaded' : 'The form could not be prepared'} error={failed.error} onRetry={failed.reload} />
      ) : ready ? (
        <ServiceForm
          key={current ? `edit-${current.id}` : 'new'}
          service={current}
          initial={current ? serviceValues(current) : newServiceValues(suggested.data?.code ?? '')}
          catalogue={catalogue.data!.rows}
          facets={facets.data!}
          people={people.data!}
        />
      ) : (
        <Stack gap="lg" maw={1080} aria-busy="true" aria-label="Loading the form">
          <Skeleton height={180} radius="md" />
          <Skeleton height={240} radius="md" />
        </Stack>
      )}
    </Stack>
  );
}
