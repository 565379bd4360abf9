import type { HeatmapCell, RiskBasis } from '../../../../../shared/domain/risk-matrix';
import { parseRegister, registerPath } from '../register/register-query';
import type { HeatmapsState } from './heatmaps-query';

/** The register's address for one cell with the heat maps' filters. */
export function registerPathForCell(state: HeatmapsState, basis: RiskBasis, cell: Pick<HeatmapCell, 'likelihood' | 'impact'>): string {
  return registerPath({
    ...parseRegister(''),
    statuses: state.statuses,
    ownerIds: state.ownerIds,
    categories: state.categories,
    serviceIds: state.serviceIds,
    basis,
    cell: { basis, likelihood: cell.likelihood, impact: cell.impact },
  });
}

/** The register filtered to one service's risks. */
export function registerPathForService(serviceId: number): string {
  return registerPath({ ...parseRegister(''), serviceIds: [serviceId] });
}
