/**
 * A PowerShell syntax check for tests, since no PowerShell runs here: tree-sitter-powershell (wasm) through
 * web-tree-sitter. Tree-sitter accepts more than PowerShell does and knows only the ASCII quote, so besides
 * `hasError` the checks read structure: where each string literal stands, and what PowerShell's own tokenizer
 * rules (all five single quotes, pairs undone) make of it.
 */
import { createRequire } from 'node:module';
import v8 from 'node:v8';
import { Language, Parser, type Node, type Tree } from 'web-tree-sitter';

// Without this, V8 tiers the grammar's wasm up in the background and the process lingers ~10 s on exit.
// It must be set before the first wasm compiles, which is Parser.init() below.
v8.setFlagsFromString('--liftoff-only');

const require = createRequire(import.meta.url);

/** A string literal in a script: where it stands and the value PowerShell gives it. */
export interface LiteralUse {
  /** Its place, outermost first: `Set-Location -LiteralPath`, `$work = › GetUnresolvedProviderPathFromPSPath(1)`. */
  at: string;
  /** The value PowerShell reads (quote pairs undone); the raw text when there is a problem. */
  value: string;
  /** Why this is not one plain verbatim literal standing alone; absent when it is. */
  problem?: string;
}

export interface ScriptCheck {
  hasError: boolean;
  /** The tree without any text: equal shapes differ only in the contents of literals, names and numbers. */
  shape: string;
  literals: LiteralUse[];
}

export interface PowerShellSyntax {
  /** The raw tree; the caller must `tree.delete()` it (it lives in wasm memory). */
  parse(script: string): { hasError: boolean; tree: Tree };
  /** Parses, describes and frees the tree. */
  check(script: string): ScriptCheck;
  literalArgumentsOf(script: string): LiteralUse[];
}

const singleQuotes = new Set(["'", '\u2018', '\u2019', '\u201A', '\u201B']);

/**
 * Reads a verbatim string the way PowerShell's tokenizer does (`ScanStringLiteral`): it opens at any single
 * quote, two quotes in a row stand for the second, and any other quote closes it. Undefined when `text` has no
 * literal at `start` or it never closes.
 */
export function readVerbatimLiteral(text: string, start: number): { value: string; end: number } | undefined {
  if (!singleQuotes.has(text.charAt(start))) return undefined;
  const parts: string[] = [];
  let from = start + 1;
  for (let i = from; i < text.length; i++) {
    if (!singleQuotes.has(text.charAt(i))) continue;
    parts.push(text.slice(from, i));
    if (!singleQuotes.has(text.charAt(i + 1))) return { value: parts.join(''), end: i + 1 };
    i++;
    from = i;
  }
  return undefined;
}

/** True when an argument or value node is exactly one string literal and nothing else: it spans no other token. */
export function isSingleStringLiteral(node: Node): boolean {
  const literals = node.type === 'string_literal' ? [node] : node.descendantsOfType('string_literal');
  const [literal] = literals;
  return literals.length === 1 && literal?.startIndex === node.startIndex && literal.endIndex === node.endIndex;
}

function commandPlace(command: Node | null, element: Node): string {
  const name = command?.childForFieldName('command_name')?.text ?? '?';
  const operator = command?.child(0)?.type === 'command_invokation_operator' ? `${command.child(0)?.text} ` : '';
  let previous = element.previousNamedSibling;
  while (previous?.type === 'command_argument_sep') previous = previous.previousNamedSibling;
  return `${operator}${name} ${previous?.type === 'command_parameter' ? previous.text : '(positional)'}`;
}

/** `Method(n)`: the argument list follows the method's name; n counts the arguments up to this one. */
function methodPlace(list: Node, argument: Node): string {
  let position = 1;
  for (let previous = argument.previousNamedSibling; previous; previous = previous.previousNamedSibling) position++;
  return `${list.parent?.previousNamedSibling?.text ?? '?'}(${position})`;
}

function placeOf(node: Node, child: Node): string | undefined {
  if (node.type === 'command_elements') return commandPlace(node.parent, child);
  if (node.type === 'argument_expression_list') return methodPlace(node, child);
  if (node.type === 'assignment_expression') return `${node.namedChild(0)?.text ?? '?'} =`;
  if (node.type === 'array_expression') return '@()';
  return undefined;
}

/** The places a literal stands in, outermost first, and the node that is its whole argument or value there. */
function placesOf(literal: Node): { places: string[]; whole: Node | undefined } {
  const places: string[] = [];
  let whole: Node | undefined;
  let child = literal;
  for (let node = literal.parent; node; child = node, node = node.parent) {
    const place = placeOf(node, child);
    if (place === undefined) continue;
    places.unshift(place);
    whole ??= child;
  }
  return { places, whole };
}

const sameSpan = (a: Node | null | undefined, b: Node | null | undefined) => !!a && !!b && a.startIndex === b.startIndex && a.endIndex === b.endIndex;

function describeLiteral(script: string, literal: Node): LiteralUse {
  const { places, whole } = placesOf(literal);
  const at = places.join(' › ') || 'expression';
  const kind = literal.namedChild(0)?.type;
  if (kind !== 'verbatim_string_characters') return { at, value: literal.text, problem: `a ${kind ?? 'string'}, not a verbatim string` };
  const read = readVerbatimLiteral(script, literal.startIndex);
  if (!read || read.end !== literal.endIndex || script.slice(literal.startIndex, read.end) !== literal.text) {
    const powerShellEnd = read ? `at offset ${read.end}` : 'nowhere';
    return { at, value: literal.text, problem: `PowerShell ends this literal ${powerShellEnd}, tree-sitter at ${literal.endIndex}` };
  }
  // An argument, method argument or assigned value is the literal alone, or in @('a','b') one whole element of the
  // list; a literal in a free-standing expression (`'{0}.{1}' -f …`) stands wherever the script's author put it.
  const element = literal.parent;
  const listed = places.at(-1) === '@()' && element?.parent?.type === 'array_literal_expression' && sameSpan(element, literal) && sameSpan(element.parent, whole);
  if (!whole || sameSpan(whole, literal) || listed) return { at, value: read.value };
  return { at, value: read.value, problem: `part of the larger expression ${whole.text}` };
}

function literalsIn(script: string, root: Node): LiteralUse[] {
  return root.descendantsOfType('string_literal').flatMap((literal) => (literal ? [describeLiteral(script, literal)] : []));
}

let loading: Promise<PowerShellSyntax> | undefined;

/** Loads the grammar once per process; every caller shares the one parser. */
export function loadPowerShellSyntax(): Promise<PowerShellSyntax> {
  loading ??= (async () => {
    await Parser.init();
    const language = await Language.load(require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm'));
    const parser = new Parser();
    parser.setLanguage(language);
    const parse = (script: string) => {
      const tree = parser.parse(script);
      if (!tree) throw new Error('tree-sitter returned no tree');
      return { hasError: tree.rootNode.hasError, tree };
    };
    const withTree = <T>(script: string, read: (root: Node) => T): T => {
      const { tree } = parse(script);
      try {
        return read(tree.rootNode);
      } finally {
        tree.delete();
      }
    };
    return {
      parse,
      check: (script) => withTree(script, (root) => ({ hasError: root.hasError, shape: root.toString(), literals: literalsIn(script, root) })),
      literalArgumentsOf: (script) => withTree(script, (root) => literalsIn(script, root)),
    };
  })();
  return loading;
}
