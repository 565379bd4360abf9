import { Alert, Button, Group, List, Stack } from '@mantine/core';
import { IconCircleCheck, IconFileImport, IconStack2 } from '@tabler/icons-react';
import { Link } from 'wouter';
import type { ImportResult } from '../../../../../shared/api/catalogue-io-api';
import { plural } from '../../../lib/format';
import { NewPeopleHint, NewPeopleResultItem, SkippedRowsItem } from '../../../ui/import-wizard/ResultItems';

/** Step 4: what was written. */
export function ResultStep({ result, fileName, onAnother }: { result: ImportResult; fileName: string; onAnother: () => void }) {
  return (
    <Stack gap="md">
      <Alert color="teal" variant="light" icon={<IconCircleCheck size={22} />} title={`Imported ${plural(result.created, 'service')} from ${fileName}`}>
        <List size="sm" spacing={4}>
          <List.Item>
            <strong>{plural(result.created, 'service')}</strong> added to the catalogue, each recorded in the audit trail.
          </List.Item>
          <SkippedRowsItem skipped={result.skipped} errors={result.errors} />
          <NewPeopleResultItem names={result.newPeople} />
        </List>
      </Alert>
      <NewPeopleHint names={result.newPeople} />
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
