const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const twoDigits = (n: number) => (n < 10 ? `0${n}` : String(n));

/** A date that exists, as "YYYY-MM-DD", or null. Plain arithmetic: an import reads hundreds of thousands of dates. */
function isoIfValid(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!)) return null;
  return `${year}-${twoDigits(month)}-${twoDigits(day)}`;
}

/**
 * Read a date as people type it in spreadsheets: ISO ("2026-03-31", with or without a time) or
 * day-first ("31/03/2026", "31.3.2026", "31-03-2026", "31/03/26"). Month-first is not guessed:
 * 03/04/2026 is the 3rd of April. Returns "YYYY-MM-DD", or null when it is not a real date.
 */
export function parseFlexibleDate(text: string): string | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(value);
  if (iso) return isoIfValid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(value);
  if (dayFirst) {
    const rawYear = Number(dayFirst[3]);
    const year = dayFirst[3]!.length === 2 ? 2000 + rawYear : rawYear;
    return isoIfValid(year, Number(dayFirst[2]), Number(dayFirst[1]));
  }
  return null;
}

/** Add whole days to an ISO date. */
export function addDaysIso(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
