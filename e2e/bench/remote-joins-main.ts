/**
 * The main side of the parallel-joins benchmark, in a process of its own so its memory is the main side's alone.
 * Takes the options as one JSON argument and prints the measured series as the last line of stdout.
 */
import { measureRemoteJoins, type RemoteJoinOptions } from './remote-joins.bench.js';

const options = JSON.parse(process.argv[2] ?? '{}') as RemoteJoinOptions;
// each sshd fixture arms an 'exit' listener (to stop its daemon should this process die early)
process.setMaxListeners(4 * options.nodes);
console.log(JSON.stringify(await measureRemoteJoins(options)));
