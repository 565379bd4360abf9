import { Anchor, Breadcrumbs, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link, useParams, useSearch } from 'wouter';
import { useApiQuery } from '../../../api/use-api-query';
import { ErrorPanel } from '../../errors/ErrorPanel';
import { LIST_LIMIT } from '../../services/catalogue/catalogue-query';
import { SlaForm } from './SlaForm';
import { newSlaValues, slaValues } from './sla-form-values';

/** `?serviceId=N` of a "New SLA" link on a service page: that service, preselected. */
function serviceIdOf(search: string): number | null {
  const id = Number(new URLSearchParams(search).get('serviceId'));
  return Number.isInteger(id) && id > 0 ? id : null;
}

/** `#/slas/new` (optionally `?serviceId=N`) and `#/slas/:id/edit`: the form, once everything it offers has loaded. */
export function SlaFormPage() {
  const params = useParams<{ id?: string }>();
  const search = useSearch();
  const editing = params.id !== undefined;
  const id = Number(params.id);
  const sla = useApiQuery('slas.get', editing ? { id } : null);
  const suggested = useApiQuery('slas.suggestCode', editing ? null : {});
  const services = useApiQuery('services.list', { limit: LIST_LIMIT, sort: { column: 'code', direction: 'asc' } });
  const facets = useApiQuery('services.facets', {});

  const failed = [sla, suggested, services, facets].find((query) => query.error && !query.data);
  const current = editing && sla.data?.id === id ? sla.data : null;
  const ready = (editing ? current : suggested.data) && services.data && facets.data;
  const preselected = serviceIdOf(search);
  const known = services.data?.rows.some((row) => row.id === preselected) ? preselected : null;

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Breadcrumbs separatorMargin={6}>
          <Anchor component={Link} href="/slas" size="sm">
            SLAs
          </Anchor>
          {current && (
            <Anchor component={Link} href={`/slas/${current.id}`} size="sm" ff="monospace">
              {current.code}
            </Anchor>
          )}
          <Text size="sm" c="dimmed">
            {editing ? 'Edit' : 'New'}
          </Text>
        </Breadcrumbs>
        <Title order={2} style={{ overflowWrap: 'anywhere' }} lineClamp={2}>
          {current ? `Edit ${current.code}` : editing ? 'Edit SLA' : 'New SLA'}
          {current && (
            <Text span inherit c="dimmed" fw={500}>
              {' '}
              {current.name}
            </Text>
          )}
        </Title>
      </Stack>
      {failed ? (
        <ErrorPanel title={editing ? 'The SLA could not be loaded' : 'The form could not be prepared'} error={failed.error} onRetry={failed.reload} />
      ) : ready ? (
        <SlaForm
          key={current ? `edit-${current.id}` : 'new'}
          sla={current}
          initial={current ? slaValues(current) : newSlaValues(suggested.data?.code ?? '', known)}
          services={services.data!.rows}
          customers={facets.data!.customers}
        />
      ) : (
        <Stack gap="lg" maw={1080} aria-busy="true" aria-label="Loading the form">
          <Skeleton height={220} radius="md" />
          <Skeleton height={120} radius="md" />
          <Skeleton height={240} radius="md" />
        </Stack>
      )}
    </Stack>
  );
}
