import { Button } from '@mantine/core';
import type { ImportRowError } from '../../../../shared/api/catalogue-io-api';
import { IconDownload } from '@tabler/icons-react';
import { useApiAction } from '../../api/use-api-action';
import { plural } from '../../lib/format';
import { downloadFile } from '../../lib/download-file';
import { useImportSource } from './import-source';

/**
 * The rows with problems as a CSV (the file's columns, the problems, the original row number) to
 * fix in a spreadsheet and import again. Nothing when the wizard has no file in hand.
 */
export function DownloadProblemRows({ label = 'Download rows with problems', problems }: { label?: string; problems?: ImportRowError[] }) {
  const source = useImportSource();
  const action = useApiAction('imports.problemRows', {
    success: (file) => `Downloaded ${file.fileName}`,
    successDetail: (file) => `${plural(file.rows, 'row')} with a Problem column: fix them and import this file again.`,
    failure: 'The rows with problems could not be downloaded',
    invalidate: false,
  });
  if (!source) return null;
  const run = async () => {
    const outcome = await action.run({
      kind: source.kind,
      fileName: source.file.name,
      contentBase64: source.file.contentBase64,
      mapping: source.mapping,
      ...(problems ? { problems } : {}),
      ...(source.ratingMap ? { ratingMap: source.ratingMap } : {}),
    });
    if (outcome.ok) downloadFile(outcome.value);
  };
  return (
    <Button variant="default" size="xs" leftSection={<IconDownload size={14} />} loading={action.running} onClick={() => void run()}>
      {label}
    </Button>
  );
}
