import { Alert, Button, Group, List, Stack } from '@mantine/core';
import { IconCircleCheck, IconFileImport, IconShieldExclamation } from '@tabler/icons-react';
import { Link } from 'wouter';
import type { ImportResult } from '../../../../../shared/api/catalogue-io-api';
import { plural } from '../../../lib/format';
import { NewPeopleHint, NewPeopleResultItem, SkippedRowsItem } from '../../../ui/import-wizard/ResultItems';

/** The last step: what was written, and the way to the register. */
export function RiskImportResult({ result, fileName, onAnother }: { result: ImportResult; fileName: string; onAnother: () => void }) {
  return (
    <Stack gap="md">
      <Alert color="teal" variant="light" icon={<IconCircleCheck size={22} />} title={`Imported ${plural(result.created, 'risk')} from ${fileName}`}>
        <List size="sm" spacing={4}>
          <List.Item>
            <strong>{plural(result.created, 'risk')}</strong> added to the register, each with its first assessment in the score history and an entry in the
            audit trail.
          </List.Item>
          <SkippedRowsItem skipped={result.skipped} errors={result.errors} />
          <NewPeopleResultItem names={result.newPeople} />
        </List>
      </Alert>
      <NewPeopleHint names={result.newPeople} />
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
