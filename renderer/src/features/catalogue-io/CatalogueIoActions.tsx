import { Button, Group, Menu, type MantineSize } from '@mantine/core';
import { IconChevronDown, IconFileExport, IconFileImport, IconFileSpreadsheet, IconFileTypeCsv, IconPrinter } from '@tabler/icons-react';
import { Link, useLocation, useSearch } from 'wouter';
import { useExportServices } from './use-export-services';

/** Where the import and the document send people back to: the screen they came from. */
function withBack(path: string, back: string): string {
  return `${path}?back=${encodeURIComponent(back)}`;
}

/**
 * Import…, Export ▸ CSV / Excel and the printable catalogue document, as one group of buttons
 * for the services table toolbar (and, until that exists, the dashboard's catalogue card).
 */
export function CatalogueIoActions({ size = 'sm' }: { size?: MantineSize }) {
  const [location] = useLocation();
  const search = useSearch();
  const back = search ? `${location}?${search}` : location;
  const exporter = useExportServices();
  const iconSize = size === 'xs' ? 14 : 16;

  return (
    <Group gap="xs" wrap="wrap">
      <Button component={Link} href={withBack('/services/import', back)} variant="default" size={size} leftSection={<IconFileImport size={iconSize} />}>
        Import…
      </Button>
      <Menu position="bottom-start" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            size={size}
            leftSection={<IconFileExport size={iconSize} />}
            rightSection={<IconChevronDown size={iconSize} />}
            loading={exporter.running}
          >
            Export
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>The whole catalogue as</Menu.Label>
          <Menu.Item leftSection={<IconFileTypeCsv size={16} />} onClick={() => void exporter.run('csv')}>
            CSV (.csv)
          </Menu.Item>
          <Menu.Item leftSection={<IconFileSpreadsheet size={16} />} onClick={() => void exporter.run('xlsx')}>
            Excel (.xlsx)
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Button
        component={Link}
        href={withBack('/services/catalogue-document', back)}
        variant="default"
        size={size}
        leftSection={<IconPrinter size={iconSize} />}
      >
        Catalogue document
      </Button>
    </Group>
  );
}
