import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ScoreChip } from './ScoreChip';

describe('ScoreChip', () => {
  it('says likelihood × impact in a native title, not a tooltip component mounted on every row the register scrolls past', () => {
    const { container } = render(
      <MantineProvider>
        <ScoreChip position={{ likelihood: 4, impact: 3, score: 12, band: 'High', bandRank: 2, colour: '#e8590c' }} />
      </MantineProvider>,
    );
    expect(screen.getByLabelText('12 High')).toHaveAttribute('title', 'High: likelihood 4 × impact 3');
    expect(container.querySelectorAll('[data-tooltip], .mantine-Tooltip-tooltip')).toHaveLength(0);
  });
});
