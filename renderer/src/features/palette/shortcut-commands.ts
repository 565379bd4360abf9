import { IconAlertTriangle, IconChartGridDots, IconChecklist, IconFileImport, IconGridDots, IconPlus, IconTableHeart, type Icon } from '@tabler/icons-react';

/** A palette entry that goes straight to a place deeper than a screen: a form, an import, a view. */
export interface ShortcutCommand {
  id: string;
  label: string;
  description: string;
  keywords: string[];
  icon: Icon;
  path: string;
}

/** The things people do most, one step away from anywhere (Ctrl+K, type, Enter). */
export const shortcutCommands: readonly ShortcutCommand[] = [
  {
    id: 'new:service',
    label: 'New service',
    description: 'Add a service to the catalogue',
    keywords: ['create', 'add', 'catalogue'],
    icon: IconPlus,
    path: '/services/new',
  },
  {
    id: 'new:sla',
    label: 'New SLA',
    description: 'Agree service levels for a service and customer',
    keywords: ['create', 'add', 'agreement', 'target'],
    icon: IconPlus,
    path: '/slas/new',
  },
  { id: 'new:risk', label: 'New risk', description: 'Add a risk to the register', keywords: ['create', 'add', 'register'], icon: IconPlus, path: '/risks/new' },
  {
    id: 'import:services',
    label: 'Import services…',
    description: 'From a CSV or Excel file',
    keywords: ['csv', 'xlsx', 'excel', 'catalogue'],
    icon: IconFileImport,
    path: '/services/import',
  },
  {
    id: 'import:risks',
    label: 'Import risks…',
    description: 'A register from a CSV or Excel file, text ratings mapped',
    keywords: ['csv', 'xlsx', 'excel', 'register'],
    icon: IconFileImport,
    path: '/risks/import',
  },
  {
    id: 'import:measurements',
    label: 'Import SLA results…',
    description: 'Monthly results or ticket counts from a CSV or Excel file',
    keywords: ['csv', 'xlsx', 'measurements', 'tickets'],
    icon: IconFileImport,
    path: '/slas/import/measurements',
  },
  {
    id: 'import:outages',
    label: 'Import outages…',
    description: 'Availability computed within service hours',
    keywords: ['csv', 'xlsx', 'availability', 'downtime'],
    icon: IconFileImport,
    path: '/slas/import/outages',
  },
  {
    id: 'view:heatmaps',
    label: 'Risk heat maps',
    description: 'Grid, movement, comparison with a date, by service',
    keywords: ['heatmap', 'movement', 'compare'],
    icon: IconChartGridDots,
    path: '/risks/heatmaps',
  },
  {
    id: 'view:attainment',
    label: 'SLA attainment strip',
    description: 'Every service × the last twelve months',
    keywords: ['portfolio', 'breaches', 'sla'],
    icon: IconTableHeart,
    path: '/slas/portfolio',
  },
  {
    id: 'view:overdue-actions',
    label: 'Overdue actions',
    description: 'Improvement and treatment actions past their due date',
    keywords: ['late', 'actions', 'follow up'],
    icon: IconAlertTriangle,
    path: '/actions?overdue=1',
  },
  {
    id: 'view:risk-matrix',
    label: 'Risk matrix settings',
    description: 'Settings › Risk matrix: scales, bands, appetite',
    keywords: ['scoring', 'appetite', 'bands', 'likelihood', 'impact'],
    icon: IconGridDots,
    path: '/settings/risk-matrix',
  },
  {
    id: 'view:open-actions',
    label: 'All actions',
    description: 'Follow up what reviews and risk treatments raised',
    keywords: ['improvement', 'treatment'],
    icon: IconChecklist,
    path: '/actions',
  },
];
