import { Button, Group, MultiSelect } from '@mantine/core';
import { RISK_STATUSES } from '../../../../../shared/api/risks-api';
import { useApiQuery } from '../../../api/use-api-query';
import type { HeatmapsState } from './heatmaps-query';

/** The filters every view applies: status, owner, category and service, kept in the address. */
export function HeatmapFilters({ state, onChange }: { state: HeatmapsState; onChange: (next: Partial<HeatmapsState>) => void }) {
  const facets = useApiQuery('risks.facets', {});
  const services = useApiQuery('services.list', { limit: 10_000, sort: { column: 'code', direction: 'asc' } });
  const any = state.statuses.length + state.ownerIds.length + state.categories.length + state.serviceIds.length > 0;
  return (
    <Group gap="sm" align="flex-end" role="search" aria-label="Filter the heat maps" my="md">
      <MultiSelect size="sm" w={180} label="Status" placeholder="Any status" data={[...RISK_STATUSES]} value={state.statuses} onChange={(value) => onChange({ statuses: value as HeatmapsState['statuses'] })} clearable />
      <MultiSelect
        size="sm"
        w={180}
        label="Owner"
        placeholder="Anyone"
        searchable
        data={facets.data?.owners.map((owner) => ({ value: String(owner.id), label: owner.name })) ?? []}
        limit={100}
        value={state.ownerIds.map(String)}
        onChange={(value) => onChange({ ownerIds: value.map(Number) })}
        clearable
      />
      <MultiSelect size="sm" w={180} label="Category" placeholder="Any category" searchable data={facets.data?.categories ?? []} value={state.categories} onChange={(categories) => onChange({ categories })} clearable />
      <MultiSelect
        size="sm"
        w={240}
        label="Service"
        placeholder="Any service"
        searchable
        data={services.data?.rows.map((service) => ({ value: String(service.id), label: `${service.code} · ${service.name}` })) ?? []}
        // 5,000 services: draw the first 100 matches of what is typed, not every option on each key.
        limit={100}
        value={state.serviceIds.map(String)}
        onChange={(value) => onChange({ serviceIds: value.map(Number) })}
        clearable
      />
      {any ? (
        <Button variant="subtle" size="sm" onClick={() => onChange({ statuses: [], ownerIds: [], categories: [], serviceIds: [] })}>
          Clear filters
        </Button>
      ) : null}
    </Group>
  );
}
