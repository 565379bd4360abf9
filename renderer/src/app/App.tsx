import '@mantine/core/styles.css';
import { Code, MantineProvider, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { WorkspaceInfo } from '../../../shared/api/workspace-api';
import { api } from '../api/api';

/** Placeholder shell until the app shell lands: shows which workspace the host has open. */
export function App() {
  const [info, setInfo] = useState<WorkspaceInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.call('workspace.info').then(setInfo, (e: Error) => setError(e.message));
  }, []);
  return (
    <MantineProvider>
      <Stack p="xl">
        <Title>ServiceLedger</Title>
        {error && <Text c="red">{error}</Text>}
        {info && <Code block>{JSON.stringify(info, null, 2)}</Code>}
      </Stack>
    </MantineProvider>
  );
}
