import type { ActionSummary } from '../../../../shared/api/sla-reviews-api';
import { useApiQuery } from '../../api/use-api-query';
import type { ActionFilters } from './actions-query';

export interface SourceLabel {
  name: 'sla' | 'risk' | 'service';
  text: string;
}

/**
 * The record the list is narrowed to, by code and name. A row on screen names it; when no row
 * does (a filter that matches nothing) the record itself is asked for.
 */
export function useSourceLabel(filters: ActionFilters, rows: ActionSummary[]): SourceLabel | null {
  const slaRow = filters.slaId === null ? undefined : rows.find((row) => row.sla?.id === filters.slaId)?.sla;
  const riskRow = filters.riskId === null ? undefined : rows.find((row) => row.risk?.id === filters.riskId)?.risk;
  const serviceRow = filters.serviceId === null ? undefined : rows.find((row) => row.service?.id === filters.serviceId)?.service;
  const sla = useApiQuery('slas.get', filters.slaId !== null && !slaRow ? { id: filters.slaId } : null);
  const risk = useApiQuery('risks.get', filters.riskId !== null && !riskRow ? { id: filters.riskId } : null);
  const service = useApiQuery('services.get', filters.serviceId !== null && !serviceRow ? { id: filters.serviceId } : null);

  if (filters.slaId !== null) {
    const found = slaRow ?? sla.data;
    return { name: 'sla', text: found ? `SLA ${found.code} ${found.name}` : `SLA #${filters.slaId}` };
  }
  if (filters.riskId !== null) {
    const found = riskRow ?? risk.data;
    return { name: 'risk', text: found ? `Risk ${found.code} ${found.title}` : `Risk #${filters.riskId}` };
  }
  if (filters.serviceId !== null) {
    const found = serviceRow ?? service.data;
    return { name: 'service', text: found ? `Service ${found.code} ${found.name}` : `Service #${filters.serviceId}` };
  }
  return null;
}
