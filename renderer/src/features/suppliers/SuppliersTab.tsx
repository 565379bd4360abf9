import { Button, EmptyState, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconBuildingStore, IconPlus, IconSearch } from '@tabler/icons-react';
import { useLocation } from 'wouter';
import type { Supplier } from '../../../../shared/api/suppliers-api';
import { useApiQuery } from '../../api/use-api-query';
import { plural } from '../../lib/format';
import { ListPlaceholder } from './ListPlaceholder';
import { SuppliersTable } from './SuppliersTable';
import { useQueryParam } from './use-query-param';
import { useSupplierDialogs } from './use-supplier-dialogs';

function matches(supplier: Supplier, search: string): boolean {
  const text = search.toLowerCase();
  return [supplier.name, supplier.contact, supplier.managerName].some((value) => (value ?? '').toLowerCase().includes(text));
}

/** Suppliers › Suppliers: who the services depend on outside the organisation. */
export function SuppliersTab() {
  const [search, setSearch] = useQueryParam('q');
  const [, navigate] = useLocation();
  const suppliers = useApiQuery('suppliers.list', {});
  const dialogs = useSupplierDialogs({ onCreated: (supplier) => navigate(`/suppliers/${supplier.id}`) });
  const text = (search ?? '').trim();
  // A team has tens of suppliers, not thousands: filtering here keeps the list instant.
  const shown = (suppliers.data ?? []).filter((supplier) => !text || matches(supplier, text));

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <TextInput
          placeholder="Search name, contact or manager"
          aria-label="Search suppliers"
          leftSection={<IconSearch size={16} />}
          value={search ?? ''}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={300}
        />
        <Button leftSection={<IconPlus size={16} />} onClick={dialogs.add}>
          Add supplier
        </Button>
      </Group>

      <Paper withBorder radius="md" p="xs">
        <ListPlaceholder loaded={suppliers.data !== undefined} error={suppliers.error} errorTitle="Suppliers could not be loaded" onRetry={suppliers.reload}>
          {shown.length > 0 ? (
            <SuppliersTable suppliers={shown} onEdit={dialogs.edit} onDelete={dialogs.remove} />
          ) : text ? (
            <EmptyState
              size="sm"
              icon={<IconSearch size={26} />}
              title={`No supplier matches “${text}”`}
              description="Try part of a name, a contact or a manager."
              py="xl"
            />
          ) : (
            <EmptyState
              size="sm"
              icon={<IconBuildingStore size={26} />}
              withIndicatorBackground
              title="No suppliers yet"
              description="Add the companies that support your services: vendors, network and cloud providers, managed service partners."
              py="xl"
            >
              <EmptyState.Actions>
                <Button leftSection={<IconPlus size={16} />} onClick={dialogs.add}>
                  Add the first supplier
                </Button>
              </EmptyState.Actions>
            </EmptyState>
          )}
        </ListPlaceholder>
      </Paper>
      {shown.length > 0 && (
        <Text size="xs" c="dimmed">
          {plural(shown.length, 'supplier')}
          {text && suppliers.data ? ` of ${suppliers.data.length}` : ''}
        </Text>
      )}
      {dialogs.dialogs}
    </Stack>
  );
}
