import os from 'node:os';
import type { Summary } from './measure';

export interface FigureResult {
  name: string;
  api: Summary;
  raw: Summary;
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(3));
const thousands = (value: number) => value.toLocaleString('en-GB');

/** One line about the machine, so numbers from different computers are not compared blindly. */
export function machineLine(): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim().replace(/\s+/g, ' ') ?? 'unknown CPU';
  return `Node ${process.version}, ${process.platform} ${process.arch}, ${cpus.length} CPUs (${model}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM`;
}

export function sizeLine(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}

export function countsLine(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([name, value]) => `${thousands(value)} ${name}`)
    .join(', ');
}

/** The results as an aligned text table: name, API median and p95, raw median and p95, and API/raw of the medians. */
export function resultsTable(results: readonly FigureResult[]): string {
  const header = ['figure', 'API median ms', 'API p95 ms', 'raw median ms', 'raw p95 ms', 'API/raw'];
  const rows = results.map((result) => [
    result.name,
    ms(result.api.median),
    ms(result.api.p95),
    ms(result.raw.median),
    ms(result.raw.p95),
    result.raw.median > 0 ? `${(result.api.median / result.raw.median).toFixed(2)}×` : '—',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}
