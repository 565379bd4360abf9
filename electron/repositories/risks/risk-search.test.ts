import { describe, expect, it } from 'vitest';
import { riskSearchMatch, riskSearchSql } from './risk-search';

describe('riskSearchMatch', () => {
  it('asks for every typed word as the start of a word, quoted so FTS5 syntax is just text', () => {
    expect(riskSearchMatch('net back')).toBe('"net"* AND "back"*');
    expect(riskSearchMatch('  RSK-0001 ')).toBe('"RSK-0001"*');
    expect(riskSearchMatch('say "hi" NEAR')).toBe('"say"* AND """hi"""* AND "NEAR"*');
  });

  it('has nothing to look up when no word has a letter or digit', () => {
    expect(riskSearchMatch('% - *')).toBeNull();
    expect(riskSearchSql('%').clause).toContain('LIKE');
    expect(riskSearchSql('net').clause).toContain('MATCH');
  });
});
