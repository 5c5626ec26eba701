import { z } from 'zod';
import { jobRequestSchema, jobResultSchema, jobSummarySchema, logLineSchema } from '../jobs/job-types.js';
import { planSchema } from '../plan/plan-schema.js';
import { planLibraryRequests } from './plan-library-contract.js';
import { nodeProgressSchema } from '../windows-node/node-progress.js';
import { hostKeyStatusSchema, sshHostSchema, sshPortSchema } from '../ssh/ssh-profile-schema.js';

/**
 * The one contract between the wizard and the main side. Every request is `name → { arg, result }` and
 * every event is `name → payload`; the preload API, the Electron registration, the WebSocket bridge and
 * the renderer client are all derived from these two maps. Adding a call is one entry here plus its handler.
 *
 * Argument schemas are strict: an extra field is an error, so a compromised page cannot smuggle options.
 */
const none = z.undefined();
/** A bundle `diagnostics.create` named: no folder, no dots but the extension, so it can only name a file it made. */
const diagnosticsFileNameSchema = z.string().max(80).regex(/^wnw-diagnostics-[0-9A-Za-z-]{1,60}\.zip$/, 'The name diagnostics.create returned (wnw-diagnostics-<time>.zip).');

export const requests = {
  'app.info': {
    arg: none,
    result: z.object({
      name: z.string(),
      version: z.string(),
      platform: z.string(),
      arch: z.string(),
      elevated: z.boolean(),
      /** `electron` when the desktop app serves the wizard, `web` when the browser host does. */
      transport: z.enum(['electron', 'web']),
      userDataDir: z.string(),
    }),
  },
  'plan.load': {
    arg: none,
    result: z.object({ plan: planSchema.nullable(), path: z.string(), notice: z.string().optional() }),
  },
  'plan.save': {
    arg: z.strictObject({ plan: planSchema }),
    result: z.object({ path: z.string(), savedAt: z.string() }),
  },
  ...planLibraryRequests,
  'host.networks': {
    arg: none,
    result: z.array(
      z.object({
        interfaceName: z.string(),
        address: z.string(),
        /** The network the address sits in, normalised (`192.168.1.0/24`), for collision checks. */
        cidr: z.string(),
        internal: z.boolean(),
      }),
    ),
  },
  /** Fetches the host's key without authenticating, and says whether it is trusted, new or changed. */
  'ssh.scanHostKey': {
    arg: z.strictObject({ host: sshHostSchema, port: sshPortSchema }),
    result: z.object({
      host: z.string(),
      port: z.number(),
      keyType: z.string(),
      fingerprint: z.string(),
      status: hostKeyStatusSchema,
      knownFingerprint: z.string().optional(),
    }),
  },
  /** Trusts exactly the fingerprint the operator saw; refuses to replace a different trusted key. */
  'ssh.trustHostKey': {
    arg: z.strictObject({ host: sshHostSchema, port: sshPortSchema, keyType: z.string().max(64), fingerprint: z.string().regex(/^SHA256:[A-Za-z0-9+/]{43}$/) }),
    result: z.object({ trusted: z.literal(true) }),
  },
  /** The deliberate, separate step after a changed-key warning. */
  'ssh.forgetHostKey': {
    arg: z.strictObject({ host: sshHostSchema, port: sshPortSchema }),
    result: z.object({ forgotten: z.boolean() }),
  },
  /** An ed25519 key pair for the operator, and the line for the control plane's authorized_keys. */
  'ssh.generateKey': {
    arg: z.strictObject({ passphrase: z.string().max(1024).optional() }),
    result: z.object({ privateKeyPath: z.string(), publicKeyPath: z.string(), authorizedKeysLine: z.string(), fingerprint: z.string() }),
  },
  /**
   * Starts the app again with administrator rights (Windows UAC prompt) and closes this instance; install, join
   * and reset on this machine need it. `relaunching: false` with the reason where that is impossible (web host).
   */
  'app.relaunchElevated': {
    arg: none,
    result: z.object({ relaunching: z.boolean(), reason: z.string().optional() }),
  },
  /** Where each node's last install, join or reset got to (kept across reboots and restarts of the app). */
  'nodes.progress': {
    arg: none,
    result: z.array(nodeProgressSchema),
  },
  'jobs.start': {
    arg: jobRequestSchema,
    result: z.object({ jobId: z.string() }),
  },
  'jobs.cancel': {
    arg: z.strictObject({ jobId: z.string().max(64) }),
    result: z.object({ cancelled: z.boolean() }),
  },
  'jobs.list': {
    arg: none,
    result: z.array(jobSummarySchema),
  },
  /** The result of a finished job that produces one (fetched secrets); null when there is none (yet). */
  'jobs.result': {
    arg: z.strictObject({ jobId: z.string().max(64) }),
    result: jobResultSchema.nullable(),
  },
  'jobs.log': {
    arg: z.strictObject({ jobId: z.string().max(64), fromSeq: z.number().int().min(1).optional() }),
    result: z.object({ lines: z.array(logLineSchema), truncated: z.boolean() }),
  },
  /**
   * Opens a job's full on-disk log in the system's default viewer (desktop app). The web host cannot open files
   * on the operator's screen: it answers `opened: false` with the path, and the viewer offers "save full log".
   */
  'jobs.openLog': {
    arg: z.strictObject({ jobId: z.string().max(64) }),
    result: z.object({ opened: z.boolean(), path: z.string(), reason: z.string().optional() }),
  },
  /**
   * A zip for a support ticket, written to `<userData>/diagnostics/wnw-diagnostics-<time>.zip`: app info, the saved
   * plan, every job's summary, log and step marks, preflight results and node progress, secrets redacted, and a
   * README.txt saying what is inside and what was redacted.
   */
  'diagnostics.create': {
    arg: none,
    result: z.object({ path: z.string(), fileName: z.string(), bytes: z.number().int(), entries: z.array(z.string()) }),
  },
  /** A bundle's bytes as base64, for the web host's download (it cannot show a file on the operator's screen); up to 50 MiB. */
  'diagnostics.download': {
    arg: z.strictObject({ fileName: diagnosticsFileNameSchema }),
    result: z.object({ fileName: z.string(), bytes: z.number().int(), base64: z.string() }),
  },
  /** Desktop: shows the bundle in the system's file manager; `shown: false` with the reason where that is impossible. */
  'diagnostics.showInFolder': {
    arg: z.strictObject({ fileName: diagnosticsFileNameSchema }),
    result: z.object({ shown: z.boolean(), path: z.string(), reason: z.string().optional() }),
  },
} as const;

export const events = {
  'job.state': jobSummarySchema,
  'job.log': z.object({ jobId: z.string(), lines: z.array(logLineSchema) }),
} as const;
