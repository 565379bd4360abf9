export function summariseVitestReport(
  report: { testResults?: Array<{ name: string; status: string; message?: string; assertionResults?: Array<{ status: string; fullName: string }> }> },
  root: string,
): { passed: number; failed: number; skipped: number; failures: string[] };
