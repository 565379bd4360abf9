import { Button, CloseButton, Group, SegmentedControl, TextInput, VisuallyHidden } from '@mantine/core';
import { IconFilterOff, IconLayoutColumns, IconSearch, IconTable } from '@tabler/icons-react';
import { LIFECYCLES, SERVICE_KINDS } from '../../../../../shared/api/services-api';
import type { MethodResult } from '../../../../../shared/api/contract';
import { KIND_LABEL, LIFECYCLE_LABEL, TIERS, TIER_SHORT } from '../common/service-labels';
import type { ColumnId } from './catalogue-columns';
import { activeFilterCount, type CatalogueLayout, type CatalogueState } from './catalogue-query';
import { ColumnChooser } from './ColumnChooser';
import { FilterMenu } from './FilterMenu';
import { SavedViewsMenu } from './SavedViewsMenu';

type Facets = MethodResult<'services.facets'>;

interface CatalogueToolbarProps {
  state: CatalogueState;
  searchText: string;
  onSearchText: (text: string) => void;
  facets: Facets | undefined;
  onChange: (state: CatalogueState) => void;
  onClearFilters: () => void;
}

/** Search and the six filters. */
export function CatalogueToolbar({ state, searchText, onSearchText, facets, onChange, onClearFilters }: CatalogueToolbarProps) {
  const set = <K extends keyof CatalogueState>(key: K, value: CatalogueState[K]) => onChange({ ...state, [key]: value });
  const owners = facets?.owners ?? [];
  return (
    <Group gap="xs" role="search" aria-label="Search and filter services">
      <TextInput
        placeholder="Search services"
        aria-label="Search services"
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={searchText ? <CloseButton size="sm" aria-label="Clear the search" onClick={() => onSearchText('')} /> : null}
        value={searchText}
        onChange={(event) => onSearchText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && searchText) {
            event.preventDefault();
            onSearchText('');
          }
        }}
        w={240}
      />
      <FilterMenu
        label="Lifecycle"
        options={LIFECYCLES.map((value) => ({ value, label: LIFECYCLE_LABEL[value] }))}
        value={state.lifecycle}
        onChange={(value) => set('lifecycle', value)}
      />
      <FilterMenu
        label="Kind"
        options={SERVICE_KINDS.map((value) => ({ value, label: KIND_LABEL[value] }))}
        value={state.kind}
        onChange={(value) => set('kind', value)}
      />
      <FilterMenu
        label="Owner"
        options={owners.map((owner) => ({ value: owner.id, label: owner.name }))}
        value={state.ownerIds}
        onChange={(value) => set('ownerIds', value)}
      />
      <FilterMenu
        label="Category"
        options={(facets?.categories ?? []).map((value) => ({ value, label: value }))}
        value={state.categories}
        onChange={(value) => set('categories', value)}
      />
      <FilterMenu
        label="Tier"
        options={TIERS.map((value) => ({ value, label: `Tier ${value} · ${TIER_SHORT[value]}` }))}
        value={state.tiers}
        onChange={(value) => set('tiers', value)}
      />
      <FilterMenu
        label="Tag"
        options={(facets?.tags ?? []).map((value) => ({ value, label: value }))}
        value={state.tags}
        onChange={(value) => set('tags', value)}
      />
      {activeFilterCount(state) > 0 && (
        <Button variant="subtle" color="gray" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={onClearFilters}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}

interface ViewControlsProps {
  state: CatalogueState;
  columns: ColumnId[];
  onColumns: (columns: ColumnId[]) => void;
  onChange: (state: CatalogueState) => void;
  onApplyView: (state: CatalogueState, columns: ColumnId[]) => void;
}

/** Table or board, saved views and columns: how the services are shown, not which. */
export function ViewControls({ state, columns, onColumns, onChange, onApplyView }: ViewControlsProps) {
  return (
    <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
      <SegmentedControl
        value={state.layout}
        onChange={(value) => onChange({ ...state, layout: value as CatalogueLayout })}
        aria-label="Layout"
        data={[
          {
            value: 'table',
            label: (
              <Group gap={6} wrap="nowrap">
                <IconTable size={16} aria-hidden />
                <span>Table</span>
              </Group>
            ),
          },
          {
            value: 'board',
            label: (
              <Group gap={6} wrap="nowrap">
                <IconLayoutColumns size={16} aria-hidden />
                <span>Board</span>
                <VisuallyHidden> by lifecycle</VisuallyHidden>
              </Group>
            ),
          },
        ]}
      />
      <SavedViewsMenu state={state} columns={columns} onApply={onApplyView} />
      {state.layout === 'table' && <ColumnChooser columns={columns} onChange={onColumns} />}
    </Group>
  );
}
