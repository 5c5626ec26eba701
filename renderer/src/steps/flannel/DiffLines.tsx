import Box from '@mui/material/Box';
import { alpha, type Theme } from '@mui/material/styles';

type LineKind = 'add' | 'remove' | 'hunk' | 'file' | 'context';

function kindOf(line: string): LineKind {
  if (line.startsWith('+++ ') || line.startsWith('--- ')) return 'file';
  if (line.startsWith('@@')) return 'hunk';
  if (line.startsWith('+')) return 'add';
  if (line.startsWith('-')) return 'remove';
  return 'context';
}

const ink = (theme: Theme, color: 'success' | 'error') => (theme.palette.mode === 'dark' ? theme.palette[color].light : theme.palette[color].dark);

// Tinted background plus the +/- sign itself: colour is never the only signal.
const styles: Record<LineKind, object> = {
  add: { bgcolor: (theme: Theme) => alpha(theme.palette.success.main, 0.14), color: (theme: Theme) => ink(theme, 'success') },
  remove: { bgcolor: (theme: Theme) => alpha(theme.palette.error.main, 0.12), color: (theme: Theme) => ink(theme, 'error') },
  hunk: { color: 'info.main', bgcolor: (theme: Theme) => alpha(theme.palette.info.main, 0.08) },
  file: { fontWeight: 700 },
  context: {},
};

/** A unified diff with added and removed lines coloured, for a CodeBlock. */
export function DiffLines(props: { diff: string }) {
  const lines = props.diff.replace(/\n$/, '').split('\n');
  return (
    // One inline block as wide as the longest line, so every line's tint spans the scrolled width.
    <Box component="span" sx={{ display: 'inline-block', minWidth: '100%' }}>
      {lines.map((line, index) => {
        const kind = kindOf(line);
        return (
          <Box component="span" key={index} data-kind={kind} sx={{ display: 'block', px: 0.5, mx: -0.5, ...styles[kind] }}>
            {line || ' '}
          </Box>
        );
      })}
    </Box>
  );
}
