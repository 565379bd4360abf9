import type { ServiceDetail } from '../../../../shared/api/services-api';

export interface CatalogueSection {
  /** A stable anchor for the contents (and the PDF's internal links). */
  id: string;
  title: string;
  services: ServiceDetail[];
}

const NO_CATEGORY = 'Other services';

/** Live services grouped by category, categories A–Z with the uncategorised ones last, services by name. */
export function catalogueSections(services: readonly ServiceDetail[]): CatalogueSection[] {
  const byCategory = new Map<string | null, ServiceDetail[]>();
  for (const service of services) {
    const key = service.category?.trim() || null;
    byCategory.set(key, [...(byCategory.get(key) ?? []), service]);
  }
  const compare = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true }).compare;
  const keys = [...byCategory.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : compare(a, b)));
  return keys.map((key, index) => ({
    id: `catalogue-section-${index + 1}`,
    title: key ?? NO_CATEGORY,
    services: [...byCategory.get(key)!].sort((a, b) => compare(a.name, b.name) || compare(a.code, b.code)),
  }));
}
