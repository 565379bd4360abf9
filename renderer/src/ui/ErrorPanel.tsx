import { Button, Code, Collapse, Group, Paper, Stack, Text, ThemeIcon, Title, type PaperProps } from '@mantine/core';
import { IconAlertTriangle, IconCopy, IconHome, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { errorBody } from '../api/api-errors';
import { notifySuccess } from './notify';
import { errorDetails } from './error-details';

interface ErrorPanelProps extends PaperProps {
  title?: string;
  error: unknown;
  /** Shown as "Try again" when given. */
  onRetry?: () => void;
  /** Shown as "Go to dashboard" when given. */
  onGoHome?: () => void;
  componentStack?: string | null;
}

/**
 * What the person sees instead of a blank screen: what went wrong in words, and what to do next.
 * The technical details are one click away, never in the way.
 */
export function ErrorPanel({ title = 'Something went wrong', error, onRetry, onGoHome, componentStack, ...paperProps }: ErrorPanelProps) {
  const [showDetails, setShowDetails] = useState(false);
  const details = errorDetails(error, componentStack);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(details);
      notifySuccess('Error details copied', 'Paste them into a message or a bug report.');
    } catch {
      // Clipboard access can be refused (file:// pages, permissions): show the text to select instead.
      setShowDetails(true);
    }
  };

  return (
    <Paper withBorder radius="md" p="xl" role="alert" {...paperProps}>
      <Stack gap="md">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon color="red" variant="light" size="lg" radius="xl" aria-hidden>
            <IconAlertTriangle size={20} />
          </ThemeIcon>
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Title order={3} size="h4">
              {title}
            </Title>
            <Text style={{ overflowWrap: 'anywhere' }}>{errorBody(error).message}</Text>
          </Stack>
        </Group>
        <Group gap="sm">
          {onRetry && (
            <Button leftSection={<IconRefresh size={16} />} onClick={onRetry}>
              Try again
            </Button>
          )}
          {onGoHome && (
            <Button variant="default" leftSection={<IconHome size={16} />} onClick={onGoHome}>
              Go to dashboard
            </Button>
          )}
          <Button variant="subtle" leftSection={<IconCopy size={16} />} onClick={copy}>
            Copy details
          </Button>
          <Button variant="subtle" color="gray" onClick={() => setShowDetails((value) => !value)} aria-expanded={showDetails}>
            {showDetails ? 'Hide details' : 'Show details'}
          </Button>
        </Group>
        <Collapse expanded={showDetails}>
          <Code block style={{ maxHeight: 240, overflow: 'auto', whiteSpace: 'pre-wrap' }}>
            {details}
          </Code>
        </Collapse>
      </Stack>
    </Paper>
  );
}
