import { List, Paper, Text, Title } from '@mantine/core';

/** The owners the import will add as people; nothing when there are none. */
export function NewPeoplePanel({ names }: { names: string[] }) {
  if (names.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="new-people-title">
      <Title order={3} size="h5" mb={4} id="new-people-title">
        New people that will be created
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        These owners match nobody in the workspace by name or email, so the import adds them as people. Check the spelling if you expected someone you already
        have.
      </Text>
      <List size="sm" spacing={2} style={{ columns: names.length > 6 ? 2 : 1 }}>
        {names.map((owner) => (
          <List.Item key={owner}>{owner}</List.Item>
        ))}
      </List>
    </Paper>
  );
}
