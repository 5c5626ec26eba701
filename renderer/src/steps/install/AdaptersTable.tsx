import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { NetworkAdapter } from '../../../../shared/preflight/preflight-types.js';
import { usePlanStore } from '../../store/plan-store.js';
import { monospaceFont } from '../../theme.js';
import { SucceededIcon } from '../flannel/flannel-icons.js';
import { editField } from '../node-config/config-model.js';

const INTERFACE_FIELD = 'Cni.InterfaceName';

/**
 * The node's network adapters as Get-NetAdapter lists them, so Cni.InterfaceName is picked rather than assumed
 * ("Ethernet" is often "Ethernet0" or "Ethernet 2"). "Use this adapter" writes it into the node config draft.
 */
export function AdaptersTable(props: { adapters: readonly NetworkAdapter[] }) {
  const current = usePlanStore((state) => state.plan.nodeConfig.config.Cni.InterfaceName);
  const updateNodeConfig = usePlanStore((state) => state.updateNodeConfig);
  if (props.adapters.length === 0) return null;
  return (
    <Table size="small" data-testid="preflight-adapters" aria-labelledby="preflight-adapters-title">
      <caption style={{ captionSide: 'top', padding: '4px 0' }}>
        <Typography id="preflight-adapters-title" variant="subtitle2" component="span">
          Network adapters on the node
        </Typography>{' '}
        <Typography variant="body2" color="text.secondary" component="span">
          (Cni.InterfaceName is now <b>{current || 'empty'}</b>)
        </Typography>
      </caption>
      <TableHead>
        <TableRow>
          <TableCell>Name</TableCell>
          <TableCell>Description</TableCell>
          <TableCell>Status</TableCell>
          <TableCell>MAC address</TableCell>
          <TableCell>
            <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>Choice</span>
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.adapters.map((adapter, index) => {
          const inUse = adapter.name === current;
          return (
            <TableRow key={`${adapter.ifIndex}-${adapter.name}`} data-testid={`adapter-row-${index}`} selected={inUse}>
              <TableCell sx={{ fontFamily: monospaceFont }}>{adapter.name}</TableCell>
              <TableCell>{adapter.description}</TableCell>
              <TableCell>{adapter.status}</TableCell>
              <TableCell sx={{ fontFamily: monospaceFont }}>{adapter.macAddress}</TableCell>
              <TableCell align="right">
                {inUse ? (
                  <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', justifyContent: 'flex-end', color: 'success.main' }} data-testid={`adapter-in-use-${index}`}>
                    <SucceededIcon fontSize="small" />
                    <Typography variant="body2">In use</Typography>
                  </Stack>
                ) : (
                  <Button size="small" onClick={() => updateNodeConfig((config) => editField(config, INTERFACE_FIELD, adapter.name))} aria-label={`Use the adapter ${adapter.name}`} data-testid={`use-adapter-${index}`}>
                    Use this adapter
                  </Button>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
