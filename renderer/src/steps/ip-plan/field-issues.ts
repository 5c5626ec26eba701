import type { PlanField, PlanReport } from '../../../../shared/ip-plan/plan-issues.js';

/** What the validator says about one field, as the field shows it. */
export interface FieldIssues {
  errors: string[];
  warnings: string[];
}

export const noIssues: FieldIssues = { errors: [], warnings: [] };

export function issuesAt(report: PlanReport, field: PlanField): FieldIssues {
  return {
    errors: report.errors.filter((issue) => issue.field === field).map((issue) => issue.message),
    warnings: report.warnings.filter((issue) => issue.field === field).map((issue) => issue.message),
  };
}

/** The DOM id of a field's input; the step and the existing-network rows use exactly these ids. */
export function fieldElementId(field: PlanField): string {
  const existing = /^existingNetworks\.(\d+)$/.exec(field);
  return existing ? `existing-network-${existing[1]}` : `ipPlan-${field}`;
}

/** Moves the caret to a field from the summary, so fixing a listed problem is one click away. */
export function focusField(field: PlanField): void {
  const input = document.getElementById(fieldElementId(field));
  if (!(input instanceof HTMLElement)) return;
  input.scrollIntoView({ block: 'center', behavior: 'smooth' });
  input.focus({ preventScroll: true });
}
