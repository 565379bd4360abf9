import { Badge, Button, Checkbox, Combobox, Group, Text, useCombobox } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useState } from 'react';

export interface FilterOption<V extends string | number> {
  value: V;
  label: string;
}

interface FilterMenuProps<V extends string | number> {
  label: string;
  options: FilterOption<V>[];
  value: V[];
  onChange: (value: V[]) => void;
  /** A search box in the dropdown; on by default for long lists. */
  searchable?: boolean;
}

/**
 * One catalogue filter as a compact button ("Owner · 2") with a checklist dropdown, so six
 * filters fit one toolbar line however many values are picked.
 */
export function FilterMenu<V extends string | number>({ label, options, value, onChange, searchable = options.length > 8 }: FilterMenuProps<V>) {
  const [search, setSearch] = useState('');
  const combobox = useCombobox({
    onDropdownClose: () => {
      combobox.resetSelectedOption();
      setSearch('');
    },
    onDropdownOpen: () => {
      if (searchable) combobox.focusSearchInput();
    },
  });
  const picked = new Set(value.map(String));
  const needle = search.trim().toLowerCase();
  const shown = needle ? options.filter((option) => option.label.toLowerCase().includes(needle)) : options;
  const pickedLabels = options.filter((option) => picked.has(String(option.value))).map((option) => option.label);

  const toggle = (raw: string) => {
    const option = options.find((item) => String(item.value) === raw);
    if (!option) return;
    onChange(picked.has(raw) ? value.filter((item) => String(item) !== raw) : [...value, option.value]);
  };

  return (
    <Combobox store={combobox} width={260} position="bottom-start" onOptionSubmit={toggle} shadow="md">
      <Combobox.Target targetType="button">
        <Button
          variant={value.length ? 'light' : 'default'}
          size="sm"
          fw={value.length ? 600 : 500}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          onClick={() => combobox.toggleDropdown()}
          aria-label={value.length ? `${label}: ${pickedLabels.join(', ')}` : `Filter by ${label.toLowerCase()}`}
          maw={240}
        >
          <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
            <span>{label}</span>
            {value.length === 1 && (
              <Text span size="sm" fw={500} truncate maw={120}>
                {pickedLabels[0]}
              </Text>
            )}
            {value.length > 1 && (
              <Badge size="sm" circle>
                {value.length}
              </Badge>
            )}
          </Group>
        </Button>
      </Combobox.Target>
      <Combobox.Dropdown>
        {searchable && (
          <Combobox.Search
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            placeholder={`Find a ${label.toLowerCase()}`}
            aria-label={`Find a ${label.toLowerCase()}`}
          />
        )}
        <Combobox.Options mah={300} style={{ overflowY: 'auto' }} aria-label={label}>
          {/* Options are drawn only while the list is open: the owner and tag lists run to thousands at scale, and the toolbar re-renders on every key typed in the search. */}
          {!combobox.dropdownOpened ? null : shown.length === 0 ? (
            <Combobox.Empty>{options.length === 0 ? 'None in use yet' : 'Nothing matches'}</Combobox.Empty>
          ) : (
            shown.map((option) => {
              const checked = picked.has(String(option.value));
              return (
                <Combobox.Option value={String(option.value)} key={String(option.value)} active={checked} aria-selected={checked}>
                  <Group gap="sm" wrap="nowrap">
                    <Checkbox.Indicator checked={checked} size="xs" aria-hidden />
                    <Text size="sm" truncate>
                      {option.label}
                    </Text>
                  </Group>
                </Combobox.Option>
              );
            })
          )}
        </Combobox.Options>
        {value.length > 0 && (
          <Combobox.Footer>
            <Button variant="subtle" size="compact-sm" onClick={() => onChange([])} fullWidth>
              Clear {label.toLowerCase()}
            </Button>
          </Combobox.Footer>
        )}
      </Combobox.Dropdown>
    </Combobox>
  );
}
