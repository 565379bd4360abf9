import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconClockExclamation, IconFileImport, IconTable } from '@tabler/icons-react';
import { useLocation } from 'wouter';

/** The route of an SLA import that returns to `back` when done or cancelled. */
export function slaImportPath(kind: 'measurements' | 'outages', back: string): string {
  return `/slas/import/${kind}?${new URLSearchParams({ back }).toString()}`;
}

/** "Import ▾": period results or an outage log, each returning to the screen it was opened from. */
export function SlaImportMenu({ back, variant = 'default' }: { back: string; variant?: 'default' | 'light' }) {
  const [, navigate] = useLocation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant={variant} leftSection={<IconFileImport size={16} />} rightSection={<IconChevronDown size={14} />}>
          Import
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>From a CSV or Excel file</Menu.Label>
        <Menu.Item leftSection={<IconTable size={16} />} onClick={() => navigate(slaImportPath('measurements', back))}>
          Results per month…
        </Menu.Item>
        <Menu.Item leftSection={<IconClockExclamation size={16} />} onClick={() => navigate(slaImportPath('outages', back))}>
          Outages (availability)…
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
