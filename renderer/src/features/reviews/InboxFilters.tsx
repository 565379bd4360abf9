import { Group, SegmentedControl, Select } from '@mantine/core';
import { useState } from 'react';
import type { ReviewSubjectKind } from '../../../../shared/domain/review-policy';
import { useApiQuery } from '../../api/use-api-query';
import type { PersonChoice } from './use-review-person';

export interface InboxFilter {
  kind: ReviewSubjectKind | 'all';
  band: string | null;
  serviceId: number | null;
}

interface InboxFiltersProps {
  filter: InboxFilter;
  onChange: (filter: InboxFilter) => void;
  person: PersonChoice;
  onPerson: (choice: PersonChoice) => void;
  me: { id: number; name: string } | null;
}

/** Whose reviews, of which kind, risk band and service. */
export function InboxFilters({ filter, onChange, person, onPerson, me }: InboxFiltersProps) {
  const people = useApiQuery('people.list', {});
  const policy = useApiQuery('reviewPolicy.get', {});
  const [serviceSearch, setServiceSearch] = useState('');
  const services = useApiQuery('services.list', { search: serviceSearch || undefined, limit: 50, sort: { column: 'code', direction: 'asc' } });
  const personData = [
    ...(me ? [{ value: 'me', label: `Me (${me.name})` }] : []),
    { value: 'all', label: 'All people' },
    ...(people.data ?? []).filter((p) => p.id !== me?.id).map((p) => ({ value: String(p.id), label: p.name })),
  ];
  return (
    <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
      <Select
        label="Whose reviews"
        data={personData}
        value={typeof person === 'number' ? String(person) : person}
        onChange={(value) => onPerson(value === 'me' || value === 'all' || value === null ? (value ?? 'all') : Number(value))}
        allowDeselect={false}
        searchable
        w={220}
      />
      <SegmentedControl
        aria-label="Kind"
        value={filter.kind}
        onChange={(value) => onChange({ ...filter, kind: value as InboxFilter['kind'], band: value === 'risk' || value === 'all' ? filter.band : null })}
        data={[
          { value: 'all', label: 'All' },
          { value: 'risk', label: 'Risks' },
          { value: 'sla', label: 'SLAs' },
          { value: 'service', label: 'Services' },
          { value: 'supplier', label: 'Suppliers' },
        ]}
      />
      <Select
        label="Risk band"
        placeholder="Any band"
        data={policy.data?.bands.slice().reverse() ?? []}
        value={filter.band}
        onChange={(band) => onChange({ ...filter, band, kind: band ? 'risk' : filter.kind })}
        clearable
        w={150}
      />
      <Select
        label="Service"
        placeholder="Any service"
        searchable
        clearable
        searchValue={serviceSearch}
        onSearchChange={setServiceSearch}
        data={(services.data?.rows ?? []).map((s) => ({ value: String(s.id), label: `${s.code} · ${s.name}` }))}
        value={filter.serviceId === null ? null : String(filter.serviceId)}
        onChange={(value) => onChange({ ...filter, serviceId: value ? Number(value) : null })}
        nothingFoundMessage="No service matches"
        w={260}
      />
    </Group>
  );
}
