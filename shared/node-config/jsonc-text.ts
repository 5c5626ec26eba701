import { parseTree, printParseErrorCode, visit, type Node } from 'jsonc-parser';
import { FILE_FIELD, issue, type NodeConfigIssue } from './node-config-issues.js';

/** 1-based, as editors show it. Columns count UTF-16 code units, like the offsets jsonc-parser reports. */
export interface TextPosition {
  line: number;
  column: number;
}

/** Maps offsets to line and column; lines end at `\n`, so a CRLF file counts the same as an LF one. */
export function positionFinder(text: string): (offset: number) => TextPosition {
  const starts = [0];
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  };
}

/** Plain words for jsonc-parser's codes; the code name itself stays in the message for searching. */
const explanations: Readonly<Record<string, string>> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":" after the property name',
  CommaExpected: 'expected "," between entries',
  CloseBraceExpected: 'expected "}" to close an object',
  CloseBracketExpected: 'expected "]" to close a list',
  EndOfFileExpected: 'unexpected text after the end of the document',
  InvalidCommentToken: 'malformed comment',
  UnexpectedEndOfComment: 'a /* comment is not closed',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number is cut off',
  InvalidUnicode: 'malformed \\u escape',
  InvalidEscapeCharacter: 'invalid escape in a string (a Windows path needs doubled backslashes, like "C:\\\\ProgramData")',
  InvalidCharacter: 'a control character inside a string',
};

export interface ParsedText {
  root: Node | undefined;
  /** Syntax errors with their line and column; parsing never stops at the first one. */
  issues: NodeConfigIssue[];
  /** Where the first comment starts, if there is one (ConvertFrom-Json reads none, so export drops them). */
  firstComment: TextPosition | undefined;
  positionOf: (offset: number) => TextPosition;
}

/**
 * Follows objects and lists as they open and close, to say which one a missing bracket leaves open. jsonc-parser
 * ends the object first and reports the missing brace right after, so the one just ended is it. A missing brace is
 * only noticed where the text runs out, often far below the mistake, so the first closing bracket indented left of
 * the line that opened its block is named too: in a hand-edited file, that is where one went missing.
 */
function bracketTracker(text: string, positionOf: (offset: number) => TextPosition) {
  const open: number[] = [];
  let justEnded: number | undefined;
  let misplaced: { closer: TextPosition; opener: TextPosition } | undefined;
  const indentOf = (offset: number) => {
    const start = offset - positionOf(offset).column + 1;
    return { start, width: /^[ \t]*/.exec(text.slice(start))?.[0].length ?? 0 };
  };
  const opened = (offset: number) => void open.push(offset);
  const closed = (offset: number) => {
    justEnded = open.pop();
    const closer = indentOf(offset);
    if (misplaced || justEnded === undefined || offset !== closer.start + closer.width) return;
    if (closer.width < indentOf(justEnded).width) misplaced = { closer: positionOf(offset), opener: positionOf(justEnded) };
  };
  /** The rest of the message for a missing `}` or `]`. */
  const hint = (): string => {
    if (justEnded === undefined) return '.';
    const unclosed = positionOf(justEnded);
    const where = ` (the one that opens at line ${unclosed.line}, column ${unclosed.column}).`;
    if (!misplaced) return where;
    const { closer, opener } = misplaced;
    return `${where} Line ${closer.line} closes with less indentation than line ${opener.line} opened: a "}" or "]" is probably missing just before line ${closer.line}.`;
  };
  return { visitor: { onObjectBegin: opened, onArrayBegin: opened, onObjectEnd: closed, onArrayEnd: closed }, hint };
}

/**
 * Reads JSON with `//` and block comments (the published example has both kinds of text: comments, and
 * `https://` inside strings, which is not a comment). Trailing commas are tolerated: export never writes them.
 */
export function parseJsoncText(input: string): ParsedText {
  // An editor does not count a byte-order mark as a column.
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const options = { allowTrailingComma: true, disallowComments: false };
  const root = parseTree(text, [], options);
  const positionOf = positionFinder(text);
  const issues: NodeConfigIssue[] = [];
  let firstComment: TextPosition | undefined;
  const brackets = bracketTracker(text, positionOf);
  const onError = (error: number, offset: number) => {
    const name = printParseErrorCode(error);
    const tail = name === 'CloseBraceExpected' || name === 'CloseBracketExpected' ? brackets.hint() : '.';
    issues.push({ ...issue('error', 'JSON_SYNTAX', FILE_FIELD, `${name}: ${explanations[name] ?? 'syntax error'}${tail}`), ...positionOf(offset) });
  };
  visit(text, { ...brackets.visitor, onError, onComment: (offset) => void (firstComment ??= positionOf(offset)) }, options);
  if (root === undefined && issues.length === 0) issues.push({ ...issue('error', 'JSON_SYNTAX', FILE_FIELD, 'ValueExpected: the file is empty.'), line: 1, column: 1 });
  return { root, issues, firstComment, positionOf };
}

/**
 * A node's JSON value. Properties are defined, not assigned, so a key such as `__proto__` stays an ordinary
 * field of the kept data instead of changing the object's prototype.
 */
export function nodeToJson(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (!key || !value) continue;
        Object.defineProperty(result, String(key.value), { value: nodeToJson(value), enumerable: true, writable: true, configurable: true });
      }
      return result;
    }
    case 'array':
      return (node.children ?? []).map(nodeToJson);
    default:
      return node.value ?? null;
  }
}
