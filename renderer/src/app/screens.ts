import {
  IconCalendarCheck,
  IconFileCertificate,
  IconLayoutDashboard,
  IconListCheck,
  IconPresentationAnalytics,
  IconSettings,
  IconShieldExclamation,
  IconStack2,
  IconTruckDelivery,
  type Icon,
} from '@tabler/icons-react';

export type ScreenId = 'dashboard' | 'services' | 'suppliers' | 'slas' | 'risks' | 'actions' | 'reviews' | 'management-review' | 'settings';

export interface Screen {
  id: ScreenId;
  /** The route, also the start of the hash: `#/risks`. */
  path: string;
  label: string;
  icon: Icon;
  /** One line for the command palette. */
  description: string;
}

/** The screens in navigation order; the navigation bar and the command palette both read this. */
export const screens: readonly Screen[] = [
  { id: 'dashboard', path: '/', label: 'Dashboard', icon: IconLayoutDashboard, description: 'Figures and the reviews that are due' },
  { id: 'services', path: '/services', label: 'Services', icon: IconStack2, description: 'The service catalogue' },
  {
    id: 'suppliers',
    path: '/suppliers',
    label: 'Suppliers',
    icon: IconTruckDelivery,
    description: 'Suppliers, underpinning contracts and OLAs (ISO/IEC 20000-1 8.3.4)',
  },
  { id: 'slas', path: '/slas', label: 'SLAs', icon: IconFileCertificate, description: 'Service level agreements and their results' },
  { id: 'risks', path: '/risks', label: 'Risks', icon: IconShieldExclamation, description: 'The risk register and heat map' },
  { id: 'actions', path: '/actions', label: 'Actions', icon: IconListCheck, description: 'Improvement and treatment actions: owners, due dates, progress' },
  { id: 'reviews', path: '/reviews', label: 'Reviews', icon: IconCalendarCheck, description: 'Reviews due and done' },
  {
    id: 'management-review',
    path: '/management-review',
    label: 'Management review',
    icon: IconPresentationAnalytics,
    description: 'ISO/IEC 20000-1 9.3 review packs',
  },
  { id: 'settings', path: '/settings', label: 'Settings', icon: IconSettings, description: 'Organisation, people, risk matrix, backups, audit trail' },
];

/** The screen a route belongs to (`/settings/people` → settings), or null. */
export function screenForPath(path: string): Screen | null {
  if (path === '/' || path === '') return screens[0] ?? null;
  return screens.find((screen) => screen.path !== '/' && (path === screen.path || path.startsWith(`${screen.path}/`))) ?? null;
}

/** Where a record found by the palette is shown: its own page where there is one, else its list. */
export function pathForRecord(kind: 'service' | 'sla' | 'risk' | 'person' | 'supplier', id: number): string {
  switch (kind) {
    case 'service':
      return `/services/${id}`;
    case 'sla':
      return `/slas/${id}`;
    case 'risk':
      return `/risks/${id}`;
    case 'person':
      return `/settings/people?focus=${id}`;
    case 'supplier':
      return `/suppliers/${id}`;
  }
}
