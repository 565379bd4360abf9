import { useState, type ReactNode } from 'react';
import type { Supplier } from '../../../../shared/api/suppliers-api';
import { useApiAction } from '../../api/use-api-action';
import { ConfirmDeleteModal } from '../../ui/ConfirmDeleteModal';
import { SupplierFormModal } from './SupplierFormModal';

type Dialog = { kind: 'form'; supplier: Supplier | null; serial: number } | { kind: 'delete'; supplier: Supplier; serial: number } | null;

/** The add, edit and delete dialogs of suppliers. */
export function useSupplierDialogs(options: { onCreated?: (supplier: Supplier) => void; onDeleted?: () => void } = {}): {
  add: () => void;
  edit: (supplier: Supplier) => void;
  remove: (supplier: Supplier) => void;
  dialogs: ReactNode;
} {
  const [dialog, setDialog] = useState<Dialog>(null);
  const remove = useApiAction('suppliers.delete', { success: ({ deleted }) => `Deleted ${deleted.name}`, failure: null /* the dialog shows the refusal */ });
  const next = (previous: Dialog) => (previous?.serial ?? 0) + 1;
  const close = () => setDialog(null);

  const confirmDelete = async (supplier: Supplier) => {
    const outcome = await remove.run({ id: supplier.id });
    if (outcome.ok) options.onDeleted?.();
    return outcome;
  };

  return {
    add: () => setDialog((previous) => ({ kind: 'form', supplier: null, serial: next(previous) })),
    edit: (supplier) => setDialog((previous) => ({ kind: 'form', supplier, serial: next(previous) })),
    remove: (supplier) => setDialog((previous) => ({ kind: 'delete', supplier, serial: next(previous) })),
    dialogs:
      dialog?.kind === 'form' ? (
        <SupplierFormModal key={dialog.serial} supplier={dialog.supplier} onClose={close} onCreated={options.onCreated} />
      ) : dialog?.kind === 'delete' ? (
        <ConfirmDeleteModal
          key={dialog.serial}
          title={`Delete ${dialog.supplier.name}?`}
          confirmLabel="Delete supplier"
          running={remove.running}
          onConfirm={() => confirmDelete(dialog.supplier)}
          onClose={close}
        >
          A supplier can only be deleted once no contract or risk refers to it. The audit trail keeps a copy.
        </ConfirmDeleteModal>
      ) : null,
  };
}
