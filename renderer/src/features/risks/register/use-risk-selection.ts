import { useState } from 'react';
import type { RiskSummary } from '../../../../../shared/api/risks-api';

interface SelectionState {
  /** The filter and sort the selection was made in; another one starts empty. */
  key: string;
  /** Every risk matching the filter, loaded or not: bulk changes then go by the filter. */
  all: boolean;
  ids: Set<number>;
  /** The row index of the last plain click, where a shift-click range starts. */
  anchor: number | null;
}

export interface RiskSelection {
  count: number;
  all: boolean;
  ids: number[];
  /** 'some' draws the header checkbox as indeterminate. */
  headerState: 'none' | 'some' | 'all';
  isSelected: (risk: RiskSummary) => boolean;
  /** A row's checkbox: toggles it, or with shift selects the rows from the last clicked one. */
  toggle: (index: number, risk: RiskSummary, shift: boolean) => void;
  /** The header checkbox: selects every matching risk, or clears. */
  toggleAll: () => void;
  selectAllMatching: () => void;
  clear: () => void;
}

/**
 * Which rows of the register are selected for a bulk change. A new filter or sort clears it, so a
 * bulk change never reaches risks the user no longer sees.
 */
export function useRiskSelection(key: string, total: number, rowAt: (index: number) => RiskSummary | undefined): RiskSelection {
  const empty: SelectionState = { key, all: false, ids: new Set(), anchor: null };
  const [stored, setState] = useState<SelectionState>(empty);
  const state = stored.key === key ? stored : empty;

  const loadedIds = () => {
    const ids = new Set<number>();
    for (let index = 0; index < total; index += 1) {
      const risk = rowAt(index);
      if (risk) ids.add(risk.id);
    }
    return ids;
  };

  const toggle = (index: number, risk: RiskSummary, shift: boolean) => {
    // Leaving "all matching" for single rows keeps the rows that are loaded; the count in the bar shows the change.
    const ids = new Set(state.all ? loadedIds() : state.ids);
    const select = !(state.all || state.ids.has(risk.id));
    if (shift && state.anchor !== null) {
      const [from, to] = state.anchor < index ? [state.anchor, index] : [index, state.anchor];
      for (let row = from; row <= to; row += 1) {
        const id = rowAt(row)?.id;
        if (id === undefined) continue;
        if (select) ids.add(id);
        else ids.delete(id);
      }
    } else if (select) ids.add(risk.id);
    else ids.delete(risk.id);
    setState({ key, all: false, ids, anchor: index });
  };

  const count = state.all ? total : state.ids.size;
  return {
    count,
    all: state.all,
    ids: [...state.ids],
    headerState: count === 0 ? 'none' : count >= total ? 'all' : 'some',
    isSelected: (risk) => state.all || state.ids.has(risk.id),
    toggle,
    toggleAll: () => setState(count > 0 ? empty : { ...empty, all: true }),
    selectAllMatching: () => setState({ ...empty, all: true }),
    clear: () => setState(empty),
  };
}
