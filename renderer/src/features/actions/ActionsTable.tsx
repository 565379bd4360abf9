import { Anchor, Badge, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { ActionSummary } from '../../../../shared/api/sla-reviews-api';
import { ACTION_FIELD_LABELS } from '../../../../shared/entity/action-entity';
import { describeDue, formatDate } from '../../lib/format';
import { VirtualTable, type VirtualColumn } from '../../ui/VirtualTable';
import { ActionLinks } from './ActionLinks';
import { ACTION_STATUS_COLOR, ACTION_STATUS_LABEL } from './action-labels';
import classes from './ActionsTable.module.css';

const ROW_HEIGHT = 72;
const MAX_HEIGHT = 680;

function Due({ action }: { action: ActionSummary }) {
  if (!action.dueDate) {
    return (
      <Text size="sm" c="dimmed">
        No due date
      </Text>
    );
  }
  const finished = action.status === 'done' || action.status === 'cancelled';
  return (
    <>
      <Text size="sm" c={action.overdue ? 'red' : undefined} fw={action.overdue ? 600 : undefined} style={{ whiteSpace: 'nowrap' }}>
        {formatDate(action.dueDate)}
      </Text>
      <Text size="xs" c={action.overdue ? 'red' : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>
        {action.status === 'done' ? `done ${formatDate(action.completedOn)}` : finished ? 'cancelled' : describeDue(action.dueDate)}
      </Text>
    </>
  );
}

const LABEL = ACTION_FIELD_LABELS;

/**
 * The list's columns. A column showing one of the action's fields has the field's key as its id and
 * its label as the header, so the descriptor test can check every listed field has a column.
 */
export function actionColumns(onOpen: (action: ActionSummary) => void): VirtualColumn<ActionSummary>[] {
  return [
    { id: 'dueDate', header: LABEL.dueDate, width: 140, render: (action) => <Due action={action} /> },
    {
      id: 'title',
      header: LABEL.title,
      render: (action) => (
        <div style={{ overflowWrap: 'anywhere' }}>
          <Anchor component="button" type="button" fw={600} size="sm" ta="left" onClick={() => onOpen(action)}>
            {action.title}
          </Anchor>
          {action.progressNotes ? (
            <Text size="xs" c="dimmed" lineClamp={2}>
              Progress: {action.progressNotes}
            </Text>
          ) : action.description ? (
            <Text size="xs" c="dimmed" lineClamp={2}>
              {action.description}
            </Text>
          ) : null}
        </div>
      ),
    },
    {
      id: 'status',
      header: LABEL.status,
      width: 120,
      render: (action) => (
        <>
          <Badge variant="light" color={ACTION_STATUS_COLOR[action.status]} miw="max-content">
            {ACTION_STATUS_LABEL[action.status]}
          </Badge>
          {action.overdue && (
            <Badge variant="filled" color="red" size="xs" display="block" mt={4} w="max-content">
              Overdue
            </Badge>
          )}
        </>
      ),
    },
    {
      id: 'ownerId',
      header: LABEL.ownerId,
      width: 170,
      render: (action) => (
        <Text size="sm" c={action.ownerName ? undefined : 'dimmed'}>
          {action.ownerName ?? 'No owner'}
        </Text>
      ),
    },
    { id: 'source', header: 'Raised for', width: 280, render: (action) => <ActionLinks action={action} /> },
  ];
}

interface ActionsTableProps {
  total: number;
  rowAt: (index: number) => ActionSummary | undefined;
  onRange: (from: number, to: number) => void;
  onOpen: (action: ActionSummary) => void;
}

/**
 * Actions by due date, every one of them: only the rows in view are drawn and their pages load
 * as they scroll in. Overdue ones carry a red edge and red dates; the title opens the action.
 */
export function ActionsTable({ total, rowAt, onRange, onOpen }: ActionsTableProps) {
  const columns = useMemo(() => actionColumns(onOpen), [onOpen]);
  return (
    <VirtualTable
      label="Actions"
      className={classes.table}
      count={total}
      rowAt={rowAt}
      rowKey={(action) => action.id}
      columns={columns}
      estimateRowHeight={ROW_HEIGHT}
      maxHeight={MAX_HEIGHT}
      minWidth={900}
      onRange={onRange}
      rowProps={(action) => ({ 'data-overdue': action.overdue || undefined })}
    />
  );
}
