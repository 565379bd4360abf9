import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconFileImport, IconStack2 } from '@tabler/icons-react';
import { Link } from 'wouter';
import type { ImportResult } from '../../../../../shared/api/catalogue-io-api';
import { plural } from '../../../lib/format';

/** Step 4: what was written. */
export function ResultStep({ result, fileName, onAnother }: { result: ImportResult; fileName: string; onAnother: () => void }) {
  return (
    <Stack gap="md">
      <Alert color="teal" variant="light" icon={<IconCircleCheck size={22} />} title={`Imported ${plural(result.created, 'service')} from ${fileName}`}>
        <List size="sm" spacing={4}>
          <List.Item>
            <strong>{plural(result.created, 'service')}</strong> added to the catalogue, each recorded in the audit trail.
          </List.Item>
          {result.skipped > 0 && (
            <List.Item>
              <strong>{plural(result.skipped, 'row')}</strong> with problems skipped; fix them in the file and import those rows again.
            </List.Item>
          )}
          <List.Item>
            {result.newPeople.length > 0 ? (
              <>
                <strong>{plural(result.newPeople.length, 'new person', 'new people')}</strong> added as owners: {result.newPeople.join(', ')}.
              </>
            ) : (
              'No new people were needed: every owner was already in the workspace.'
            )}
          </List.Item>
        </List>
      </Alert>
      <Text size="sm" c="dimmed">
        New people have no email or role yet; complete them in Settings › People.
      </Text>
      <Group gap="sm">
        <Button component={Link} href="/services" leftSection={<IconStack2 size={16} />}>
          Open the catalogue
        </Button>
        <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={onAnother}>
          Import another file
        </Button>
      </Group>
    </Stack>
  );
}
