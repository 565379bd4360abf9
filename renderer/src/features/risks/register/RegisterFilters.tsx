import { Checkbox, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useDebouncedCallback } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { RISK_STATUSES } from '../../../../../shared/api/risks-api';
import { useApiQuery } from '../../../api/use-api-query';
import { LIST_LIMIT } from '../../services';
import type { RegisterState } from './register-query';

interface RegisterFiltersProps {
  state: RegisterState;
  update: (next: Partial<RegisterState>) => void;
  bands: string[];
  facets: { categories: string[]; owners: Array<{ id: number; name: string }>; suppliers: Array<{ id: number; name: string }> } | undefined;
}

const ids = (values: string[]) => values.map(Number);
const SEARCH_DEBOUNCE_MS = 250;

/** The register's filter bar; every filter lives in the address, so a filtered register can be linked and saved. */
export function RegisterFilters({ state, update, bands, facets }: RegisterFiltersProps) {
  // Every service (2 MB at 5,000) is fetched only once the Service filter is used or set: loading
  // it with the register held the first rows back by seconds and slowed every key typed in the search.
  const [servicesWanted, setServicesWanted] = useState(false);
  const needServices = servicesWanted || state.serviceIds.length > 0;
  const services = useApiQuery('services.list', needServices ? { limit: LIST_LIMIT, sort: { column: 'code', direction: 'asc' } } : null);
  const serviceRows = services.data?.rows;
  const serviceOptions = useMemo(
    () => (serviceRows ?? []).map((service) => ({ value: String(service.id), label: `${service.code} · ${service.name}` })),
    [serviceRows],
  );
  const supplierOptions = (facets?.suppliers ?? []).map((supplier) => ({ value: String(supplier.id), label: supplier.name }));

  return (
    <Group gap="sm" align="flex-end" role="search" aria-label="Filter the register">
      <SearchBox value={state.search} onSearch={(value) => update({ search: value })} />
      <MultiSelect
        size="sm"
        w={170}
        placeholder="Status"
        aria-label="Status"
        data={[...RISK_STATUSES]}
        value={state.statuses}
        onChange={(value) => update({ statuses: value as RegisterState['statuses'] })}
        clearable
      />
      <MultiSelect
        size="sm"
        w={170}
        placeholder={`Band (${state.basis})`}
        aria-label="Band"
        data={bands}
        value={state.bands}
        onChange={(value) => update({ bands: value })}
        clearable
      />
      <MultiSelect
        size="sm"
        w={170}
        placeholder="Owner"
        aria-label="Owner"
        searchable
        data={facets?.owners.map((owner) => ({ value: String(owner.id), label: owner.name })) ?? []}
        limit={100}
        value={state.ownerIds.map(String)}
        onChange={(value) => update({ ownerIds: ids(value) })}
        clearable
      />
      <MultiSelect
        size="sm"
        w={260}
        placeholder="Service"
        aria-label="Service"
        searchable
        nothingFoundMessage={services.data ? 'No service by that code or name' : 'Loading the services…'}
        data={serviceOptions}
        onDropdownOpen={() => setServicesWanted(true)}
        onFocus={() => setServicesWanted(true)}
        // 5,000 services: draw the first 100 matches of what is typed, not every option on each key.
        limit={100}
        value={state.serviceIds.map(String)}
        onChange={(value) => update({ serviceIds: ids(value) })}
        clearable
        comboboxProps={{ width: 320, position: 'bottom-start' }}
      />
      {supplierOptions.length > 0 || state.supplierIds.length > 0 ? (
        <MultiSelect
          size="sm"
          w={170}
          placeholder="Supplier"
          aria-label="Supplier"
          searchable
          data={supplierOptions}
          value={state.supplierIds.map(String)}
          onChange={(value) => update({ supplierIds: ids(value) })}
          clearable
        />
      ) : null}
      <MultiSelect
        size="sm"
        w={170}
        placeholder="Category"
        aria-label="Category"
        searchable
        data={facets?.categories ?? []}
        value={state.categories}
        onChange={(categories) => update({ categories })}
        clearable
      />
      <Select
        size="sm"
        w={190}
        placeholder="Appetite"
        aria-label="Appetite"
        data={[
          { value: 'above', label: 'Above appetite' },
          { value: 'decision', label: 'Above, decision due' },
        ]}
        value={state.appetite === 'any' ? null : state.appetite}
        onChange={(value) => update({ appetite: value === 'above' || value === 'decision' ? value : 'any' })}
        clearable
      />
      <Checkbox label="Review overdue" checked={state.reviewOverdue} onChange={(event) => update({ reviewOverdue: event.currentTarget.checked })} mb={8} />
      <Checkbox label="Action overdue" checked={state.actionOverdue} onChange={(event) => update({ actionOverdue: event.currentTarget.checked })} mb={8} />
    </Group>
  );
}

/**
 * The search field: typing waits 250 ms before it filters, so the register is not asked per key.
 * The box runs ahead of the address while typing and is never re-mounted (that would drop the
 * focus and the keys typed meanwhile); a search changed from outside (Clear filters, a saved view,
 * Back) is copied in, but the address catching up with what was typed is not.
 */
function SearchBox({ value, onSearch }: { value: string; onSearch: (value: string) => void }) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  // What the box last sent to the address and the address has not shown yet.
  const [sent, setSent] = useState<string | null>(null);
  if (value !== seen) {
    setSeen(value);
    if (value === sent) setSent(null);
    else setText(value);
  }
  const send = useDebouncedCallback((next: string) => {
    setSent(next);
    onSearch(next);
  }, SEARCH_DEBOUNCE_MS);
  return (
    <TextInput
      leftSection={<IconSearch size={14} />}
      placeholder="Search code, title…"
      aria-label="Search risks"
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        send(event.currentTarget.value);
      }}
      w={200}
    />
  );
}
