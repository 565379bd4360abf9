import type { Migration } from './migration';

/**
 * Approved acceptances of risks above the appetite (ISO/IEC 20000-1 6.1). Each approval keeps the
 * residual position and matrix version it was given for, so a later rise or matrix change can be
 * seen to end its cover; revoking keeps the row (with when and why) as audit evidence.
 * `approved_score` is that position's score on that version, so the register can tell in SQL
 * whether an approval still covers a risk (same version, current score not above it).
 */
export const migration006RiskAcceptance: Migration = {
  version: 6,
  name: 'Approved risk acceptances',
  up(db) {
    db.exec(`
      CREATE TABLE risk_acceptances (
        id                  INTEGER PRIMARY KEY,
        risk_id             INTEGER NOT NULL REFERENCES risks (id) ON DELETE CASCADE,
        approver_id         INTEGER NOT NULL REFERENCES people (id),
        approved_on         TEXT NOT NULL,
        expires_on          TEXT CHECK (expires_on IS NULL OR expires_on > approved_on),
        rationale           TEXT NOT NULL,
        residual_likelihood INTEGER NOT NULL,
        residual_impact     INTEGER NOT NULL,
        matrix_version      INTEGER NOT NULL,
        approved_score      REAL NOT NULL,
        revoked_on          TEXT,
        revoke_reason       TEXT,
        created_at          TEXT NOT NULL
      ) STRICT;
      CREATE INDEX risk_acceptances_risk ON risk_acceptances (risk_id, revoked_on);
    `);
  },
};
