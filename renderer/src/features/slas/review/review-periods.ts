/** The months a review can be recorded for: newest first, two years back from `latest`. */
export function reviewPeriodOptions(latest: string, count = 24): string[] {
  const [year, month] = latest.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, index) => {
    const date = new Date(Date.UTC(year, month - 1 - index, 1));
    return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
  });
}
