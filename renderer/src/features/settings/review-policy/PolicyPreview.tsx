import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import type { PolicyChangePreviewResult, PreviewLine } from '../../../../../shared/api/reviews-api';
import { formatDate } from '../../../lib/format';
import { KIND_TITLES } from './policy-draft';

function Lines({ lines, label }: { lines: PreviewLine[]; label: string }) {
  if (!lines.length) return null;
  return (
    <Table.ScrollContainer minWidth={600} mah={240}>
      <Table verticalSpacing={2} aria-label={label}>
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={`${line.kind}-${line.id}`}>
              <Table.Td w={120}>
                <Text size="sm" ff="monospace">
                  {line.code}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" truncate>
                  {line.title}
                </Text>
              </Table.Td>
              <Table.Td w={260}>
                <Text size="sm">
                  {formatDate(line.from)} → {formatDate(line.to)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface PolicyPreviewProps {
  preview: PolicyChangePreviewResult;
  saving: boolean;
  onSave: (moveDates: boolean) => void;
  onCancel: () => void;
}

/** What saving would do to stored due dates: policy dates that move, dates set by hand that stay. */
export function PolicyPreview({ preview, saving, onSave, onCancel }: PolicyPreviewProps) {
  return (
    <Alert color="blue" title="What this change does to due dates">
      <Stack gap="sm">
        {preview.reviewerChanges.length > 0 && (
          <Stack gap={4} role="list" aria-label="Reviewers that change">
            {preview.reviewerChanges.map((change) => (
              <Text size="sm" key={change.kind} role="listitem">
                <b>{KIND_TITLES[change.kind]}</b>: reviewed by {change.from} → <b>{change.to}</b> ({change.openSubjects} open; their inboxes change at once).
              </Text>
            ))}
          </Stack>
        )}
        <Text size="sm">
          {preview.movesTotal} due {preview.movesTotal === 1 ? 'date follows' : 'dates follow'} the current policy (last review + cadence) and would move.
        </Text>
        <Lines lines={preview.moves} label="Dates that move" />
        <Text size="sm">
          {preview.keptTotal} {preview.keptTotal === 1 ? 'date was' : 'dates were'} set by hand and {preview.keptTotal === 1 ? 'is' : 'are'} kept (the new
          policy would give the second date).
          {preview.noBasis > 0 && ` ${preview.noBasis} never reviewed here keep their dates; the new cadence applies from their next review.`}
        </Text>
        <Lines lines={preview.keptSetByHand} label="Dates set by hand, kept" />
        <Group>
          <Button loading={saving} onClick={() => onSave(true)}>
            Save and move {preview.movesTotal} {preview.movesTotal === 1 ? 'date' : 'dates'}
          </Button>
          <Button variant="default" loading={saving} onClick={() => onSave(false)}>
            Save, move nothing
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            Back to editing
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
