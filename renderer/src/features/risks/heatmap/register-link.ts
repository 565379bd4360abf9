import type { HeatmapCell, RiskBasis } from '../../../../../shared/domain/risk-matrix';
import { parseRegister, registerPath } from '../register/register-query';
import type { HeatmapsState } from './heatmaps-query';

/**
 * The register's address for one cell with the heat maps' filters. The register has no service
 * filter, so a service filter is left behind (the grid says so under it).
 */
export function registerPathForCell(state: HeatmapsState, basis: RiskBasis, cell: Pick<HeatmapCell, 'likelihood' | 'impact'>): string {
  return registerPath({
    ...parseRegister(''),
    statuses: state.statuses,
    ownerIds: state.ownerIds,
    categories: state.categories,
    basis,
    cell: { basis, likelihood: cell.likelihood, impact: cell.impact },
  });
}
