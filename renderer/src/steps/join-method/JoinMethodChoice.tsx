import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { FieldHelp } from '../../components/help/FieldHelp.js';
import { disabledReason, joinMethodLabels, joinMethods, type JoinMethod, type MethodAdvice } from './join-method-model.js';

const explanations: Record<JoinMethod, string> = {
  kubecluster: 'The seeds’ flow: KubeCluster.ps1 installs Docker and joins with Kubeclustervxlan.json (below).',
  kubeadm: 'Install-Containerd.ps1, PrepareNode.ps1 and kubeadm join, with flannel and kube-proxy as HostProcess DaemonSets.',
};

/** The two methods; one the version rules out is disabled and says why right under it. */
export function JoinMethodChoice(props: { method: JoinMethod; advice: MethodAdvice | undefined; onChange: (method: JoinMethod) => void }) {
  return (
    <FormControl>
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
        <FormLabel id="join-method-label">Method</FormLabel>
        <FieldHelp id="joinMethod.method" dense />
      </Stack>
      <RadioGroup aria-labelledby="join-method-label" value={props.method} onChange={(event) => props.onChange(event.target.value === 'kubeadm' ? 'kubeadm' : 'kubecluster')} data-testid="join-method">
        {joinMethods.map((method) => {
          const reason = disabledReason(method, props.advice);
          const helpId = `join-method-${method}-help`;
          return (
            <Stack key={method} sx={{ mb: 1 }}>
              <FormControlLabel
                value={method}
                disabled={reason !== undefined}
                control={<Radio slotProps={{ input: { 'data-testid': `join-method-${method}`, 'aria-describedby': helpId } as object }} />}
                label={
                  <>
                    {joinMethodLabels[method]}
                    {props.advice?.method === method && (
                      <Typography component="span" variant="body2" color="success.main" sx={{ ml: 1, fontWeight: 600 }}>
                        (recommended for {props.advice.version})
                      </Typography>
                    )}
                  </>
                }
              />
              <FormHelperText id={helpId} sx={{ mt: -0.5, ml: 4 }} data-testid={`join-method-${method}-help`} data-disabled={reason ? 'true' : 'false'}>
                {reason ? `Not available: ${reason}` : explanations[method]}
              </FormHelperText>
            </Stack>
          );
        })}
      </RadioGroup>
    </FormControl>
  );
}
