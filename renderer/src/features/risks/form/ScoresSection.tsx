import { Anchor, Button, Group, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { Link } from 'wouter';
import type { RiskDetail } from '../../../../../shared/api/risks-api';
import type { RiskMatrix } from '../../../../../shared/domain/risk-matrix';
import { BandBadge } from '../common/BandBadge';
import { LxIPicker } from '../common/LxIPicker';
import { BASIS_MEANING } from '../common/risk-labels';
import { FormSection } from '../../../ui/record-form/FormSection';
import type { RiskFormValues } from './risk-form-values';

interface ScoresSectionProps {
  form: UseFormReturnType<RiskFormValues>;
  matrix: RiskMatrix;
  risk: RiskDetail | null;
}

/**
 * A new risk gets its first assessment here. An existing risk's scores are shown, not edited:
 * every later change is a dated re-assessment with a rationale, so the history stays true.
 */
export function ScoresSection({ form, matrix, risk }: ScoresSectionProps) {
  if (risk) {
    return (
      <FormSection title="Scores">
        <Group gap="sm">
          <BandBadge basis="inherent" position={risk.inherent} />
          <BandBadge basis="residual" position={risk.residual} />
          <BandBadge basis="target" position={risk.target} />
        </Group>
        <Text size="sm" c="dimmed" mt="sm">
          Scores change only by a dated re-assessment with a rationale, so the history stays complete. Use{' '}
          <Anchor component={Link} href={`/risks/${risk.id}?reassess=1`}>
            Re-assess
          </Anchor>{' '}
          on the risk page.
        </Text>
      </FormSection>
    );
  }
  const values = form.getValues();
  const pick = (basis: 'inherent' | 'residual' | 'target') => (position: { likelihood: number; impact: number }) => {
    form.setFieldValue(basis, position);
    // "Residual is required with the inherent score" is answered by picking either.
    form.clearFieldError('inherent');
    form.clearFieldError('residual');
  };
  return (
    <FormSection
      title="First assessment"
      description="Optional now; without it the risk is recorded as identified and can be scored later. Inherent and residual go together."
    >
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <LxIPicker
            label="Inherent"
            showAppetite={false}
            description={BASIS_MEANING.inherent}
            matrix={matrix}
            value={values.inherent}
            onChange={pick('inherent')}
            error={form.errors.inherent}
          />
          <LxIPicker
            label="Residual"
            description={BASIS_MEANING.residual}
            matrix={matrix}
            value={values.residual}
            onChange={pick('residual')}
            error={form.errors.residual}
          />
          <Stack gap={4}>
            <LxIPicker
              label="Target"
              description={`${BASIS_MEANING.target} (optional)`}
              matrix={matrix}
              value={values.target}
              onChange={pick('target')}
              error={form.errors.target}
              emptyText="No target set"
            />
            {values.target && (
              <Button size="compact-xs" variant="subtle" color="gray" w="fit-content" onClick={() => form.setFieldValue('target', null)}>
                Clear the target
              </Button>
            )}
          </Stack>
          <Textarea
            label="Assessment rationale"
            description="Why these scores; kept with the assessment in the history"
            placeholder="Initial assessment when the risk was recorded."
            rows={4}
            resize="vertical"
            disabled={!values.inherent && !values.residual}
            {...form.getInputProps('rationale')}
          />
        </SimpleGrid>
      </Stack>
    </FormSection>
  );
}
