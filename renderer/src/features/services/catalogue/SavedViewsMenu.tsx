import { SavedViewsMenu as SharedSavedViewsMenu } from '../../../ui/SavedViewsMenu';
import type { ColumnId } from './catalogue-columns';
import type { CatalogueState } from './catalogue-query';
import { fromViewState, toViewState, viewMatches } from './saved-view-state';

export const VIEWS_SCREEN = 'services';

interface SavedViewsMenuProps {
  state: CatalogueState;
  columns: ColumnId[];
  onApply: (state: CatalogueState, columns: ColumnId[]) => void;
}

/** Named catalogue setups: pick one to apply it, save the current one, delete old ones. */
export function SavedViewsMenu({ state, columns, onApply }: SavedViewsMenuProps) {
  return (
    <SharedSavedViewsMenu
      screen={VIEWS_SCREEN}
      state={toViewState(state, columns)}
      isCurrent={(view) => viewMatches(view, state, columns)}
      onApply={(view) => {
        const applied = fromViewState(view);
        onApply(applied.state, applied.columns);
      }}
      wording={{ keeps: 'filters, search, sort, columns and layout', example: 'Live tier 1 services', records: 'The services' }}
    />
  );
}
