import { useState, type ReactNode } from 'react';
import type { Contract } from '../../../../shared/api/suppliers-api';
import { useApiAction } from '../../api/use-api-action';
import { ConfirmDeleteModal } from '../../ui/ConfirmDeleteModal';
import { ContractFormModal } from './ContractFormModal';
import { ContractTargetsModal } from '../slas';
import { ContractHistoryModal } from './ContractHistoryModal';

type Dialog =
  | { kind: 'form'; contract: Contract | null; serial: number }
  | { kind: 'delete'; contract: Contract; serial: number }
  | { kind: 'targets'; contract: Contract; serial: number }
  | { kind: 'history'; contract: Contract; serial: number }
  | null;

/** The add, edit, delete, targets and history dialogs of contracts, for any screen that lists them. */
export function useContractDialogs(options: { supplierId?: number | null } = {}): {
  add: () => void;
  edit: (contract: Contract) => void;
  remove: (contract: Contract) => void;
  targets: (contract: Contract) => void;
  history: (contract: Contract) => void;
  dialogs: ReactNode;
} {
  const [dialog, setDialog] = useState<Dialog>(null);
  const remove = useApiAction('contracts.delete', { success: ({ deleted }) => `Deleted ${deleted.title}`, failure: null /* the dialog shows the refusal */ });
  // A fresh form each time a dialog opens, so a cancelled edit leaves nothing behind.
  const next = (previous: Dialog) => (previous?.serial ?? 0) + 1;
  const close = () => setDialog(null);

  return {
    add: () => setDialog((previous) => ({ kind: 'form', contract: null, serial: next(previous) })),
    edit: (contract) => setDialog((previous) => ({ kind: 'form', contract, serial: next(previous) })),
    remove: (contract) => setDialog((previous) => ({ kind: 'delete', contract, serial: next(previous) })),
    targets: (contract) => setDialog((previous) => ({ kind: 'targets', contract, serial: next(previous) })),
    history: (contract) => setDialog((previous) => ({ kind: 'history', contract, serial: next(previous) })),
    dialogs:
      dialog?.kind === 'form' ? (
        <ContractFormModal key={dialog.serial} contract={dialog.contract} supplierId={options.supplierId ?? null} onClose={close} />
      ) : dialog?.kind === 'delete' ? (
        <ConfirmDeleteModal
          key={dialog.serial}
          title={`Delete ${dialog.contract.title}?`}
          confirmLabel="Delete contract"
          running={remove.running}
          onConfirm={() => remove.run({ id: dialog.contract.id })}
          onClose={close}
        >
          The {dialog.contract.kind === 'ola' ? 'OLA' : 'contract'} and its links to{' '}
          {dialog.contract.services.length === 1 ? '1 service' : `${dialog.contract.services.length} services`} are removed. The services themselves stay. The
          audit trail keeps a copy.
        </ConfirmDeleteModal>
      ) : dialog?.kind === 'targets' ? (
        <ContractTargetsModal key={dialog.serial} contract={dialog.contract} onClose={close} />
      ) : dialog?.kind === 'history' ? (
        <ContractHistoryModal key={dialog.serial} contract={dialog.contract} onClose={close} />
      ) : null,
  };
}
