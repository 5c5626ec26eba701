import { useEffect, useRef, type ComponentType, type FocusEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Step from '@mui/material/Step';
import StepButton from '@mui/material/StepButton';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import type { WizardStepId } from '../../../shared/plan/plan-schema.js';
import { FlannelStep } from '../steps/FlannelStep.js';
import { InstallStep } from '../steps/InstallStep.js';
import { IpPlanStep } from '../steps/IpPlanStep.js';
import { NodeConfigStep } from '../steps/NodeConfigStep.js';
import { wizardSteps } from '../steps/wizard-steps.js';
import { usePlanStore } from '../store/plan-store.js';

const stepContent: Record<WizardStepId, ComponentType> = {
  ipPlan: IpPlanStep,
  flannel: FlannelStep,
  nodeConfig: NodeConfigStep,
  install: InstallStep,
};

/**
 * The stepper, the active step and Back / Next. Any step can be opened at any time; every value lives in
 * the plan store, so leaving a step loses nothing, and the active step itself is saved with the plan.
 */
export function WizardSteps() {
  const activeStep = usePlanStore((state) => state.plan.activeStep);
  const setActiveStep = usePlanStore((state) => state.setActiveStep);
  const index = Math.max(0, wizardSteps.findIndex((step) => step.id === activeStep));
  const previous = wizardSteps[index - 1];
  const next = wizardSteps[index + 1];
  const Content = stepContent[activeStep];
  const heading = useRef<HTMLHeadingElement>(null);
  const headingStep = useRef(activeStep);
  const stepper = useRef<HTMLDivElement>(null);

  // Moving on with Next, Back or a "Go to step" button puts focus on the new step's heading, so it is never dropped
  // on the page (those buttons may be gone) and the next Tab reaches the step's first field. Choosing a step in the
  // stepper (a tab list, with arrow keys) keeps focus there, as tabs do; the first render is the plan loading.
  useEffect(() => {
    if (headingStep.current === activeStep) return;
    headingStep.current = activeStep;
    if (!stepper.current?.contains(document.activeElement)) heading.current?.focus();
  }, [activeStep]);

  // MUI's stepper leaves its Tab stop on the step focused last (the first one until then); tabbing into a tab list
  // should land on the selected tab. Keyboard focus only: a click on another step must stay where it landed.
  const onStepperFocus = (event: FocusEvent<HTMLDivElement>) => {
    const from = event.relatedTarget;
    if (from instanceof Node && event.currentTarget.contains(from)) return;
    const selected = document.getElementById(`step-tab-${activeStep}`);
    if (selected && event.target !== selected && event.target.matches(':focus-visible')) selected.focus();
  };

  return (
    <Stack spacing={3}>
      <Stepper ref={stepper} nonLinear activeStep={index} aria-label="Wizard steps" onFocus={onStepperFocus}>
        {wizardSteps.map((step) => (
          <Step key={step.id} completed={false}>
            <StepButton
              id={`step-tab-${step.id}`}
              aria-controls="step-panel"
              data-testid={`step-${step.id}`}
              onClick={() => setActiveStep(step.id)}
            >
              {step.label}
            </StepButton>
          </Step>
        ))}
      </Stepper>
      <Box role="tabpanel" id="step-panel" aria-labelledby={`step-tab-${activeStep}`}>
        <Typography ref={heading} id="step-heading" variant="h5" component="h2" tabIndex={-1} sx={{ mb: 2, '&:focus': { outline: 'none' }, '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: 4 } }}>
          Step {index + 1} of {wizardSteps.length}: {wizardSteps[index]?.label}
        </Typography>
        <Content />
      </Box>
      <Stack direction="row" sx={{ justifyContent: 'space-between' }}>
        <Button
          variant="outlined"
          disabled={!previous}
          onClick={() => previous && setActiveStep(previous.id)}
          data-testid="back-button"
        >
          Back
        </Button>
        <Button
          variant="contained"
          disabled={!next}
          onClick={() => next && setActiveStep(next.id)}
          data-testid="next-button"
        >
          Next
        </Button>
      </Stack>
    </Stack>
  );
}
