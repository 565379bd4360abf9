import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RISK_MATRIX } from '../../../../../shared/domain/risk-matrix';
import { LxIPicker } from './LxIPicker';
import type { Position } from './score-position';

function Harness({ initial }: { initial: Position | null }) {
  const [value, setValue] = useState(initial);
  return <LxIPicker label="Residual" matrix={DEFAULT_RISK_MATRIX} value={value} onChange={setValue} />;
}

const renderPicker = (initial: Position | null = null) => {
  const user = userEvent.setup();
  render(
    <MantineProvider>
      <Harness initial={initial} />
    </MantineProvider>,
  );
  return user;
};

describe('Likelihood × impact picker', () => {
  it('shows the score, band, level labels and descriptions live as a cell is picked', async () => {
    const user = renderPicker();
    expect(screen.getByText('Not scored yet: pick a cell')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Likelihood 4 Likely, impact 4 Major: score 16, High' }));
    expect(screen.getByRole('radio', { name: /Likelihood 4 Likely, impact 4 Major/ })).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByLabelText('16 High')).toBeInTheDocument();
    expect(screen.getByText('Above appetite')).toBeInTheDocument();
    expect(screen.getByText('Likelihood 4 · Likely')).toBeInTheDocument();
    expect(screen.getByText(/Will probably happen; about once a year/)).toBeInTheDocument();
    expect(screen.getByText('Impact 4 · Major')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: /Likelihood 1 Rare, impact 2 Minor/ }));
    expect(screen.getByLabelText('2 Low')).toBeInTheDocument();
    expect(screen.queryByText('Above appetite')).not.toBeInTheDocument();
  });

  it('is one tab stop whose arrow keys move the choice', async () => {
    const user = renderPicker({ likelihood: 3, impact: 3 });
    await user.tab();
    const chosen = screen.getByRole('radio', { name: /Likelihood 3 Possible, impact 3 Moderate/ });
    expect(chosen).toHaveFocus();
    expect(screen.getAllByRole('radio').filter((cell) => cell.tabIndex === 0)).toHaveLength(1);

    await user.keyboard('{ArrowDown}{ArrowLeft}');
    const moved = screen.getByRole('radio', { name: /Likelihood 2 Unlikely, impact 2 Minor/ });
    expect(moved).toHaveFocus();
    expect(moved).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByLabelText('4 Low')).toBeInTheDocument();
    // The edge stops the move rather than wrapping around.
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('radio', { name: /Likelihood 1 Rare, impact 2 Minor/ })).toHaveAttribute('aria-checked', 'true');
  });
});
