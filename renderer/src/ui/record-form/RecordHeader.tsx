import { Anchor, Breadcrumbs, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'wouter';

export interface RecordHeaderProps {
  /** The list the record belongs to, first in the breadcrumbs: "Services", "/services". */
  list: { label: string; href: string };
  /** The record once it is known: its code (linked to its page) and its name beside the title. */
  record: { code: string; name: string; href: string } | null;
  /** What this page does to the record, last in the breadcrumbs: "New", "Edit", "Review". */
  step: string;
  title: string;
  /** A line of context under the title. */
  subtitle?: ReactNode;
}

/** The breadcrumbs and title of every full-page record form, so they read and wrap alike. */
export function RecordHeader({ list, record, step, title, subtitle }: RecordHeaderProps) {
  return (
    <Stack gap={6}>
      <Breadcrumbs separatorMargin={6}>
        <Anchor component={Link} href={list.href} size="sm">
          {list.label}
        </Anchor>
        {record && (
          <Anchor component={Link} href={record.href} size="sm" ff="monospace">
            {record.code}
          </Anchor>
        )}
        <Text size="sm" c="dimmed">
          {step}
        </Text>
      </Breadcrumbs>
      <Title order={2} style={{ overflowWrap: 'anywhere' }} lineClamp={2}>
        {title}
        {record && record.name !== record.code && (
          <Text span inherit c="dimmed" fw={500}>
            {' '}
            {record.name}
          </Text>
        )}
      </Title>
      {subtitle && (
        <Text size="sm" c="dimmed">
          {subtitle}
        </Text>
      )}
    </Stack>
  );
}
