import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { monospaceFont } from '../theme.js';
import type { PlanSummary, SummaryNode, SummarySection } from './plan-summary.js';

/** Issues beyond this many are counted, not listed, so an invalid plan still fits one page. */
const listedIssues = 6;

const cellSx = { py: '2px', pr: 1, verticalAlign: 'top', textAlign: 'left', fontSize: 'inherit' } as const;

function SectionTable(props: { section: SummarySection }) {
  const { section } = props;
  return (
    <Box component="section" aria-labelledby={`summary-${section.id}`} data-testid={`summary-${section.id}`} sx={{ breakInside: 'avoid' }}>
      <Typography id={`summary-${section.id}`} variant="subtitle2" component="h3" sx={{ borderBottom: 1, borderColor: 'divider', mb: 0.5 }}>
        {section.title}
      </Typography>
      <Box component="table" sx={{ borderCollapse: 'collapse', width: '100%', fontSize: '0.8125rem' }}>
        <tbody>
          {section.rows.map((row) => (
            <tr key={row.label} data-label={row.label}>
              <Box component="th" scope="row" sx={{ ...cellSx, fontWeight: 'normal', color: 'text.secondary', width: '38%' }}>
                {row.label}
              </Box>
              <Box component="td" sx={{ ...cellSx, fontFamily: row.mono ? monospaceFont : undefined, overflowWrap: 'anywhere' }}>
                {row.value}
              </Box>
            </tr>
          ))}
        </tbody>
      </Box>
    </Box>
  );
}

function NodesTable(props: { nodes: SummaryNode[] }) {
  const head = ['Name', 'Host', 'Port', 'User', 'Sign-in'];
  return (
    <Box component="table" data-testid="summary-nodes" sx={{ borderCollapse: 'collapse', width: '100%', fontSize: '0.8125rem', mt: 0.5 }}>
      <caption style={{ textAlign: 'left', captionSide: 'top' }}>Remote Windows nodes</caption>
      <thead>
        <tr>
          {head.map((name) => (
            <Box component="th" scope="col" key={name} sx={{ ...cellSx, color: 'text.secondary', fontWeight: 'normal', borderBottom: 1, borderColor: 'divider' }}>
              {name}
            </Box>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.nodes.map((node, index) => (
          <tr key={index}>
            <Box component="td" sx={cellSx}>{node.name}</Box>
            <Box component="td" sx={{ ...cellSx, fontFamily: monospaceFont }}>{node.host}</Box>
            <Box component="td" sx={{ ...cellSx, fontFamily: monospaceFont }}>{node.port}</Box>
            <Box component="td" sx={{ ...cellSx, fontFamily: monospaceFont }}>{node.username}</Box>
            <Box component="td" sx={cellSx}>{node.signIn}</Box>
          </tr>
        ))}
      </tbody>
    </Box>
  );
}

/** The page itself: heading, the calculator's verdict, the sections in two columns, the node list. */
export function SummarySheet(props: { summary: PlanSummary }) {
  const { summary } = props;
  const shown = summary.verdict.issues.slice(0, listedIssues);
  const more = summary.verdict.issues.length - shown.length;
  const windowsNodes = summary.sections.find((section) => section.id === 'windowsNodes');
  const columns = summary.sections.filter((section) => section !== windowsNodes);
  return (
    <Box component="article" aria-labelledby="summary-title" data-testid="plan-summary" sx={{ color: 'text.primary' }}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 2, flexWrap: 'wrap', borderBottom: 2, borderColor: 'primary.main', pb: 0.5, mb: 1.5 }}>
        <Typography id="summary-title" variant="h6" component="h2" sx={{ flexGrow: 1 }}>
          Windows node plan{summary.planName ? `: ${summary.planName}` : ''}
        </Typography>
        <Typography variant="body2" color="text.secondary" data-testid="summary-date">
          Printed {summary.printedOn} · Windows Node Wizard
        </Typography>
      </Box>
      <Alert severity={summary.verdict.ok ? 'success' : 'error'} data-testid="summary-verdict" sx={{ py: 0, mb: 1.5, '& .MuiAlert-message': { fontSize: '0.8125rem' } }}>
        <strong>{summary.verdict.headline}</strong>
        {shown.length > 0 && (
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {shown.map((issue) => (
              <li key={issue}>{issue}</li>
            ))}
            {more > 0 && <li>and {more} more (see the IP plan step)</li>}
          </Box>
        )}
      </Alert>
      {/* Columns, not a grid: a long section beside short ones leaves no gap, so the page stays one page. */}
      <Box sx={{ columnCount: 2, columnGap: 3, '& > section': { mb: 1.5 } }}>
        {columns.map((section) => (
          <SectionTable key={section.id} section={section} />
        ))}
      </Box>
      {windowsNodes && (
        <Box sx={{ mt: 1.5 }}>
          <SectionTable section={windowsNodes} />
          {summary.nodes.length > 0 && <NodesTable nodes={summary.nodes} />}
        </Box>
      )}
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1.5 }}>
        Secrets are never printed: the SSH password and key passphrase are not part of the plan, and the kubeadm token and
        CA cert hash are only marked as fetched.
      </Typography>
    </Box>
  );
}
