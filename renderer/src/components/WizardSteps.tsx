import type { ComponentType } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Step from '@mui/material/Step';
import StepButton from '@mui/material/StepButton';
import Stepper from '@mui/material/Stepper';
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

  return (
    <Stack spacing={3}>
      <Stepper nonLinear activeStep={index} aria-label="Wizard steps">
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
