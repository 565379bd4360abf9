import { Group, List, Text } from '@mantine/core';
import type { ImportRowError } from '../../../../shared/api/catalogue-io-api';
import { plural } from '../../lib/format';
import { DownloadProblemRows } from './DownloadProblemRows';

/** The done step's line about owners: who was added, or that nobody was needed. */
export function NewPeopleResultItem({ names }: { names: string[] }) {
  return (
    <List.Item>
      {names.length > 0 ? (
        <>
          <strong>{plural(names.length, 'new person', 'new people')}</strong> added as owners: {names.join(', ')}.
        </>
      ) : (
        'No new people were needed: every owner was already in the workspace.'
      )}
    </List.Item>
  );
}

/** What to do next about people just added; nothing when none were (it would contradict the line above). */
export function NewPeopleHint({ names }: { names: string[] }) {
  if (names.length === 0) return null;
  return (
    <Text size="sm" c="dimmed">
      New people have no email or role yet; complete them in Settings › People.
    </Text>
  );
}

/** The done step's line about skipped rows, with the way to get them back as a file to fix. */
export function SkippedRowsItem({ skipped, errors }: { skipped: number; errors: ImportRowError[] }) {
  if (skipped === 0) return null;
  return (
    <List.Item>
      <Group gap="sm" wrap="wrap">
        <span>
          <strong>{plural(skipped, 'row')}</strong> with problems skipped; fix them in the file and import those rows again.
        </span>
        <DownloadProblemRows label="Download the skipped rows" problems={errors} />
      </Group>
    </List.Item>
  );
}
