import { completeNodeConfig } from './complete-node-config.js';
import { nearestLocation } from './field-paths.js';
import { parseJsoncText, type TextPosition } from './jsonc-text.js';
import { FILE_FIELD, hasErrors, issue, type NodeConfigIssue } from './node-config-issues.js';
import type { ExtraField, NodeConfig } from './node-config-schema.js';
import { readDocument } from './read-document.js';
import { validateNodeConfig, type NodeContext } from './validate-node-config.js';

/** A file read into the model: what it holds, what it holds besides, and where each value was. */
export interface ReadNodeConfig {
  /** Undefined only when the text is not JSON at all or not an object; otherwise complete, gaps filled. */
  config: NodeConfig | undefined;
  extras: ExtraField[];
  locations: Record<string, TextPosition>;
  /** What reading found: syntax, types, keys, migration, filled sections. Rules come from validation. */
  issues: NodeConfigIssue[];
}

export interface ImportedNodeConfig extends ReadNodeConfig {
  /** No error among the issues: the config can be exported as it is. */
  ok: boolean;
}

/**
 * Reads a Kubecluster*.json, commented or plain. Syntax errors stop here (with every one of them listed):
 * what jsonc-parser recovers from a broken file is a guess, and filling a form with a guess misleads.
 */
export function readNodeConfigText(text: string): ReadNodeConfig {
  const parsed = parseJsoncText(text);
  if (parsed.root === undefined || parsed.issues.length > 0) return { config: undefined, extras: [], locations: {}, issues: parsed.issues };
  const document = readDocument(parsed.root, parsed.positionOf);
  if (document.raw === undefined) return { config: undefined, extras: [], locations: {}, issues: document.issues };
  const completed = completeNodeConfig(document);
  const comments = parsed.firstComment
    ? [{ ...issue('notice', 'COMMENTS_DROPPED', FILE_FIELD, 'the file has comments; ConvertFrom-Json reads none, so export leaves them out.'), ...parsed.firstComment }]
    : [];
  return { config: completed.config, extras: document.extras, locations: document.locations, issues: [...comments, ...document.issues, ...completed.issues] };
}

/**
 * Gives each issue the place of its field (or of the section that should hold it). Fields in `replaced` got
 * their value elsewhere (a CLI option, the form), so the file's line would point at the old value.
 */
export function locateIssues(issues: readonly NodeConfigIssue[], locations: Readonly<Record<string, TextPosition>>, replaced: ReadonlySet<string> = new Set()): NodeConfigIssue[] {
  return issues.map((item) => {
    if (item.line !== undefined || replaced.has(item.field) || item.field === FILE_FIELD) return item;
    const location = nearestLocation(locations, item.field);
    return location ? { ...item, ...location } : item;
  });
}

/** File order, so a reader can walk down the file; problems without a place keep their order at the end. */
export function sortByPosition(issues: readonly NodeConfigIssue[]): NodeConfigIssue[] {
  const key = (item: NodeConfigIssue) => (item.line === undefined ? Number.MAX_SAFE_INTEGER : item.line * 1e6 + (item.column ?? 0));
  return [...issues].sort((a, b) => key(a) - key(b));
}

/**
 * Rule findings minus those about a field (or anything inside a section) that reading already refused, e.g. for a
 * wrong type: the value judged would be the filled-in default, not what the file says.
 */
export function withoutRefused(rules: readonly NodeConfigIssue[], readIssues: readonly NodeConfigIssue[]): NodeConfigIssue[] {
  const refused = readIssues.filter((item) => item.severity === 'error').map((item) => item.field);
  return rules.filter((item) => !refused.some((field) => item.field === field || item.field.startsWith(`${field}.`)));
}

/** Read, validate against KubeCluster.ps1's rules, and place every problem at its line and column. */
export function importNodeConfig(text: string, context: NodeContext = {}): ImportedNodeConfig {
  const read = readNodeConfigText(text);
  if (!read.config) return { ...read, ok: false };
  const rules = withoutRefused(validateNodeConfig(read.config, context), read.issues);
  const issues = sortByPosition([...read.issues, ...locateIssues(rules, read.locations)]);
  return { ...read, issues, ok: !hasErrors(issues) };
}
