import { Modal } from '@mantine/core';
import type { Contract } from '../../../../shared/api/suppliers-api';
import { RecordHistory } from '../audit';

/** A contract has no page of its own, so its history opens over the list it is in. */
export function ContractHistoryModal({ contract, onClose }: { contract: Contract; onClose: () => void }) {
  return (
    <Modal opened onClose={onClose} title={`History of ${contract.title}`} size="xl">
      <RecordHistory entity="contract" id={contract.id} name={contract.title} />
    </Modal>
  );
}
