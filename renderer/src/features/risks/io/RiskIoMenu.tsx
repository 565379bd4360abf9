import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconFileExport, IconFileImport, IconFileSpreadsheet, IconFileTypeCsv, IconFilter } from '@tabler/icons-react';
import { useLocation, useSearch } from 'wouter';
import type { RiskFilter } from '../../../../../shared/api/risks-api';
import { useExportRisks, type ExportFormat } from './use-export-risks';

/**
 * Import… and Export ▸ CSV / Excel, of the filtered register or all of it, as one menu for the
 * register's header. The import comes back to the register as it was filtered.
 */
export function RiskIoMenu({ filter }: { filter: RiskFilter }) {
  const [location, navigate] = useLocation();
  const search = useSearch();
  const back = search ? `${location}?${search}` : location;
  const exporter = useExportRisks();
  const filtered = Object.keys(filter).length > 0;
  const item = (format: ExportFormat, scope: RiskFilter | undefined, label: string) => (
    <Menu.Item
      leftSection={format === 'csv' ? <IconFileTypeCsv size={16} /> : <IconFileSpreadsheet size={16} />}
      onClick={() => void exporter.run(format, scope)}
    >
      {label}
    </Menu.Item>
  );

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconFileExport size={16} />} rightSection={<IconChevronDown size={16} />} loading={exporter.running}>
          Import / Export
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconFileImport size={16} />} onClick={() => navigate(`/risks/import?back=${encodeURIComponent(back)}`)}>
          Import from a file…
        </Menu.Item>
        <Menu.Divider />
        {filtered && (
          <>
            <Menu.Label>
              <IconFilter size={12} style={{ verticalAlign: -1 }} /> The filtered risks as
            </Menu.Label>
            {item('csv', filter, 'Filtered: CSV (.csv)')}
            {item('xlsx', filter, 'Filtered: Excel (.xlsx)')}
            <Menu.Divider />
          </>
        )}
        <Menu.Label>The whole register as</Menu.Label>
        {item('csv', undefined, 'CSV (.csv)')}
        {item('xlsx', undefined, 'Excel (.xlsx)')}
      </Menu.Dropdown>
    </Menu>
  );
}
