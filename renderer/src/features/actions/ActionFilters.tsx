import { Button, Group, Pill, SegmentedControl, Select, Switch } from '@mantine/core';
import type { ActionSummary } from '../../../../shared/api/sla-reviews-api';
import type { Person } from '../../../../shared/api/people-api';
import type { ManagementReviewSummary } from '../../../../shared/api/management-reviews-api';
import { ManagementReviewFilter } from './ManagementReviewFilter';
import { useSourceLabel } from './use-source-label';
import { STATUS_FILTERS, STATUS_FILTER_LABEL, type ActionFilters as Filters, type StatusFilter } from './actions-query';

interface ActionFiltersProps {
  filters: Filters;
  people: Person[];
  /** Every management review, newest first, to narrow the list to one review's decisions. */
  managementReviews: ManagementReviewSummary[];
  /** Rows on screen, to name the SLA, risk or service the list is narrowed to. */
  rows: ActionSummary[];
  onChange: (name: 'status' | 'overdue' | 'owner' | 'sla' | 'risk' | 'service' | 'for' | 'managementReview', value: string | null) => void;
  onClear: () => void;
  filtered: boolean;
}

/** Status, overdue only, owner, the SLA / risk / service an action came from and the management review that decided it; all kept in the address. */
export function ActionFilters({ filters, people, managementReviews, rows, onChange, onClear, filtered }: ActionFiltersProps) {
  const source = useSourceLabel(filters, rows);
  const ownerOptions = people.map((person) => ({ value: String(person.id), label: person.active ? person.name : `${person.name} (inactive)` }));
  return (
    <Group gap="md" align="center" wrap="wrap">
      <SegmentedControl
        aria-label="Status"
        data={STATUS_FILTERS.map((status) => ({ value: status, label: STATUS_FILTER_LABEL[status] }))}
        value={filters.status}
        onChange={(value) => onChange('status', (value as StatusFilter) === 'active' ? null : value)}
      />
      <Select
        aria-label="Owner"
        placeholder="Any owner"
        data={ownerOptions}
        value={filters.ownerId === null ? null : String(filters.ownerId)}
        onChange={(value) => onChange('owner', value)}
        searchable
        clearable
        nothingFoundMessage="Nobody by that name"
        w={220}
      />
      <Select
        aria-label="Raised for"
        placeholder="Any source"
        data={[
          { value: 'sla', label: 'SLA improvements' },
          { value: 'risk', label: 'Risk treatments' },
          { value: 'management_review', label: 'Management review decisions' },
        ]}
        value={filters.raisedFor}
        onChange={(value) => onChange('for', value)}
        clearable
        w={230}
      />
      <ManagementReviewFilter reviews={managementReviews} value={filters.managementReviewId} onChange={(value) => onChange('managementReview', value)} />
      <Switch label="Overdue only" checked={filters.overdue} onChange={(event) => onChange('overdue', event.currentTarget.checked ? '1' : null)} color="red" />
      {source && (
        <Pill
          size="lg"
          withRemoveButton
          onRemove={() => onChange(source.name, null)}
          removeButtonProps={{ 'aria-label': `Show actions of every ${source.name === 'sla' ? 'SLA' : source.name}` }}
          maw={360}
        >
          {source.text}
        </Pill>
      )}
      {filtered && (
        <Button variant="subtle" size="compact-sm" onClick={onClear}>
          Show all
        </Button>
      )}
    </Group>
  );
}
