import { describe, expect, it } from 'vitest';
import { contract, methodNames } from './contract';
import { DATA_DOMAINS } from './data-domains';

// Methods that neither read nor change workspace data: a file dialog, progress of a running
// import, the problem rows of a file already read, and checking a pack file on disk.
const TOUCHES_NO_DATA = ['workspace.chooseFile', 'imports.progress', 'imports.problemRows', 'managementReviews.verifyPack'];

describe('data domains of the contract', () => {
  it('has every method name the domains it reads or changes, and only known ones', () => {
    for (const method of methodNames) {
      const { domains } = contract[method];
      expect(
        domains.every((domain) => DATA_DOMAINS.includes(domain)),
        method,
      ).toBe(true);
      expect(new Set(domains).size, `${method} names a domain twice`).toBe(domains.length);
      if (!TOUCHES_NO_DATA.includes(method)) expect(domains.length, `${method} declares no domain`).toBeGreaterThan(0);
    }
  });

  it('lets every write reach the screens that show what it changed', () => {
    const reads = methodNames.filter((method) => contract[method].effect === 'read');
    for (const method of methodNames.filter((name) => contract[name].effect === 'write' || contract[name].effect === 'import')) {
      const readers = reads.filter((read) => contract[read].domains.some((domain) => contract[method].domains.includes(domain)));
      expect(readers.length, `no read refreshes after ${method}`).toBeGreaterThan(0);
    }
  });

  it('refreshes the lists that show a record after the writes that change it', () => {
    const refreshedBy = (write: keyof typeof contract, read: keyof typeof contract) =>
      contract[read].domains.some((domain) => contract[write].domains.includes(domain));
    // Names and dates shown across screens: a renamed person, a completed review, a re-scored matrix.
    expect(refreshedBy('people.update', 'risks.list')).toBe(true);
    expect(refreshedBy('people.update', 'services.list')).toBe(true);
    expect(refreshedBy('reviews.complete', 'risks.list')).toBe(true);
    expect(refreshedBy('reviews.complete', 'services.get')).toBe(true);
    expect(refreshedBy('riskMatrix.apply', 'risks.heatmap')).toBe(true);
    expect(refreshedBy('risks.import', 'dashboard.summary')).toBe(true);
    expect(refreshedBy('slaReviews.create', 'reviews.inbox')).toBe(true);
    // …and not after writes that cannot change them.
    expect(refreshedBy('views.save', 'services.list')).toBe(false);
    expect(refreshedBy('riskActions.update', 'services.list')).toBe(true); // the service page lists open actions
    expect(refreshedBy('views.save', 'risks.list')).toBe(false);
    expect(refreshedBy('managementReviews.setNarrative', 'risks.list')).toBe(false);
  });
});
