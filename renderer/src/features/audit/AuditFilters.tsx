import { Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import type { Person } from '../../../../shared/api/people-api';
import { AUDIT_FILTER_KINDS, auditEntityLabel } from '../../../../shared/audit/audit-fields';
import type { AuditScreenFilters } from './audit-text';
import { RecordPicker } from './RecordPicker';

export type AuditParam = 'person' | 'kind' | 'record' | 'from' | 'to' | 'q';

interface AuditFiltersProps {
  filters: AuditScreenFilters;
  people: Person[];
  /** "RSK-042 Mail relay outage" when the list is narrowed to one record. */
  recordName: string | null;
  onChange: (changes: Partial<Record<AuditParam, string | null>>) => void;
  onClear: () => void;
  filtered: boolean;
}

const KIND_OPTIONS = AUDIT_FILTER_KINDS.map((kind) => ({ value: kind, label: auditEntityLabel(kind) }));

/** Words, who made the change, kind of record, one record, a date range; all kept in the address. */
export function AuditFilters({ filters, people, recordName, onChange, onClear, filtered }: AuditFiltersProps) {
  const [text, setText] = useState(filters.text);
  const [addressText, setAddressText] = useState(filters.text);
  // The address is the truth: "Clear filters" or a link to this screen resets the box. The box's
  // text goes to the address as typed (the API trims), so a pause after a space keeps the space.
  if (addressText !== filters.text) {
    setAddressText(filters.text);
    setText(filters.text);
  }
  const pushText = useDebouncedCallback((value: string) => onChange({ q: value || null }), 300);
  const personOptions = people.map((person) => ({ value: String(person.id), label: person.active ? person.name : `${person.name} (inactive)` }));

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        label="Search"
        placeholder="Code, name or value"
        leftSection={<IconSearch size={16} />}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          pushText(event.currentTarget.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') onChange({ q: text || null });
        }}
        w={220}
      />
      <Select
        label="Changed by"
        placeholder="Anyone"
        data={personOptions}
        value={filters.personId === null ? null : String(filters.personId)}
        onChange={(value) => onChange({ person: value })}
        searchable
        clearable
        nothingFoundMessage="Nobody by that name"
        w={200}
      />
      <Select
        label="Kind of record"
        placeholder="Every kind"
        data={KIND_OPTIONS}
        value={filters.kind}
        onChange={(value) => onChange({ kind: value, record: null })}
        clearable
        w={180}
      />
      <RecordPicker
        value={filters.kind && filters.recordId ? { kind: filters.kind, id: filters.recordId } : null}
        valueLabel={recordName}
        onChange={(record) => onChange(record ? { kind: record.kind, record: record.id } : { record: null })}
      />
      <TextInput type="date" label="From" value={filters.from ?? ''} onChange={(event) => onChange({ from: event.currentTarget.value || null })} w={150} />
      <TextInput type="date" label="To" value={filters.to ?? ''} onChange={(event) => onChange({ to: event.currentTarget.value || null })} w={150} />
      {filtered && (
        <Button variant="subtle" size="sm" onClick={onClear}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
