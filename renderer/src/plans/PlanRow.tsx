import { useEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { PlanSummary } from '../../../shared/plan/plan-library-schema.js';
import { useApi } from '../api/use-api.js';
import { reportFailure } from '../store/connection-store.js';
import { wizardSteps } from '../steps/wizard-steps.js';
import { deletePlan, duplicatePlan, openPlan } from './plan-actions.js';
import { DeletePlanIcon, DuplicateIcon, ExportPlanIcon, OpenPlanIcon, RenameIcon } from './plan-icons.js';
import { usePlansSession } from './plans-session.js';
import { RenamePlanField } from './RenamePlanField.js';

const changedAt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const stepLabel = (plan: PlanSummary) => wizardSteps.find((step) => step.id === plan.activeStep)?.label ?? plan.activeStep;

function Action({ ref, label, testId, disabled = false, onClick, children }: { ref?: Ref<HTMLButtonElement>; label: string; testId: string; disabled?: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <Tooltip title={label}>
      {/* The span keeps the tooltip working on a disabled button. */}
      <span>
        <IconButton ref={ref} aria-label={label} disabled={disabled} onClick={onClick} data-testid={testId}>
          {children}
        </IconButton>
      </span>
    </Tooltip>
  );
}

/** One saved plan: its name (renamed in place), the step it is on, when it last changed, and what can be done with it. */
export function PlanRow({ plan, current }: { plan: PlanSummary; current: boolean }) {
  const api = useApi();
  const busy = usePlansSession((state) => state.busy);
  const setExporting = usePlansSession((state) => state.setExporting);
  const [renaming, setRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const wasRenaming = useRef(false);
  // When the rename ends, focus goes back to its button instead of dropping to the page.
  useEffect(() => {
    if (wasRenaming.current && !renaming) renameButton.current?.focus();
    wasRenaming.current = renaming;
  }, [renaming]);
  const run = (work: () => Promise<void>, failure: string) => () => void work().catch((error: unknown) => reportFailure(error, failure));

  return (
    <ListItem divider data-testid="plan-row" data-plan-id={plan.id} data-current={current} sx={{ px: 1, gap: 1, flexWrap: 'wrap' }}>
      <Stack sx={{ flexGrow: 1, minWidth: 240 }} spacing={0.5}>
        {renaming ? (
          <RenamePlanField plan={plan} onDone={() => setRenaming(false)} />
        ) : (
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography component="span" sx={{ fontWeight: 500, overflowWrap: 'anywhere' }} data-testid="plan-name">
              {plan.name}
            </Typography>
            {current && <Chip size="small" color="primary" label="Open now" data-testid="plan-current" />}
          </Stack>
        )}
        <Typography variant="body2" color="text.secondary" data-testid="plan-details">
          Step: {stepLabel(plan)} · Changed {changedAt.format(new Date(plan.updatedAt))}
        </Typography>
      </Stack>
      <Stack direction="row" spacing={0.5} role="group" aria-label={`Actions for ${plan.name}`}>
        <Action label={`Open ${plan.name}`} testId="plan-open" disabled={busy || current} onClick={run(() => openPlan(api, plan.id), `Could not open “${plan.name}”`)}>
          <OpenPlanIcon />
        </Action>
        <Action label={`Rename ${plan.name}`} testId="plan-rename" disabled={busy || renaming} onClick={() => setRenaming(true)} ref={renameButton}>
          <RenameIcon />
        </Action>
        <Action label={`Duplicate ${plan.name}`} testId="plan-duplicate" disabled={busy} onClick={run(() => duplicatePlan(api, plan), `Could not duplicate “${plan.name}”`)}>
          <DuplicateIcon />
        </Action>
        <Action label={`Export ${plan.name}`} testId="plan-export" disabled={busy} onClick={() => setExporting(plan)}>
          <ExportPlanIcon />
        </Action>
        <Action label={`Delete ${plan.name}`} testId="plan-delete" disabled={busy} onClick={run(() => deletePlan(api, plan), `Could not delete “${plan.name}”`)}>
          <DeletePlanIcon />
        </Action>
      </Stack>
    </ListItem>
  );
}
