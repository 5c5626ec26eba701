import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KubeClusterEvent, KubeClusterMode } from './kubecluster-events.js';
import { KubeClusterOutputParser } from './parse-kubecluster-output.js';
import { installEveryPhase, installExtractFails } from './testing/install-transcripts.js';
import { joinSuccess, joinWithKubeadmFailure } from './testing/join-transcripts.js';
import { noiseLines } from './testing/noise.js';
import { resetComplete } from './testing/reset-transcript.js';

const modes = fc.constantFrom<KubeClusterMode>('install', 'join', 'reset');

// Words of everyday log chatter; shuffled, they never form one of the script's sentences.
const vocabulary = ['node', 'cluster', 'service', 'network', 'config', 'kubelet', 'docker', 'flannel', 'Ethernet', 'vxlan0', 'the', 'to', 'is', 'at', '10.0.0.4', '6443', 'Status', ':', 'Running', 'Stopped', 'WARNING:', 'INFO', '[preflight]', 'x', '{', '}', '"Name":', 'd-----', 'Mode', 'sha256:ab12'];
const wordSalad = fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));
const unrelatedLine = fc.oneof(fc.string({ maxLength: 80 }), wordSalad, fc.constantFrom(...noiseLines));

function run(mode: KubeClusterMode, feed: (parser: KubeClusterOutputParser) => KubeClusterEvent[]): KubeClusterEvent[] {
  const parser = new KubeClusterOutputParser(mode);
  return [...feed(parser), ...parser.finish(0)];
}

const transcripts: ReadonlyArray<[KubeClusterMode, readonly string[]]> = [
  ['install', installEveryPhase],
  ['install', installExtractFails],
  ['join', joinSuccess],
  ['join', joinWithKubeadmFailure(['error execution phase preflight: [preflight] Some fatal errors occurred:', '\t[ERROR IsPrivilegedUser]: user is not running as administrator'])],
  ['reset', resetComplete],
];

describe('KubeClusterOutputParser (properties)', () => {
  it('never reports anything for unrelated lines', () => {
    fc.assert(
      fc.property(modes, fc.array(unrelatedLine, { maxLength: 40 }), (mode, lines) => {
        const parser = new KubeClusterOutputParser(mode);
        expect(lines.flatMap((line) => parser.feed(line))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same events however the output is cut into chunks', () => {
    const cases = fc.constantFrom(...transcripts).chain(([mode, lines]) => {
      const text = `${lines.join('\r\n')}\r\n`;
      return fc.record({
        mode: fc.constant(mode),
        lines: fc.constant(lines),
        text: fc.constant(text),
        cuts: fc.uniqueArray(fc.integer({ min: 1, max: text.length - 1 }), { maxLength: 60 }),
      });
    });
    fc.assert(
      fc.property(cases, ({ mode, lines, text, cuts }) => {
        const expected = run(mode, (parser) => lines.flatMap((line) => parser.feed(line)));
        const bounds = [0, ...[...cuts].sort((a, b) => a - b), text.length];
        const chunks = bounds.slice(1).map((end, i) => text.slice(bounds[i], end));
        expect(run(mode, (parser) => chunks.flatMap((chunk) => parser.push(chunk)))).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
