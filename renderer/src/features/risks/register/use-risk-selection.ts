import { useState } from 'react';
import type { RiskSummary } from '../../../../../shared/api/risks-api';

interface SelectionState {
  /** The filter and sort the selection was made in; another one starts empty. */
  key: string;
  /** Every risk matching the filter, loaded or not: bulk changes then go by the filter. */
  all: boolean;
  ids: Set<number>;
  /** With `all`: the matching risks unticked since, left out of the change. */
  except: Set<number>;
  /** The row index of the last plain click, where a shift-click range starts. */
  anchor: number | null;
}

export interface RiskSelection {
  count: number;
  all: boolean;
  ids: number[];
  /** With `all`: the ids left out. */
  except: number[];
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
  const empty: SelectionState = { key, all: false, ids: new Set(), except: new Set(), anchor: null };
  const [stored, setState] = useState<SelectionState>(empty);
  const state = stored.key === key ? stored : empty;

  const selected = (id: number) => (state.all ? !state.except.has(id) : state.ids.has(id));

  const toggle = (index: number, risk: RiskSummary, shift: boolean) => {
    const select = !selected(risk.id);
    // In "all matching" mode an untick is remembered as left out, so unloaded rows stay selected.
    const ids = new Set(state.ids);
    const except = new Set(state.except);
    const mark = (id: number) => {
      if (state.all) {
        if (select) except.delete(id);
        else except.add(id);
      } else if (select) ids.add(id);
      else ids.delete(id);
    };
    if (shift && state.anchor !== null) {
      const [from, to] = state.anchor < index ? [state.anchor, index] : [index, state.anchor];
      for (let row = from; row <= to; row += 1) {
        const id = rowAt(row)?.id;
        if (id !== undefined) mark(id);
      }
    } else mark(risk.id);
    setState({ key, all: state.all, ids, except, anchor: index });
  };

  const count = state.all ? Math.max(0, total - state.except.size) : state.ids.size;
  return {
    count,
    all: state.all,
    ids: [...state.ids],
    except: [...state.except],
    headerState: count === 0 ? 'none' : count >= total ? 'all' : 'some',
    isSelected: (risk) => selected(risk.id),
    toggle,
    toggleAll: () => setState(count > 0 ? empty : { ...empty, all: true }),
    selectAllMatching: () => setState({ ...empty, all: true }),
    clear: () => setState(empty),
  };
}
