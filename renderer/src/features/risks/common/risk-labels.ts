import type { RiskActionStatus, RiskStatus, RiskTreatment } from '../../../../../shared/api/risks-api';
import type { RiskBasis } from '../../../../../shared/domain/risk-matrix';

export const STATUS_LABEL: Record<RiskStatus, string> = {
  identified: 'Identified',
  assessed: 'Assessed',
  treating: 'Treating',
  monitored: 'Monitored',
  closed: 'Closed',
};

export const STATUS_COLOUR: Record<RiskStatus, string> = {
  identified: 'gray',
  assessed: 'blue',
  treating: 'violet',
  monitored: 'teal',
  closed: 'dark',
};

export const TREATMENT_LABEL: Record<RiskTreatment, string> = {
  avoid: 'Avoid',
  mitigate: 'Mitigate',
  transfer: 'Transfer',
  accept: 'Accept',
};

/** What each ISO 31000 option means, shown under the choice. */
export const TREATMENT_MEANING: Record<RiskTreatment, string> = {
  avoid: 'Stop the activity that gives rise to the risk.',
  mitigate: 'Reduce the likelihood or the impact with further controls.',
  transfer: 'Share it with another party: insurance, a supplier contract.',
  accept: 'Retain it as it is, by an informed decision (needs an approver above appetite).',
};

export const ACTION_STATUS_LABEL: Record<RiskActionStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  done: 'Done',
  cancelled: 'Cancelled',
};

export const ACTION_STATUS_COLOUR: Record<RiskActionStatus, string> = {
  open: 'blue',
  in_progress: 'violet',
  done: 'teal',
  cancelled: 'gray',
};

export const BASIS_LABEL: Record<RiskBasis, string> = { inherent: 'Inherent', residual: 'Residual', target: 'Target' };

/** What each basis means, for tooltips and form descriptions. */
export const BASIS_MEANING: Record<RiskBasis, string> = {
  inherent: 'Before any controls',
  residual: 'With the controls in place today',
  target: 'Once the treatment is done',
};

/** "RSK-001 Ransomware on file servers". */
export function riskLabel(risk: { code: string; title: string }): string {
  return `${risk.code} ${risk.title}`;
}
