import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconHistory, IconPencil, IconTarget, IconTrash } from '@tabler/icons-react';

/** The Edit and Delete icon buttons at the end of a supplier or contract row (and Targets and History for a contract), named for screen readers. */
export function RowActions({
  name,
  onEdit,
  onDelete,
  onTargets,
  onHistory,
}: {
  name: string;
  onEdit: () => void;
  onDelete: () => void;
  onTargets?: () => void;
  onHistory?: () => void;
}) {
  return (
    <Group gap={2} wrap="nowrap">
      {onTargets && (
        <Tooltip label="Targets">
          <ActionIcon variant="subtle" onClick={onTargets} aria-label={`Targets of ${name}`}>
            <IconTarget size={16} />
          </ActionIcon>
        </Tooltip>
      )}
      {onHistory && (
        <Tooltip label="History">
          <ActionIcon variant="subtle" color="gray" onClick={onHistory} aria-label={`History of ${name}`}>
            <IconHistory size={16} />
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
