import { Typography, type TypographyProps } from '@mantine/core';
import ReactMarkdown, { type Components } from 'react-markdown';

// Links leave the app: the desktop shell hands them to the system browser, a browser opens a tab.
const components: Components = {
  a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noreferrer noopener" />,
};

/**
 * A catalogue text written in Markdown. react-markdown renders no raw HTML, so a description
 * pasted from anywhere can never run script or restyle the app.
 */
export function Markdown({ children, ...props }: { children: string } & TypographyProps) {
  return (
    <Typography fz="sm" style={{ overflowWrap: 'anywhere' }} {...props}>
      <ReactMarkdown components={components}>{children}</ReactMarkdown>
    </Typography>
  );
}
