import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';

/**
 * With containerd + kubeadm, most of this step (Kubeclustervxlan.json) is not used. It stays visible and keeps
 * what was typed, in case the operator switches back; this says which parts still count.
 */
export function KubeclusterOnlyNote(props: { apiServer: string }) {
  return (
    <Alert severity="info" variant="outlined" data-testid="kubecluster-only-note">
      <AlertTitle>Most of this file is for KubeCluster.ps1 only</AlertTitle>
      containerd + kubeadm does not use Kubeclustervxlan.json. From the sections below it takes only the control-plane IP
      address (kubeadm join goes to {props.apiServer}), the kubeadm token and the CA hash; preflight also reads the
      network interface. The rest (release and URL, the runtime and its images, the install destination, the exported
      file) is not used by this method, and is kept as you typed it in case you switch back.
    </Alert>
  );
}
