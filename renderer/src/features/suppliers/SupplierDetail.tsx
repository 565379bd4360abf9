import { Anchor, Breadcrumbs, Button, DataList, EmptyState, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconCalendarCheck, IconFilePlus, IconFileText, IconPencil, IconTrash, IconTruckDelivery } from '@tabler/icons-react';
import { Link, useLocation } from 'wouter';
import { supplierFieldLabels } from '../../../../shared/entity/supplier-entity';
import { useApiQuery } from '../../api/use-api-query';
import { NextReviewDate } from '../../ui/NextReviewDate';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { RecordHistory } from '../audit';
import { ContractsTable } from './ContractsTable';
import { ListPlaceholder } from './ListPlaceholder';
import { useContractDialogs } from './use-contract-dialogs';
import { useSupplierDialogs } from './use-supplier-dialogs';

/** One supplier: how to reach them, what they supply, and their contracts. */
export function SupplierDetail({ id }: { id: number }) {
  const [, navigate] = useLocation();
  const suppliers = useApiQuery('suppliers.list', {});
  const contracts = useApiQuery('contracts.list', { supplierId: id });
  const supplierDialogs = useSupplierDialogs({ onDeleted: () => navigate('/suppliers') });
  const contractDialogs = useContractDialogs({ supplierId: id });
  const supplier = suppliers.data?.find((item) => item.id === id);

  const crumbs = (
    <Breadcrumbs mb="xs" fz="sm">
      <Anchor component={Link} href="/suppliers" size="sm">
        Suppliers
      </Anchor>
      <Text size="sm" c="dimmed" truncate="end" maw={480}>
        {supplier?.name ?? `#${id}`}
      </Text>
    </Breadcrumbs>
  );

  if (!suppliers.data) {
    return suppliers.error ? (
      <ErrorPanel title="The supplier could not be loaded" error={suppliers.error} onRetry={suppliers.reload} />
    ) : (
      <Stack gap="md" aria-busy="true">
        <Skeleton height={36} width={320} />
        <Skeleton height={120} />
      </Stack>
    );
  }
  if (!supplier) {
    return (
      <>
        {crumbs}
        <EmptyState
          icon={<IconTruckDelivery size={32} />}
          withIndicatorBackground
          title="There is no such supplier"
          description={
            <>
              It may have been deleted.{' '}
              <Anchor component={Link} href="/suppliers">
                See all suppliers
              </Anchor>
            </>
          }
          py={64}
        />
      </>
    );
  }

  return (
    <Stack gap="lg">
      <div>
        {crumbs}
        <PageHeader
          title={supplier.name}
          description={supplier.contact ?? 'No contact recorded'}
          actions={
            <>
              {/* Supplier performance review (ISO/IEC 20000-1 8.3.4): the review form beside the supplier's key facts. */}
              <Button component={Link} href={`/reviews/supplier/${supplier.id}`} variant="default" leftSection={<IconCalendarCheck size={16} />}>
                Review
              </Button>
              <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => supplierDialogs.edit(supplier)}>
                Edit
              </Button>
              <Button variant="default" color="red" leftSection={<IconTrash size={16} />} onClick={() => supplierDialogs.remove(supplier)}>
                Delete
              </Button>
            </>
          }
        />
      </div>
      <Paper withBorder radius="md" p="md" component="section" aria-label="Supplier review">
        {/* Who reviews the supplier and when: the inbox lists it for the manager once due. */}
        <DataList labelWidth={120} gap="sm" size="sm" withDivider>
          <DataList.Item>
            <DataList.ItemLabel c="dimmed">{supplierFieldLabels.managerId}</DataList.ItemLabel>
            <DataList.ItemValue style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
              {supplier.managerName ? (
                <Text size="sm">{supplier.managerName}</Text>
              ) : (
                <Text size="sm" c="orange" fw={500}>
                  No manager — nobody is asked to review this supplier
                </Text>
              )}
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel c="dimmed">{supplierFieldLabels.nextReviewDate}</DataList.ItemLabel>
            <DataList.ItemValue>
              <NextReviewDate date={supplier.nextReviewDate} />
            </DataList.ItemValue>
          </DataList.Item>
        </DataList>
      </Paper>
      {supplier.notes && (
        <Paper withBorder radius="md" p="md">
          <Text size="xs" tt="uppercase" fw={600} c="dimmed" mb={4}>
            {supplierFieldLabels.notes}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {supplier.notes}
          </Text>
        </Paper>
      )}
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4">
            Contracts
          </Title>
          <Button leftSection={<IconFilePlus size={16} />} onClick={contractDialogs.add}>
            Add contract
          </Button>
        </Group>
        <Paper withBorder radius="md" p="xs">
          <ListPlaceholder loaded={contracts.data !== undefined} error={contracts.error} errorTitle="Contracts could not be loaded" onRetry={contracts.reload}>
            {contracts.data && contracts.data.length > 0 ? (
              <ContractsTable
                contracts={contracts.data}
                onEdit={contractDialogs.edit}
                onDelete={contractDialogs.remove}
                onTargets={contractDialogs.targets}
                onHistory={contractDialogs.history}
                showProvider={false}
                label={`Contracts with ${supplier.name}`}
              />
            ) : (
              <EmptyState
                size="sm"
                icon={<IconFileText size={26} />}
                withIndicatorBackground
                title="No contracts with this supplier"
                description="Add the underpinning contract, with its end date and the services it supports."
                py="xl"
              />
            )}
          </ListPlaceholder>
        </Paper>
      </Stack>
      <RecordHistory entity="supplier" id={supplier.id} name={supplier.name} />
      {supplierDialogs.dialogs}
      {contractDialogs.dialogs}
    </Stack>
  );
}
