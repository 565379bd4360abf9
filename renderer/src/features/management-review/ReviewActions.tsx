import { Button, Group, Menu, Modal, Select, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconDownload, IconLock, IconPencil, IconPlayerPlay, IconSignature } from '@tabler/icons-react';
import { useState } from 'react';
import type { ManagementReview } from '../../../../shared/api/management-reviews-api';
import type { Person } from '../../../../shared/api/people-api';
import type { PackFormat, PaperSize } from '../../../../shared/api/review-pack-api';
import { useApiAction } from '../../api/use-api-action';
import { downloadFile } from '../../lib/download-file';

/** Start, hold, close and export: what the review's status allows. */
export function ReviewActions({ review, people, onEdit }: { review: ManagementReview; people: Person[]; onEdit: () => void }) {
  const start = useApiAction('managementReviews.start', { success: 'Preparation started', failure: 'Could not start the preparation' });
  const hold = useApiAction('managementReviews.hold', { success: 'Review held: its inputs are frozen', failure: 'Could not mark the review held' });
  const close = useApiAction('managementReviews.close', { success: 'Review closed and signed off', failure: 'Could not close the review' });
  const pack = useApiAction('managementReviews.pack', { success: (file) => `Saved ${file.fileName}`, failure: 'Could not make the pack', invalidate: false });
  const [confirmHold, setConfirmHold] = useState(false);
  const [signing, setSigning] = useState(false);
  const [signer, setSigner] = useState<string | null>(review.chairId ? String(review.chairId) : null);
  const exportPack = async (format: PackFormat, paper: PaperSize = 'A4') => {
    const outcome = await pack.run({ id: review.id, format, paper });
    if (outcome.ok) downloadFile(outcome.value);
  };
  const editable = review.status === 'planned' || review.status === 'in_preparation';
  return (
    <Group gap="sm">
      {editable && (
        <Button variant="default" leftSection={<IconPencil size={16} />} onClick={onEdit}>
          Edit
        </Button>
      )}
      {review.status === 'planned' && (
        <Button variant="light" leftSection={<IconPlayerPlay size={16} />} loading={start.running} onClick={() => void start.run({ id: review.id })}>
          Start preparation
        </Button>
      )}
      {editable && (
        <Button leftSection={<IconLock size={16} />} onClick={() => setConfirmHold(true)}>
          Mark held
        </Button>
      )}
      {review.status === 'held' && (
        <Button leftSection={<IconSignature size={16} />} onClick={() => setSigning(true)}>
          Close and sign off
        </Button>
      )}
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" leftSection={<IconDownload size={16} />} rightSection={<IconChevronDown size={14} />} loading={pack.running}>
            Export pack
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => void exportPack('pdf', 'A4')}>PDF (A4)</Menu.Item>
          <Menu.Item onClick={() => void exportPack('pdf', 'LETTER')}>PDF (US Letter)</Menu.Item>
          <Menu.Item onClick={() => void exportPack('docx')}>Word (.docx), editable copy</Menu.Item>
          <Menu.Item onClick={() => void exportPack('xlsx')}>Excel (.xlsx), every table</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {confirmHold && (
        <Modal opened onClose={() => setConfirmHold(false)} title="Mark the review held?">
          <Stack>
            <Text size="sm">
              Every input and narrative is frozen as it is now, with its SHA-256, and stays exactly so whatever changes later in the workspace. Decisions can
              still be added until the review is closed.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirmHold(false)}>
                Cancel
              </Button>
              <Button
                loading={hold.running}
                onClick={async () => {
                  if ((await hold.run({ id: review.id })).ok) setConfirmHold(false);
                }}
              >
                Mark held
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
      {signing && (
        <Modal opened onClose={() => setSigning(false)} title="Close and sign off">
          <Stack>
            <Text size="sm">
              Closing needs an owner and a due date on every decision and the chair’s sign-off
              {review.independentChair ? ', by someone other than the preparer' : ''}. The decisions’ actions stay tracked in the Actions list.
            </Text>
            <Select
              label="Signed off by"
              data={people.filter((p) => p.active).map((p) => ({ value: String(p.id), label: p.name }))}
              value={signer}
              onChange={setSigner}
              comboboxProps={{ withinPortal: true }}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setSigning(false)}>
                Cancel
              </Button>
              <Button
                disabled={!signer}
                loading={close.running}
                onClick={async () => {
                  if ((await close.run({ id: review.id, signedOffById: Number(signer) })).ok) setSigning(false);
                }}
              >
                Close review
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Group>
  );
}
