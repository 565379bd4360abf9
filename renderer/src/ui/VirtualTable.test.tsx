import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { VirtualTable, type VirtualColumn } from './VirtualTable';

const columns: VirtualColumn<{ id: number; name: string }>[] = [{ id: 'name', header: 'Name', render: (row) => row.name }];

describe('VirtualTable', () => {
  it('tells assistive technology (and the browser benchmark) where each row sits, loaded or still loading', () => {
    // Rows 0–2 are loaded, the rest of the 100,000 not yet.
    const rowAt = (index: number) => (index < 3 ? { id: index, name: `Row ${index}` } : undefined);
    render(
      <MantineProvider env="test">
        <VirtualTable label="Things" count={100_000} rowAt={rowAt} rowKey={(row) => row.id} columns={columns} estimateRowHeight={40} maxHeight={400} />
      </MantineProvider>,
    );
    const table = screen.getByRole('table', { name: 'Things' });
    expect(table.getAttribute('aria-rowcount')).toBe('100001');
    const rows = [...table.querySelectorAll('tbody tr:not([aria-hidden])')];
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.slice(0, 4).map((row) => row.getAttribute('aria-rowindex'))).toEqual(['2', '3', '4', '5']);
    expect(rows[2]!.textContent).toBe('Row 2');
    expect(rows[3]!.hasAttribute('data-loading')).toBe(true);
    expect(rows[3]!.getAttribute('aria-busy')).toBe('true');
  });
});
