/**
 * Golden tests over the fixture files (convention in test/fixtures/README.md):
 * - every `test/fixtures/valid/**` and `examples/**` JSON file validates without errors, warnings or information
 *   (hints are allowed: the §7 reference example keeps its undeclared-input hint);
 * - every case `test/fixtures/invalid/<rule>/<case>.json` yields exactly its golden `<case>.diagnostics.json`.
 * The JSON files of an invalid case's folder (and, for examples, of the whole project) form the workspace index;
 * valid fixtures are checked without one.
 * `UPDATE_GOLDEN=1` rewrites the goldens instead of comparing: read every rewritten golden before committing.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, test } from 'node:test';
import * as prettier from 'prettier';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createWorkspaceIndex, parseDocument, validate } from '../../server/src/service';
import type { DefinitionIndex } from '../../server/src/service';

const root = join(__dirname, '..', '..');
const fixtures = join(root, 'test', 'fixtures');
const update = process.env.UPDATE_GOLDEN === '1';
const SEVERITY_NAMES = ['', 'error', 'warning', 'information', 'hint'] as const;

/** The golden shape: what a reader checks (code, severity, message, zero-based range). */
interface GoldenDiagnostic {
  code: string;
  severity: string;
  message: string;
  range: [number, number, number, number];
}

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : jsonFiles(path);
      return name.endsWith('.json') && !name.endsWith('.diagnostics.json') ? [path] : [];
    });
}

function indexOf(files: readonly string[]): DefinitionIndex {
  return createWorkspaceIndex(files.map((file) => ({ uri: file, text: readFileSync(file, 'utf8') })));
}

function diagnose(file: string, index: DefinitionIndex | undefined): Diagnostic[] {
  const text = readFileSync(file, 'utf8');
  const document = TextDocument.create(`file://${file}`, 'json', 1, text);
  const failures: string[] = [];
  const diagnostics = validate(document, parseDocument(text), {
    uri: file,
    index,
    log: (message, error) => failures.push(`${message}: ${String(error)}`),
  });
  assert.deepEqual(failures, [], 'no rule may fail while validating a fixture');
  return diagnostics;
}

function toGolden(diagnostics: readonly Diagnostic[]): GoldenDiagnostic[] {
  const golden = diagnostics.map((d) => ({
    code: String(d.code),
    severity: SEVERITY_NAMES[d.severity ?? 1],
    message: typeof d.message === 'string' ? d.message : d.message.value,
    range: [
      d.range.start.line,
      d.range.start.character,
      d.range.end.line,
      d.range.end.character,
    ] as GoldenDiagnostic['range'],
  }));
  return golden.sort(
    (a, b) =>
      a.range[0] - b.range[0] ||
      a.range[1] - b.range[1] ||
      a.range[2] - b.range[2] ||
      a.range[3] - b.range[3] ||
      a.code.localeCompare(b.code) ||
      a.message.localeCompare(b.message),
  );
}

/** What a valid file must not have: errors, warnings and information (hints are allowed, by the lead's decision). */
function problems(diagnostics: readonly Diagnostic[]): string[] {
  return summary(diagnostics.filter((d) => (d.severity ?? 1) < 4));
}

function summary(diagnostics: readonly Diagnostic[]): string[] {
  return toGolden(diagnostics).map((d) => `${d.range[0] + 1}:${d.range[1] + 1} ${d.severity} ${d.code} ${d.message}`);
}

// Valid fixtures stand alone (no index: cross-file rules are skipped); the examples are a whole project.
void describe('valid fixtures give no problems (hints allowed)', () => {
  for (const file of jsonFiles(join(fixtures, 'valid'))) {
    void test(relative(fixtures, file), () => assert.deepEqual(problems(diagnose(file, undefined)), []));
  }
});

void describe('the examples project gives no problems (hints allowed)', () => {
  const files = jsonFiles(join(root, 'examples'));
  const index = indexOf(files);
  for (const file of files) {
    void test(relative(root, file), () => assert.deepEqual(problems(diagnose(file, index)), []));
  }
});

void describe('invalid fixtures match their goldens', () => {
  for (const folder of readdirSync(join(fixtures, 'invalid')).sort()) {
    const files = jsonFiles(join(fixtures, 'invalid', folder));
    const index = indexOf(files);
    // Files starting with `_` only support the folder's cases (task defs, sub-workflows for the index).
    for (const file of files.filter((path) => !basename(path).startsWith('_'))) {
      void test(relative(fixtures, file), () => checkGolden(file, index));
    }
  }
});

async function checkGolden(file: string, index: DefinitionIndex): Promise<void> {
  const actual = toGolden(diagnose(file, index));
  assert.ok(actual.length > 0, `an invalid fixture must produce at least one diagnostic: ${file}`);
  const goldenFile = file.replace(/\.json$/, '.diagnostics.json');
  if (update) {
    // Formatted like every other file, so `prettier --check .` stays clean.
    const options = await prettier.resolveConfig(goldenFile);
    writeFileSync(goldenFile, await prettier.format(JSON.stringify(actual), { ...options, parser: 'json' }));
    return;
  }
  assert.ok(
    existsSync(goldenFile),
    `missing golden ${goldenFile}: run UPDATE_GOLDEN=1 node --import tsx --test ${__filename}`,
  );
  const expected = JSON.parse(readFileSync(goldenFile, 'utf8')) as GoldenDiagnostic[];
  assert.deepEqual(actual, expected);
}
