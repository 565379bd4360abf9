import { Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { HEALTH_LABEL, type HealthFilter, type PortfolioSort, type PortfolioViewState } from './portfolio-view';

interface PortfolioToolbarProps {
  state: PortfolioViewState;
  /** The search box's own text, ahead of the route while typing. */
  text: string;
  onText: (text: string) => void;
  onChange: (state: PortfolioViewState) => void;
  customers: string[];
}

/** Search, result filter, customer and order of the strip. */
export function PortfolioToolbar({ state, text, onText, onChange, customers }: PortfolioToolbarProps) {
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        label="Search"
        aria-label="Search services"
        placeholder="Service code or name"
        leftSection={<IconSearch size={16} />}
        value={text}
        onChange={(event) => onText(event.currentTarget.value)}
        w={240}
      />
      <div>
        <SegmentedControl
          aria-label="Show"
          value={state.health}
          onChange={(value) => onChange({ ...state, health: value as HealthFilter })}
          data={(Object.keys(HEALTH_LABEL) as HealthFilter[]).map((value) => ({ value, label: HEALTH_LABEL[value] }))}
        />
      </div>
      <Select
        label="Customer"
        placeholder="Every customer"
        data={customers}
        value={state.customer || null}
        onChange={(value) => onChange({ ...state, customer: value ?? '' })}
        clearable
        searchable
        nothingFoundMessage="No customer by that name"
        w={220}
      />
      <Select
        label="Order"
        data={[
          { value: 'worst', label: 'Worst first' },
          { value: 'code', label: 'By service code' },
        ]}
        value={state.sort}
        onChange={(value) => value && onChange({ ...state, sort: value as PortfolioSort })}
        allowDeselect={false}
        w={170}
      />
    </Group>
  );
}
