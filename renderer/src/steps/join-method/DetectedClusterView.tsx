import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { monospaceFont } from '../../theme.js';
import type { DetectedCluster } from './join-method-model.js';

function Row(props: { name: string; value: string; testId?: string }) {
  return (
    <Stack direction="row" spacing={2}>
      <Typography component="dt" variant="body2" sx={{ width: 120, flexShrink: 0, color: 'text.secondary' }}>
        {props.name}
      </Typography>
      <Typography component="dd" variant="body2" data-testid={props.testId} sx={{ m: 0, fontFamily: monospaceFont }}>
        {props.value}
      </Typography>
    </Stack>
  );
}

/** What the detection read from the cluster: its version, flannel's, the API server it advertises and every node's kubelet. */
export function DetectedClusterView(props: { cluster: DetectedCluster; source: string }) {
  const { cluster } = props;
  const apiServer = cluster.apiServerHost ? `${cluster.apiServerHost}${cluster.apiServerPort ? `:${cluster.apiServerPort}` : ''}` : 'not read';
  return (
    <Stack spacing={1.5} data-testid="detected-cluster">
      <Typography variant="subtitle2" component="h4">
        Found on the cluster <Typography component="span" variant="body2" color="text.secondary">({props.source})</Typography>
      </Typography>
      <Stack component="dl" spacing={0.5} sx={{ m: 0 }}>
        <Row name="Kubernetes" value={cluster.kubernetesVersion} testId="detected-version" />
        <Row name="Flannel" value={cluster.flannelVersion ?? 'not deployed yet'} testId="detected-flannel-version" />
        <Row name="API server" value={apiServer} />
      </Stack>
      {cluster.nodes.length > 0 && (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label="Nodes and their kubelet versions" data-testid="detected-nodes">
            <TableHead>
              <TableRow>
                <TableCell>Node</TableCell>
                <TableCell>OS</TableCell>
                <TableCell>kubelet</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {cluster.nodes.map((node) => (
                <TableRow key={node.name}>
                  <TableCell sx={{ fontFamily: monospaceFont }}>{node.name}</TableCell>
                  <TableCell>{node.os}</TableCell>
                  <TableCell sx={{ fontFamily: monospaceFont }}>{node.kubeletVersion}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Stack>
  );
}
