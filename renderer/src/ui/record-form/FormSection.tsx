import { Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One titled card of a full-page form, named for screen readers by its title. */
export function FormSection({ title, description, children }: { title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label={title}>
      <Title order={3} size="h5" mb={description ? 2 : 'md'}>
        {title}
      </Title>
      {description && (
        <Text size="sm" c="dimmed" mb="md" component="div">
          {description}
        </Text>
      )}
      {children}
    </Paper>
  );
}
