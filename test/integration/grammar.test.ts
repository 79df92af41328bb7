/**
 * The TextMate grammars, tokenized by the same engine VS Code uses (vscode-textmate + oniguruma, taken from the
 * installed code-server): `${…}` is coloured inside JSON strings of Conductor files before any server runs.
 * Cases live in `grammar/expressions.workflow.json`.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { before, describe, test } from 'node:test';
import { codeServerDir, repoRoot } from './runner/codeServer';

interface Token {
  readonly startIndex: number;
  readonly endIndex: number;
  readonly scopes: string[];
}
interface Grammar {
  tokenizeLine(line: string, state: unknown): { tokens: Token[]; ruleStack: unknown };
}

const vscodeDir = join(codeServerDir, 'lib/vscode');
const grammarFiles: Record<string, string> = {
  'source.json': join(vscodeDir, 'extensions/json/syntaxes/JSON.tmLanguage.json'),
  'source.json.conductor-workflow': join(repoRoot, 'syntaxes/conductor-workflow.tmLanguage.json'),
  'conductor.expression.injection': join(repoRoot, 'syntaxes/conductor-expression.injection.tmLanguage.json'),
};

/** Loads a grammar with VS Code's own tokenizer, injecting ours as package.json's `injectTo` declares. */
async function loadGrammar(scopeName: string): Promise<Grammar> {
  if (!existsSync(vscodeDir)) throw new Error(`code-server is not installed in ${codeServerDir}: run scripts/setup.sh`);
  const load = createRequire(join(vscodeDir, 'package.json'));
  /* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-member-access -- untyped modules of the installed VS Code */
  const oniguruma = load('vscode-oniguruma');
  const textmate = load('vscode-textmate');
  const wasm = readFileSync(join(dirname(load.resolve('vscode-oniguruma')), 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]): unknown => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string): unknown => new oniguruma.OnigString(text),
    }),
    loadGrammar: (scope: string) => {
      const file = grammarFiles[scope];
      return Promise.resolve(file ? textmate.parseRawGrammar(readFileSync(file, 'utf8'), file) : null);
    },
    getInjections: (scope: string) =>
      scope.startsWith('source.json.conductor-') ? ['conductor.expression.injection'] : undefined,
  });
  return (await registry.loadGrammar(scopeName)) as Grammar;
  /* eslint-enable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-member-access */
}

/** The scopes of every token of every line, with its text. */
function tokenize(grammar: Grammar, text: string): { text: string; scopes: string[] }[] {
  const result: { text: string; scopes: string[] }[] = [];
  let state: unknown = null;
  for (const line of text.split('\n')) {
    const { tokens, ruleStack } = grammar.tokenizeLine(line, state);
    state = ruleStack;
    for (const token of tokens)
      result.push({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes });
  }
  return result;
}

void describe('TextMate grammar: ${…} expressions in Conductor JSON strings', () => {
  let tokens: { text: string; scopes: string[] }[] = [];
  before(async () => {
    const grammar = await loadGrammar('source.json.conductor-workflow');
    tokens = tokenize(
      grammar,
      readFileSync(join(repoRoot, 'test/integration/grammar/expressions.workflow.json'), 'utf8'),
    );
  });
  /** The innermost scope of the n-th token with exactly this text. */
  const scopeOf = (text: string, nth = 0): string | undefined =>
    tokens.filter((token) => token.text === text)[nth]?.scopes.at(-1);

  void test('the file is still JSON underneath', () => {
    assert.equal(scopeOf('name'), 'support.type.property-name.json');
    assert.ok(tokens.some((token) => token.scopes.includes('string.quoted.double.json')));
  });

  void test('workflow roots and their fields (§4.1)', () => {
    assert.equal(scopeOf('${'), 'punctuation.definition.template-expression.begin.conductor');
    assert.equal(scopeOf('workflow'), 'variable.language.workflow.conductor');
    assert.equal(scopeOf('input'), 'support.variable.property.workflow.conductor');
    assert.equal(scopeOf('orderId'), 'variable.other.property.conductor');
  });

  void test('task references and their fields', () => {
    assert.equal(scopeOf('charge', 1), 'variable.other.constant.task-reference.conductor');
    assert.equal(scopeOf('output'), 'support.variable.property.task.conductor');
    assert.equal(scopeOf('0'), 'constant.numeric.index.conductor');
  });

  void test('$${ is an escape, not an expression (§4.2)', () => {
    assert.equal(scopeOf('$'), 'constant.character.escape.conductor');
    const literal = tokens.find((token) => token.text.includes('literal'));
    assert.ok(literal && !literal.scopes.some((scope) => scope.startsWith('meta.template.expression')));
  });

  void test('CPEWF_TASK_ID inside text, and nested expressions', () => {
    assert.equal(scopeOf('CPEWF_TASK_ID'), 'variable.language.special.conductor');
    const key = tokens.filter((token) => token.text === 'key').at(-1);
    assert.equal(key?.scopes.filter((scope) => scope === 'meta.template.expression.conductor').length, 2);
  });

  void test('property names are not coloured as expressions', () => {
    const key = tokens.find((token) => token.text.includes('notAnExpression'));
    assert.ok(key && !key.scopes.some((scope) => scope.endsWith('.conductor')));
  });
});
