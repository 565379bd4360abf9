import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconFileImport, IconShieldExclamation } from '@tabler/icons-react';
import { Link } from 'wouter';
import type { ImportResult } from '../../../../../shared/api/catalogue-io-api';
import { plural } from '../../../lib/format';

/** The last step: what was written, and the way to the register. */
export function RiskImportResult({ result, fileName, onAnother }: { result: ImportResult; fileName: string; onAnother: () => void }) {
  return (
    <Stack gap="md">
      <Alert color="teal" variant="light" icon={<IconCircleCheck size={22} />} title={`Imported ${plural(result.created, 'risk')} from ${fileName}`}>
        <List size="sm" spacing={4}>
          <List.Item>
            <strong>{plural(result.created, 'risk')}</strong> added to the register, each with its first assessment in the score history and an entry in
            the audit trail.
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
      {result.newPeople.length > 0 && (
        <Text size="sm" c="dimmed">
          New people have no email or role yet; complete them in Settings › People.
        </Text>
      )}
      <Group gap="sm">
        <Button component={Link} href="/risks" leftSection={<IconShieldExclamation size={16} />}>
          Open the register
        </Button>
        <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={onAnother}>
          Import another file
        </Button>
      </Group>
    </Stack>
  );
}
