import { Input, Paper, Tabs, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { Markdown } from '../common/Markdown';

interface MarkdownEditorProps {
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  error?: React.ReactNode;
  placeholder?: string;
}

/** A Markdown text with a preview of how the service page will show it. */
export function MarkdownEditor({ label, description, value, onChange, error, placeholder }: MarkdownEditorProps) {
  const [tab, setTab] = useState<string | null>('write');
  return (
    <Input.Wrapper label={label} description={description} error={error} labelProps={{ fz: 'md', fw: 650 }}>
      <Tabs value={tab} onChange={setTab} mt={6} variant="outline" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="write">Write</Tabs.Tab>
          <Tabs.Tab value="preview">Preview</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="write" pt="xs">
          <Textarea
            aria-label={label}
            // Resizable rather than autosize: long descriptions keep the rest of the form in view.
            rows={9}
            resize="vertical"
            value={value}
            onChange={(event) => onChange(event.currentTarget.value)}
            placeholder={placeholder}
            error={error ? true : undefined}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 'var(--mantine-font-size-sm)' } }}
          />
          <Text size="xs" c="dimmed" mt={4}>
            Markdown: **bold**, _italic_, - lists, [links](https://example.org). {value.length.toLocaleString()} / 20,000 characters.
          </Text>
        </Tabs.Panel>
        <Tabs.Panel value="preview" pt="xs">
          <Paper withBorder radius="sm" p="md" mih={140}>
            {value.trim() ? (
              <Markdown>{value}</Markdown>
            ) : (
              <Text size="sm" c="dimmed">
                Nothing to preview yet.
              </Text>
            )}
          </Paper>
        </Tabs.Panel>
      </Tabs>
    </Input.Wrapper>
  );
}
