import { Tabs } from '@mantine/core';
import { IconBuildingStore, IconFileText } from '@tabler/icons-react';
import { useLocation, useParams } from 'wouter';
import { PageHeader } from '../../ui/PageHeader';
import { ContractsTab } from './ContractsTab';
import { SupplierDetail } from './SupplierDetail';
import { SuppliersTab } from './SuppliersTab';

/**
 * Suppliers and the contracts behind the services (ISO/IEC 20000-1 8.3.4). The tab or the
 * supplier is part of the address: `#/suppliers`, `#/suppliers/contracts`, `#/suppliers/3`.
 */
export function SuppliersScreen() {
  const { section } = useParams<{ section?: string }>();
  const [, navigate] = useLocation();
  if (section && /^\d+$/.test(section)) return <SupplierDetail id={Number(section)} />;
  const active = section === 'contracts' ? 'contracts' : 'suppliers';

  return (
    <>
      <PageHeader title="Suppliers" description="Who supports your services, under which underpinning contract or OLA, and when each one ends." />
      <Tabs value={active} onChange={(value) => navigate(value === 'contracts' ? '/suppliers/contracts' : '/suppliers')} keepMounted={false}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="suppliers" leftSection={<IconBuildingStore size={16} />}>
            Suppliers
          </Tabs.Tab>
          <Tabs.Tab value="contracts" leftSection={<IconFileText size={16} />}>
            Contracts &amp; OLAs
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="suppliers">
          <SuppliersTab />
        </Tabs.Panel>
        <Tabs.Panel value="contracts">
          <ContractsTab />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
