import { Stack, Text } from '@mantine/core';

/**
 * Mantine keeps the message as the input's description (what a screen reader reads) but it is not
 * drawn under the narrow input; `RowErrors` draws it under the whole row instead.
 */
export const HIDDEN_ERROR_STYLES = { error: { display: 'none' } } as const;

interface RowErrorsProps {
  messages: Array<string | undefined>;
  /** Lines the messages up with the inputs after the row's number. */
  indent?: number;
}

/**
 * A row's messages under the whole row: the inputs are narrow (a score, a colour), and a full
 * sentence squeezed under one of them would wrap into a tall column. Hidden from screen readers,
 * which already read each message as its input's description.
 */
export function RowErrors({ messages, indent = 26 }: RowErrorsProps) {
  const shown = messages.filter((message): message is string => Boolean(message));
  if (shown.length === 0) return null;
  return (
    <Stack gap={2} pl={indent} aria-hidden>
      {shown.map((message) => (
        <Text key={message} size="xs" c="red">
          {message}
        </Text>
      ))}
    </Stack>
  );
}
