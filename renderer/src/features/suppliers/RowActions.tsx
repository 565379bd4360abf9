import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconPencil, IconTarget, IconTrash } from '@tabler/icons-react';

/** The Edit and Delete icon buttons at the end of a supplier or contract row (and Targets for a contract), named for screen readers. */
export function RowActions({ name, onEdit, onDelete, onTargets }: { name: string; onEdit: () => void; onDelete: () => void; onTargets?: () => void }) {
  return (
    <Group gap={2} wrap="nowrap">
      {onTargets && (
        <Tooltip label="Targets">
          <ActionIcon variant="subtle" onClick={onTargets} aria-label={`Targets of ${name}`}>
            <IconTarget size={16} />
          </ActionIcon>
        </Tooltip>
      )}
      <Tooltip label="Edit">
        <ActionIcon variant="subtle" onClick={onEdit} aria-label={`Edit ${name}`}>
          <IconPencil size={16} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label="Delete">
        <ActionIcon variant="subtle" color="red" onClick={onDelete} aria-label={`Delete ${name}`}>
          <IconTrash size={16} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
