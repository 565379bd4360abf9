import type { SavedView } from '../../../../../shared/api/views-api';
import { normaliseColumns, type ColumnId } from './catalogue-columns';
import { buildCatalogueQuery, parseCatalogueQuery, type CatalogueState } from './catalogue-query';

/** What a saved view of the catalogue keeps: the hash query (filters, sort, layout) and the columns. */
export interface CatalogueViewState {
  version: 1;
  query: string;
  columns: ColumnId[];
}

export function toViewState(state: CatalogueState, columns: readonly ColumnId[]): CatalogueViewState {
  return { version: 1, query: buildCatalogueQuery(state), columns: [...columns] };
}

/** A stored view read back defensively: it is JSON from the file and may be from another version. */
export function fromViewState(view: SavedView): { state: CatalogueState; columns: ColumnId[] } {
  const raw = (typeof view.state === 'object' && view.state !== null ? view.state : {}) as Partial<Record<keyof CatalogueViewState, unknown>>;
  return {
    state: parseCatalogueQuery(typeof raw.query === 'string' ? raw.query : ''),
    columns: normaliseColumns(raw.columns),
  };
}

/** True when the screen shows exactly what the view saved (the view's name is then shown as current). */
export function viewMatches(view: SavedView, state: CatalogueState, columns: readonly ColumnId[]): boolean {
  const saved = fromViewState(view);
  return buildCatalogueQuery(saved.state) === buildCatalogueQuery(state) && saved.columns.join() === normaliseColumns(columns).join();
}
