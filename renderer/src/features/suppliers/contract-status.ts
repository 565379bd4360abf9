import type { Contract } from '../../../../shared/api/suppliers-api';

/** Contracts ending within this many days are flagged, here and on the dashboard. */
export const ENDING_SOON_DAYS = 90;

export interface ContractStatus {
  kind: 'ended' | 'ending' | 'active' | 'open-ended';
  label: string;
  color: string;
}

/**
 * How a contract stands on its end date: ended (red), ending within 90 days (orange, "ends in N
 * days"), running (teal), or without an end date (grey: nothing to renew, but worth a look).
 */
export function contractStatus(daysToEnd: Contract['daysToEnd']): ContractStatus {
  if (daysToEnd === null) return { kind: 'open-ended', label: 'No end date', color: 'gray' };
  if (daysToEnd < 0) return { kind: 'ended', label: daysToEnd === -1 ? 'Ended yesterday' : `Ended ${-daysToEnd} days ago`, color: 'red' };
  if (daysToEnd <= ENDING_SOON_DAYS) {
    const label = daysToEnd === 0 ? 'Ends today' : daysToEnd === 1 ? 'Ends tomorrow' : `Ends in ${daysToEnd} days`;
    return { kind: 'ending', label, color: 'orange' };
  }
  return { kind: 'active', label: 'Active', color: 'teal' };
}

export const CONTRACT_KIND_LABEL: Record<Contract['kind'], string> = { underpinning: 'Underpinning contract', ola: 'OLA' };
export const CONTRACT_KIND_SHORT: Record<Contract['kind'], string> = { underpinning: 'Contract', ola: 'OLA' };

/** Who provides a contract: the supplier, or for an OLA the internal team. */
export function providerOf(contract: Pick<Contract, 'kind' | 'supplierName' | 'internalTeam'>): string {
  return (contract.kind === 'ola' ? contract.internalTeam : contract.supplierName) ?? '—';
}

/** Where a contract is shown: the contracts list, scrolled to and marking it. */
export function pathForContract(id: number): string {
  return `/suppliers/contracts?focus=${id}`;
}
