import { Button, Group, MultiSelect } from '@mantine/core';
import { useMemo, useState } from 'react';
import { RISK_STATUSES } from '../../../../../shared/api/risks-api';
import { useApiQuery } from '../../../api/use-api-query';
import type { HeatmapsState } from './heatmaps-query';

/** The filters every view applies: status, owner, category and service, kept in the address. */
export function HeatmapFilters({ state, onChange }: { state: HeatmapsState; onChange: (next: Partial<HeatmapsState>) => void }) {
  const facets = useApiQuery('risks.facets', {});
  // Every service (2 MB at 5,000) is fetched only once the Service filter is used or set, as in the
  // register: fetched with the screen, it held Heat maps ▸ By service's first rows back by a second
  // or more (the host answers one call at a time).
  const [servicesWanted, setServicesWanted] = useState(false);
  const needServices = servicesWanted || state.serviceIds.length > 0;
  const services = useApiQuery('services.list', needServices ? { limit: 10_000, sort: { column: 'code', direction: 'asc' } } : null);
  const serviceRows = services.data?.rows;
  const serviceOptions = useMemo(
    () => (serviceRows ?? []).map((service) => ({ value: String(service.id), label: `${service.code} · ${service.name}` })),
    [serviceRows],
  );
  const any = state.statuses.length + state.ownerIds.length + state.categories.length + state.serviceIds.length > 0;
  return (
    <Group gap="sm" align="flex-end" role="search" aria-label="Filter the heat maps" my="md">
      <MultiSelect
        size="sm"
        w={180}
        label="Status"
        placeholder="Any status"
        data={[...RISK_STATUSES]}
        value={state.statuses}
        onChange={(value) => onChange({ statuses: value as HeatmapsState['statuses'] })}
        clearable
      />
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
      <MultiSelect
        size="sm"
        w={180}
        label="Category"
        placeholder="Any category"
        searchable
        data={facets.data?.categories ?? []}
        value={state.categories}
        onChange={(categories) => onChange({ categories })}
        clearable
      />
      <MultiSelect
        size="sm"
        w={240}
        label="Service"
        placeholder="Any service"
        searchable
        data={serviceOptions}
        onDropdownOpen={() => setServicesWanted(true)}
        onFocus={() => setServicesWanted(true)}
        nothingFoundMessage={serviceRows ? 'No service by that code or name' : 'Loading the services…'}
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
