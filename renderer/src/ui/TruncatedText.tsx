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
 */
export function TruncatedText({ children, from = 'end', ...textProps }: TruncatedTextProps) {
  const [cut, setCut] = useState(false);
  const measure = (element: HTMLElement) => setCut(element.scrollWidth > element.clientWidth);
  return (
    <Tooltip label={children} disabled={!cut}>
      <Text
        truncate={from}
        onMouseEnter={(event) => measure(event.currentTarget)}
        onFocus={(event) => measure(event.currentTarget)}
        {...textProps}
      >
        {/* Cutting the start is done with right-to-left direction; the marks keep a leading "/" in place. */}
        {from === 'start' ? `\u200E${children}\u200E` : children}
      </Text>
    </Tooltip>
  );
}
