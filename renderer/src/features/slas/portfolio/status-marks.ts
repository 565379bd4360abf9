import type { ResultStatus } from '../../../../../shared/domain/sla-status';

/** The symbol inside a coloured cell, so a result reads without colour too. */
export const STATUS_MARK: Record<ResultStatus | 'none', string> = { met: '✓', 'at-risk': '!', breached: '✕', none: '–' };
