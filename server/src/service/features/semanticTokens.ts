/**
 * Semantic tokens for `${…}` expressions: the `workflow` root, known task references, environment-style names and
 * unknown references are distinct, and path segments after the root are properties. `$.ref` in DO_WHILE loop
 * conditions is coloured like an expression reference.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range, SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import type { OffsetRange } from '../types';
import { documentExpressions, lineSpan } from './documentExpressions';
import type { FeatureModel } from './featureModel';
import { loopConditionReferences } from './scriptReferences';

/** Token types in legend order. `unresolvedReference` is ours; the client maps it to an "invalid" scope. */
export const TOKEN_TYPES = ['namespace', 'variable', 'property', 'macro', 'unresolvedReference'] as const;

type TokenType = (typeof TOKEN_TYPES)[number];

/** The legend the server announces in its capabilities. */
export const semanticTokensLegend: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [] };

// `${CPEWF_TASK_ID}`, `${NETFLIX_ENV}`: Conductor resolves any server env var or system property name (§4.2).
const ENV_NAME = /^[A-Z][A-Z0-9_]*$/;

interface Token {
  readonly range: OffsetRange;
  readonly type: TokenType;
}

/**
 * The encoded semantic tokens of the document, or of the lines of `range` only: the editor asks for the visible
 * range, which keeps a 1 MB workflow cheap to colour after every edit.
 */
export function getSemanticTokens(document: TextDocument, model: FeatureModel, range?: Range): SemanticTokens {
  const text = model.parsed.text;
  const span = range ? lineSpan(text, document.offsetAt(range.start), document.offsetAt(range.end)) : undefined;
  const tokens: Token[] = [];
  for (const expression of documentExpressions(text, span?.start, span?.end)) {
    const [root, ...rest] = expression.segments;
    if (!root) continue;
    tokens.push({ range: root.range, type: rootType(model, root.name, rest.length) });
    for (const segment of rest) tokens.push({ range: segment.range, type: 'property' });
  }
  for (const use of loopConditionReferences(model, span)) {
    if (model.scope.byRef.has(use.name)) tokens.push({ range: use.range, type: 'variable' });
  }
  return { data: encode(document, tokens) };
}

function rootType(model: FeatureModel, name: string, restLength: number): TokenType {
  if (name === 'workflow') return 'namespace';
  if (model.scope.byRef.has(name)) return 'variable';
  return restLength === 0 && ENV_NAME.test(name) ? 'macro' : 'unresolvedReference';
}

/** LSP's relative encoding: line delta, start delta (same line) or start, length, type index, modifier bits. */
function encode(document: TextDocument, tokens: Token[]): number[] {
  const data: number[] = [];
  let line = 0;
  let character = 0;
  const sorted = tokens.filter((t) => t.range.end > t.range.start).sort((a, b) => a.range.start - b.range.start);
  for (const token of sorted) {
    const start = document.positionAt(token.range.start);
    const deltaLine = start.line - line;
    data.push(deltaLine, deltaLine === 0 ? start.character - character : start.character);
    data.push(token.range.end - token.range.start, TOKEN_TYPES.indexOf(token.type), 0);
    line = start.line;
    character = start.character;
  }
  return data;
}
