import { contractCreateSchema, type Contract, type ContractKind } from '../../../../shared/api/suppliers-api';
import type { MethodInput } from '../../../../shared/api/contract';

/** What the contract form holds: select values are strings, empty inputs are ''. */
export interface ContractFormValues {
  kind: ContractKind;
  title: string;
  supplierId: string | null;
  internalTeam: string;
  startDate: string;
  endDate: string;
  noticeDays: number | string;
  targetsText: string;
  serviceIds: string[];
}

export const CONTRACT_FIELD_LABELS: Record<string, string> = {
  kind: 'Type',
  title: 'Title',
  supplierId: 'Supplier',
  internalTeam: 'Internal team',
  startDate: 'Start date',
  endDate: 'End date',
  noticeDays: 'Notice period',
  targetsText: 'Targets',
  serviceIds: 'Services',
};

/** The form's starting values: a contract to edit, or a new one (for a supplier, when given). */
export function initialContractValues(contract: Contract | null, supplierId: number | null = null): ContractFormValues {
  return {
    kind: contract?.kind ?? 'underpinning',
    title: contract?.title ?? '',
    supplierId: contract?.supplierId != null ? String(contract.supplierId) : supplierId !== null ? String(supplierId) : null,
    internalTeam: contract?.internalTeam ?? '',
    startDate: contract?.startDate ?? '',
    endDate: contract?.endDate ?? '',
    noticeDays: contract?.noticeDays ?? '',
    targetsText: contract?.targetsText ?? '',
    serviceIds: contract?.services.map((service) => String(service.id)) ?? [],
  };
}

/** The API input for the form's values; the field of the other type is cleared, as the host stores it. */
export function contractInput(values: ContractFormValues): MethodInput<'contracts.create'> {
  const notice = typeof values.noticeDays === 'number' ? values.noticeDays : values.noticeDays.trim() === '' ? null : Number(values.noticeDays);
  return {
    kind: values.kind,
    title: values.title,
    supplierId: values.kind === 'underpinning' && values.supplierId ? Number(values.supplierId) : null,
    internalTeam: values.kind === 'ola' ? values.internalTeam : null,
    startDate: values.startDate || null,
    endDate: values.endDate || null,
    noticeDays: notice,
    targetsText: values.targetsText,
    serviceIds: values.serviceIds.map(Number),
  };
}

/**
 * Check the form with the API's own schema (including its rules across fields: supplier or team,
 * end not before start), so the browser never accepts what the host would refuse.
 */
export function validateContract(values: ContractFormValues): Record<string, string> {
  const checked = contractCreateSchema.safeParse(contractInput(values));
  if (checked.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of checked.error.issues) {
    const field = String(issue.path[0] ?? 'title');
    if (!errors[field]) errors[field] = `${CONTRACT_FIELD_LABELS[field] ?? field} ${issue.message}`;
  }
  return errors;
}
