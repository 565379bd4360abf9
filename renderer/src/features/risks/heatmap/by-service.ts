import type { RiskByService } from '../../../../../shared/api/risks-api';

export { SERVICE_SORTS, sortServices, type ServiceSort } from '../../../../../shared/domain/service-risk-order';

export type ServiceRiskRow = RiskByService['services'][number];

/** The worst band a service has risks in, as an index into the bands, or -1 with none scored. */
export function worstBand(row: ServiceRiskRow): number {
  for (let band = row.byBand.length - 1; band >= 0; band -= 1) if ((row.byBand[band] ?? 0) > 0) return band;
  return -1;
}
