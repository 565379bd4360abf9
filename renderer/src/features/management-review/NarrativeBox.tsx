import { Button, Group, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { SectionInfo } from '../../../../shared/management-review/sections';
import { useApiAction } from '../../api/use-api-action';

/** The team's reading of one input; saved on demand, read-only once the review is held. */
export function NarrativeBox({ reviewId, section, text, frozen }: { reviewId: number; section: SectionInfo; text: string; frozen: boolean }) {
  const [draft, setDraft] = useState(text);
  const save = useApiAction('managementReviews.setNarrative', { success: null, failure: 'Could not save the narrative' });
  if (frozen) {
    return text ? (
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {text}
      </Text>
    ) : (
      <Text size="sm" c="dimmed" fs="italic">
        No narrative written.
      </Text>
    );
  }
  return (
    <>
      <Textarea
        label={section.kind === 'narrative' ? 'Narrative (the workspace holds no data for this input)' : 'The team’s reading'}
        description={section.prompts.join(' · ')}
        rows={3}
        resize="vertical"
        value={draft}
        onChange={(event) => setDraft(event.currentTarget.value)}
        aria-label={`Narrative: ${section.title}`}
      />
      <Group justify="flex-end">
        <Button
          size="xs"
          variant="light"
          disabled={draft === text}
          loading={save.running}
          onClick={() => void save.run({ id: reviewId, section: section.key, text: draft })}
        >
          Save narrative
        </Button>
      </Group>
    </>
  );
}
