import type { LogLine } from '../../../../shared/jobs/job-types.js';

/** What the verifyNode job reports about a Ready node, read back from its info lines. */
export interface NodeFacts {
  os?: string;
  kubelet?: string;
  internalIp?: string;
}

const prefixes: Record<keyof NodeFacts, string> = { os: 'OS: ', kubelet: 'Kubelet: ', internalIp: 'Internal IP: ' };

/** The last value of each fact among the job's info lines; a fact the log does not hold stays undefined. */
export function nodeFactsFromLog(lines: readonly LogLine[]): NodeFacts {
  const facts: NodeFacts = {};
  for (const line of lines) {
    if (line.stream !== 'info') continue;
    for (const key of Object.keys(prefixes) as (keyof NodeFacts)[]) {
      const prefix = prefixes[key];
      if (line.text.startsWith(prefix)) facts[key] = line.text.slice(prefix.length).trim();
    }
  }
  return facts;
}
