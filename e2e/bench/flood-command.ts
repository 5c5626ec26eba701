/**
 * The log flood's child process: mawk printing numbered lines of the kind a tool prints, as fast as it can
 * (~4 million lines/s on the benchmark machine). The number lets the viewer's last row tell how far it got.
 */
export function floodCommand(lines: number): { command: string; args: string[] } {
  const program = `BEGIN { for (i = 1; i <= ${lines}; i++) printf "line %d: pulling image registry.k8s.io/pause:3.9 layer sha256 done\\n", i }`;
  return { command: 'awk', args: [program] };
}
