/**
 * Mutation fuzzing: seeded random edits of every valid fixture and example (character and token edits, value
 * swaps, truncation, nesting bombs, random re-typing of parsed values), about 2,000 cases in all. Each must
 * validate without throwing, without a rule failing, within a time guard, with every range inside the document.
 * A failure prints its seed and case number so it can be replayed.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { MAX_NESTING_DEPTH, createWorkspaceIndex, parseDocument, validate } from '../../server/src/service';
import { scanKeys } from '../../server/src/service/duplicateKeys';
import { scanKeysWithValue } from '../../server/src/service/keyCount';
import { getValidator } from '../../server/src/service/schemaValidation';
import type { DocumentKind } from '../../server/src/service';
import { mutate, randomSource } from './fuzzMutations';

const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const TOTAL_CASES = 2000;
// Generous: the machine is shared; a hang or a quadratic blow-up on a small document takes far longer.
const CASE_TIME_LIMIT_MS = 3000;

const root = join(__dirname, '..', '..');

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsonFiles(path);
    return name.endsWith('.json') && !name.endsWith('.diagnostics.json') ? [path] : [];
  });
}

const sources = [...jsonFiles(join(root, 'test', 'fixtures', 'valid')), ...jsonFiles(join(root, 'examples'))].sort();
const index = createWorkspaceIndex(sources.map((path) => ({ uri: path, text: readFileSync(path, 'utf8') })));

function checkCase(file: string, text: string, label: string): void {
  const failures: string[] = [];
  const document = TextDocument.create(`file://${file}`, 'json', 1, text);
  const started = performance.now();
  const diagnostics = validate(document, parseDocument(text), {
    uri: file,
    index,
    log: (message, error) =>
      failures.push(`${message}: ${error instanceof Error ? (error.stack ?? error.message) : ''}`),
  });
  const elapsed = performance.now() - started;
  checkKeyShortcut(text, label);
  assert.deepEqual(failures, [], `${label}: a stage failed`);
  assert.ok(elapsed < CASE_TIME_LIMIT_MS, `${label}: took ${elapsed.toFixed(0)} ms`);
  for (const d of diagnostics) {
    const start = document.offsetAt(d.range.start);
    const end = document.offsetAt(d.range.end);
    // offsetAt clamps, so a range outside the text would not survive the round trip.
    assert.deepEqual(document.positionAt(start), d.range.start, `${label}: start outside the document`);
    assert.deepEqual(document.positionAt(end), d.range.end, `${label}: end outside the document`);
    assert.ok(start <= end, `${label}: reversed range`);
    assert.ok(typeof d.message === 'string' && d.message.length > 0, `${label}: empty message`);
  }
}

/**
 * The shortcuts must agree with the exact paths on every parsable text: the duplicate-key shortcut (counting
 * colons) with the full scan, and the fast schema tier (type dispatch, member tables) with the detailed one.
 */
function checkKeyShortcut(text: string, label: string): void {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return;
  }
  const keys = scanKeys(text);
  assert.deepEqual(scanKeysWithValue(text, value), keys, `${label}: key shortcut disagrees`);
  // Beyond the nesting limit validation never runs the schemas (they would overflow the stack).
  if (keys.maxDepth > MAX_NESTING_DEPTH) return;
  for (const kind of KINDS) {
    const fast = getValidator(kind, 'fast')(value);
    assert.equal(fast, getValidator(kind, 'detailed')(value), `${label}: fast and detailed ${kind} schemas disagree`);
  }
}

const KINDS: readonly DocumentKind[] = ['workflow', 'taskdef', 'event', 'schedule'];

void describe(`fuzzing the core (seed ${SEED}, ${TOTAL_CASES} cases)`, { timeout: 600_000 }, () => {
  assert.ok(sources.length > 0, 'there must be valid fixtures to mutate');
  const perFile = Math.ceil(TOTAL_CASES / sources.length);
  for (const [fileNumber, file] of sources.entries()) {
    void it(relative(root, file), () => {
      const original = readFileSync(file, 'utf8');
      const random = randomSource(SEED + fileNumber);
      for (let n = 0; n < perFile; n++) {
        const mutation = mutate(original, random);
        checkCase(file, mutation.text, `seed ${SEED + fileNumber} case ${n} (${mutation.kind})`);
      }
    });
  }
});
