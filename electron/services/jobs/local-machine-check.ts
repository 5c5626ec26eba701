import { listHostNetworks } from '../host-networks.js';
import { powerShellArgv, withUtf8Output } from '../../../shared/powershell/powershell-argv.js';
import { JobFailure, type JobContext, type JobDefinition } from './job-definition.js';

/** One probe per step; each script is a constant, so no operator input ever reaches a shell here. */
interface Probe {
  step: string;
  posix: string;
  windows: string;
}

const probes: Probe[] = [
  {
    step: 'Operating system',
    posix: 'uname -srvm; if [ -r /etc/os-release ]; then . /etc/os-release; echo "Distribution: $PRETTY_NAME"; fi',
    windows: [
      '$os = Get-CimInstance Win32_OperatingSystem',
      '"OS: $($os.Caption) $($os.Version)"',
      '"Build: $($os.BuildNumber)"',
      "$cv = Get-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion'",
      '"Release: $($cv.DisplayVersion) UBR $($cv.UBR)"',
    ].join('\n'),
  },
  {
    step: 'Administrator rights',
    posix: 'echo "User: $(id -un) (uid $(id -u))"; if [ "$(id -u)" = 0 ]; then echo "Elevated: yes"; else echo "Elevated: no"; fi',
    windows: [
      '$principal = New-Object Security.Principal.WindowsPrincipal([Security.Principal.WindowsIdentity]::GetCurrent())',
      '"User: $([Security.Principal.WindowsIdentity]::GetCurrent().Name)"',
      "if ($principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) { 'Elevated: yes' } else { 'Elevated: no' }",
    ].join('\n'),
  },
  {
    step: 'Network interfaces',
    posix:
      'if command -v ip >/dev/null 2>&1; then ip -o -4 addr show; elif command -v ifconfig >/dev/null 2>&1; then ifconfig -a; else echo "Neither ip nor ifconfig is installed; the addresses below come from the app."; fi',
    windows:
      'Get-NetIPAddress -AddressFamily IPv4 | Sort-Object InterfaceAlias | ForEach-Object { "$($_.InterfaceAlias): $($_.IPAddress)/$($_.PrefixLength)" }',
  },
];

export function probeCommand(probe: Probe, platform: NodeJS.Platform): { command: string; args: string[] } {
  if (platform !== 'win32') return { command: '/bin/sh', args: ['-c', probe.posix] };
  const [command, ...args] = powerShellArgv(withUtf8Output(probe.windows));
  return { command: command!, args };
}

async function runProbe(context: JobContext, probe: Probe, platform: NodeJS.Platform): Promise<void> {
  const result = await context.run({ ...probeCommand(probe, platform), timeoutMs: 30_000 });
  if (result.cancelled) return;
  if (result.timedOut) throw new JobFailure(`${probe.step}: the check did not finish within 30 s.`);
  if (result.exitCode !== 0) throw new JobFailure(`${probe.step}: the check exited with code ${result.exitCode ?? result.signal}.`);
}

export function localMachineCheck(platform: NodeJS.Platform = process.platform): JobDefinition<{ kind: 'localMachineCheck' }> {
  return {
    kind: 'localMachineCheck',
    title: () => 'Check this machine',
    steps: () => probes.map((probe) => probe.step),
    conflictKey: () => 'localMachineCheck',
    async run(context) {
      context.log('info', `Checking this machine (${platform === 'win32' ? 'Windows PowerShell' : '/bin/sh'}).`);
      for (const probe of probes) {
        if (context.signal.aborted) return;
        await context.step(probe.step, async () => {
          await runProbe(context, probe, platform);
          if (probe.step === 'Network interfaces') {
            for (const network of listHostNetworks()) {
              context.log('info', `${network.interfaceName}: ${network.address} in ${network.cidr}${network.internal ? ' (loopback)' : ''}`);
            }
          }
        });
      }
    },
  };
}
