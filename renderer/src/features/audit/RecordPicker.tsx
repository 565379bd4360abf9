import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useApiQuery } from '../../api/use-api-query';

interface RecordPickerProps {
  /** The chosen record as `kind:id`, or null. */
  value: { kind: string; id: string } | null;
  /** How the chosen record is named ("RSK-042 Mail relay outage"), once known. */
  valueLabel: string | null;
  onChange: (record: { kind: string; id: string } | null) => void;
}

const KINDS = new Set(['risk', 'service', 'sla', 'supplier', 'person']);

/** Find one risk, service, SLA, supplier or person by code or name (the command palette's search) to see its changes only. */
export function RecordPicker({ value, valueLabel, onChange }: RecordPickerProps) {
  const [search, setSearch] = useState('');
  const [text] = useDebouncedValue(search.trim(), 200);
  const chosen = value ? `${value.kind}:${value.id}` : null;
  const chosenLabel = valueLabel ?? (value ? `${value.kind} #${value.id}` : '');
  // While the box shows the chosen record's name, that name is not a new search.
  const searching = text !== '' && text !== chosenLabel;
  const hits = useApiQuery('search.records', searching ? { text, limit: 20 } : null);
  const options = (searching ? (hits.data ?? []) : [])
    .filter((hit) => KINDS.has(hit.kind))
    .map((hit) => ({ value: `${hit.kind}:${hit.id}`, label: [hit.code, hit.title].filter(Boolean).join(' ') }));
  if (chosen && !options.some((option) => option.value === chosen)) options.unshift({ value: chosen, label: chosenLabel });

  return (
    <Select
      label="Record"
      placeholder="Code or name"
      data={options}
      value={chosen}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The host already matched code and name; the box shows every hit it sent.
      filter={({ options: all }) => all}
      onChange={(next) => {
        if (!next) return onChange(null);
        const [kind, id] = next.split(':') as [string, string];
        onChange({ kind, id });
      }}
      clearable
      nothingFoundMessage={searching && hits.data ? 'Nothing by that code or name' : 'Type a code or name'}
      w={240}
    />
  );
}
