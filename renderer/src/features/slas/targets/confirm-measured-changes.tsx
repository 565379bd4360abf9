import { List, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import type { SlaTarget } from '../../../../../shared/api/slas-api';

const months = (count: number) => `${count} recorded month${count === 1 ? '' : 's'}`;

/**
 * Ask before an edit touches targets that already have results: removing one deletes its results;
 * changing its levels re-judges the months already recorded. Resolves true to go ahead.
 */
export function confirmMeasuredChanges(changes: { removed: SlaTarget[]; changed: SlaTarget[] }): Promise<boolean> {
  const { removed, changed } = changes;
  return new Promise((resolve) => {
    modals.openConfirmModal({
      title: removed.length ? 'Delete recorded results?' : 'Re-judge recorded results?',
      children: (
        <Stack gap="sm">
          {removed.length > 0 && (
            <div>
              <Text size="sm">Removing {removed.length === 1 ? 'this target deletes its' : 'these targets deletes their'} results for good:</Text>
              <List size="sm" mt={4}>
                {removed.map((target) => (
                  <List.Item key={target.id}>
                    <b>{target.label}</b> ({months(target.measurementCount)})
                  </List.Item>
                ))}
              </List>
            </div>
          )}
          {changed.length > 0 && (
            <div>
              <Text size="sm">The recorded months of {changed.length === 1 ? 'this target' : 'these targets'} will be judged against the new levels:</Text>
              <List size="sm" mt={4}>
                {changed.map((target) => (
                  <List.Item key={target.id}>
                    <b>{target.label}</b> ({months(target.measurementCount)})
                  </List.Item>
                ))}
              </List>
            </div>
          )}
          {removed.length > 0 && (
            <Text size="sm" c="dimmed">
              To keep the history of a target that no longer applies, keep it and mark the SLA expired when a new one replaces it.
            </Text>
          )}
        </Stack>
      ),
      labels: { confirm: removed.length ? 'Delete results and save' : 'Save new levels', cancel: 'Go back' },
      confirmProps: { color: removed.length ? 'red' : undefined },
      onConfirm: () => resolve(true),
      onCancel: () => resolve(false),
      onClose: () => resolve(false),
    });
  });
}
