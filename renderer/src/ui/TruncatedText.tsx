import { Text, Tooltip, type TextProps } from '@mantine/core';
import { useState } from 'react';

interface TruncatedTextProps extends TextProps {
  children: string;
  /** Cut the start instead of the end (paths: the file name matters most). */
  from?: 'start' | 'end';
}

/**
 * One line of text that may be too long for its column: cut with an ellipsis, and the full text
 * in a tooltip, but only when something was actually cut (a tooltip repeating short text is noise).
 * Whether it was cut is only known in the browser's layout, so it is measured as the pointer arrives.
 */
export function TruncatedText({ children, from = 'end', ...textProps }: TruncatedTextProps) {
  const [opened, setOpened] = useState(false);
  return (
    <Tooltip label={children} opened={opened}>
      <Text
        truncate={from}
        onMouseEnter={(event) => setOpened(event.currentTarget.scrollWidth > event.currentTarget.clientWidth)}
        onMouseLeave={() => setOpened(false)}
        {...textProps}
      >
        {/* Cutting the start is done with right-to-left direction; the marks keep a leading "/" in place. */}
        {from === 'start' ? `\u200E${children}\u200E` : children}
      </Text>
    </Tooltip>
  );
}
