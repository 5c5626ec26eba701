import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { usePlanStore } from '../store/plan-store.js';

/**
 * "Before it can run": what the operator must fix first, in the order they would fix it, with a way to the
 * Node config step when its errors are among them.
 */
export function BlockerList(props: { items: readonly string[]; testId: string; configErrors?: boolean }) {
  const setActiveStep = usePlanStore((state) => state.setActiveStep);
  if (props.items.length === 0) return null;
  return (
    <Box data-testid={props.testId} sx={{ mt: 1.5 }}>
      <Typography variant="subtitle2" component="h4">
        Before it can run
      </Typography>
      <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5, typography: 'body2', color: 'text.secondary' }}>
        {props.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </Box>
      {props.configErrors && (
        <Button size="small" onClick={() => setActiveStep('nodeConfig')} sx={{ mt: 0.5 }}>
          Go to the Node config step
        </Button>
      )}
    </Box>
  );
}
