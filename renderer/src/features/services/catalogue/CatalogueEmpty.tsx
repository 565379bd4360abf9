import { Button, EmptyState } from '@mantine/core';
import { IconFilterOff, IconPlus, IconSearch, IconStack2 } from '@tabler/icons-react';

/** No services at all: the catalogue is the first thing to fill in. */
export function NoServicesYet({ onAdd }: { onAdd: () => void }) {
  return (
    <EmptyState
      icon={<IconStack2 size={30} />}
      withIndicatorBackground
      title="No services yet"
      description="The catalogue lists what IT provides, who owns each service and what depends on what. Add services one by one, or import an existing list from a CSV or Excel file."
      py={56}
    >
      <EmptyState.Actions>
        <Button leftSection={<IconPlus size={16} />} onClick={onAdd}>
          Add your first service
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}

/** Services exist, but none match the search and filters. */
export function NoServicesMatch({ search, onClear }: { search: string; onClear: () => void }) {
  return (
    <EmptyState
      icon={search ? <IconSearch size={28} /> : <IconFilterOff size={28} />}
      title={search ? `No services match “${search}” with these filters` : 'No services match these filters'}
      description="Search looks at codes, names, categories, descriptions, contacts, tags and customers."
      py={56}
    >
      <EmptyState.Actions>
        <Button variant="light" leftSection={<IconFilterOff size={16} />} onClick={onClear}>
          Clear filters
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
