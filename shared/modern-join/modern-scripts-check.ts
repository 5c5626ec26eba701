/**
 * Whether the two scripts on the node are ones the app can run: what `modernScriptsProbe` printed, read into a
 * verdict. The pinned text is known by its SHA-256; any other text (a newer download, a local copy) must at least
 * parse and declare every parameter the app passes, and is reported as not pinned.
 */
import { isRecord, jsonList, jsonText, parseJsonOutput } from '../preflight/json-output.js';
import { MODERN_SCRIPTS, type PinnedScript } from './pinned-scripts.js';

export interface ModernScriptFile {
  name: PinnedScript['name'];
  sha256: string;
  /** True when the file is byte for byte the pinned text. */
  pinned: boolean;
}

export type ModernScriptsVerdict =
  | { ok: true; files: ModernScriptFile[]; notes: string[] }
  | { ok: false; problems: string[] };

const redownload = "download them again with 'download' (the app fetches the pinned commits).";

const textList = (value: unknown) => jsonList(value).flatMap((item) => {
  const text = jsonText(item)?.trim();
  return text ? [text] : [];
});

type FileCheck = { file: ModernScriptFile; note?: string } | { problems: string[] };

function checkFile(script: PinnedScript, entry: unknown): FileCheck {
  const fields = isRecord(entry) ? entry : {};
  const size = fields.size;
  if (size === null || size === undefined) return { problems: [`${script.name} is missing: ${redownload}`] };
  if (typeof size !== 'number') return { problems: [`${script.name}'s size could not be read: ${redownload}`] };
  if (size === 0) return { problems: [`${script.name} is empty: ${redownload}`] };
  const sha256 = jsonText(fields.sha256)?.toUpperCase();
  if (sha256 === undefined || !/^[0-9A-F]{64}$/.test(sha256)) {
    return { problems: [`${script.name}'s SHA-256 could not be read: run the check again; if it stays, ${redownload}`] };
  }
  if (script.sha256.includes(sha256)) return { file: { name: script.name, sha256, pinned: true } };

  const problems: string[] = [];
  const messages = textList(fields.parseErrors);
  if (messages.length > 0) {
    // A damaged file can have hundreds; the first few say enough.
    const more = messages.length > 3 ? ` and ${messages.length - 3} more` : '';
    problems.push(`${script.name} does not parse (${messages.slice(0, 3).join('; ')}${more}): ${redownload}`);
  }
  const declared = new Set(textList(fields.parameters).map((name) => name.toLowerCase()));
  const missing = script.parameters.filter((name) => !declared.has(name.toLowerCase()));
  if (missing.length > 0) problems.push(`${script.name} has no ${missing.map((name) => `-${name}`).join(', ')} parameter: ${redownload}`);
  if (problems.length > 0) return { problems };
  const note = `${script.name} is not the pinned text (SHA-256 ${sha256}, pinned ${script.sha256[0]} at ${script.commit.slice(0, 8)}); it parses and declares every parameter the app passes.`;
  return { file: { name: script.name, sha256, pinned: false }, note };
}

export function evaluateModernScripts(stdout: string): ModernScriptsVerdict {
  const json = parseJsonOutput(stdout);
  if (!isRecord(json) || !isRecord(json.files)) {
    const shown = stdout.replace(/\s+/g, ' ').trim().slice(0, 160) || '(nothing)';
    return { ok: false, problems: [`The script check printed something other than its JSON (${shown}): run it again; if it stays, ${redownload}`] };
  }
  const entries = json.files;
  const checks = MODERN_SCRIPTS.map((script) => checkFile(script, entries[script.name]));
  const problems = checks.flatMap((check) => ('problems' in check ? check.problems : []));
  if (problems.length > 0) return { ok: false, problems };
  const passed = checks.flatMap((check) => ('file' in check ? [check] : []));
  return { ok: true, files: passed.map((check) => check.file), notes: passed.flatMap((check) => (check.note ? [check.note] : [])) };
}
