/**
 * The terminal door to the wizard's domain logic: `npm run -s cli -- plan|flannel|config …`. Exit status 0 for a valid
 * plan, 1 for a plan with errors, 2 for a usage error (message on stderr).
 */
import { fileURLToPath } from 'node:url';
import { validateIpPlan } from '../../shared/ip-plan/validate-ip-plan.js';
import { runConfigCommand } from './config-command.js';
import { runFlannelCommand } from './flannel-command.js';
import { parsePlanArgs, planUsage, UsageError } from './plan-args.js';
import { formatPlanReport } from './plan-report-text.js';

export interface CliOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const usage = `Usage: npm run -s cli -- <command> [options]\nCommands:\n  plan     check an IP plan (see: npm run -s cli -- plan --help)\n  flannel  patch a kube-flannel.yml for Windows nodes (see: npm run -s cli -- flannel --help)\n  config   build the Kubeclustervxlan.json KubeCluster.ps1 reads (see: npm run -s cli -- config --help)`;

export function runCli(argv: readonly string[], output: CliOutput): number {
  const [command, ...rest] = argv;
  if (command === 'flannel') return runFlannelCommand(rest, output);
  if (command === 'config') return runConfigCommand(rest, output);
  if (command !== 'plan') {
    output.stderr(command === undefined ? usage : `Unknown command "${command}".\n${usage}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    output.stdout(planUsage);
    return 0;
  }
  try {
    const { draft, json } = parsePlanArgs(rest);
    const report = validateIpPlan(draft);
    const { ok, errors, warnings, minimumAddresses, clusterAddresses, maxNodes, suggestedClusterCidr } = report;
    output.stdout(json ? JSON.stringify({ ok, errors, warnings, minimumAddresses, clusterAddresses, maxNodes, suggestedClusterCidr }) : formatPlanReport(draft, report));
    return ok ? 0 : 1;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.stderr(`${error.message}\n${planUsage}`);
    return 2;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
  });
}
