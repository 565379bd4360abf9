import type { SavedView } from '../../../../../shared/api/views-api';
import { normaliseRiskColumns, type RiskColumnId } from './risk-columns';
import { parseRegister, registerPath, type RegisterState } from './register-query';

/** The views.* screen name of the register. */
export const RISK_VIEWS_SCREEN = 'risks';

/** What a saved view of the register keeps: the hash query (filters, sort, basis) and the columns. */
export interface RegisterViewState {
  version: 1;
  query: string;
  columns: RiskColumnId[];
}

const queryOf = (state: RegisterState) => registerPath(state).split('?')[1] ?? '';

export function toRegisterView(state: RegisterState, columns: readonly RiskColumnId[]): RegisterViewState {
  return { version: 1, query: queryOf(state), columns: [...columns] };
}

/** A stored view read back defensively: it is JSON from the file and may be from another version. */
export function fromRegisterView(view: SavedView): { state: RegisterState; columns: RiskColumnId[] } {
  const raw = (typeof view.state === 'object' && view.state !== null ? view.state : {}) as Partial<Record<keyof RegisterViewState, unknown>>;
  return { state: parseRegister(typeof raw.query === 'string' ? raw.query : ''), columns: normaliseRiskColumns(raw.columns) };
}

/** True when the register shows exactly what the view saved. */
export function registerViewMatches(view: SavedView, state: RegisterState, columns: readonly RiskColumnId[]): boolean {
  const saved = fromRegisterView(view);
  return queryOf(saved.state) === queryOf(state) && saved.columns.join() === normaliseRiskColumns(columns).join();
}
