/**
 * Helpers for feature tests: load fixture files with a cursor marker and compare results with golden files.
 * Fixtures live in `test/fixtures/features/` (conventions in its README.md).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';
import { parseDocument } from '../../../server/src/service/parse';
import type { ParsedDocument } from '../../../server/src/service/types';

/** The cursor marker; a block comment so a fixture stays readable JSON around it. */
export const CURSOR = '/*|*/';

export const fixturesDir = join(__dirname, '..', '..', 'fixtures', 'features');

/** A loaded fixture: the document without the marker, its parsed model and the cursor (if marked). */
export interface Fixture {
  readonly uri: string;
  readonly document: TextDocument;
  readonly parsed: ParsedDocument;
  readonly offset: number;
  readonly position: Position;
}

/** Builds a fixture from text; the cursor marker, if present, is removed and becomes `offset`/`position`. */
export function fixtureFromText(text: string, uri = 'file:///test/fixture.workflow.json'): Fixture {
  const marker = text.indexOf(CURSOR);
  const clean = marker < 0 ? text : text.slice(0, marker) + text.slice(marker + CURSOR.length);
  const document = TextDocument.create(uri, 'json', 1, clean);
  const offset = Math.max(marker, 0);
  return { uri, document, parsed: parseDocument(clean), offset, position: document.positionAt(offset) };
}

/**
 * Loads `test/fixtures/features/<relativePath>`. A `.cursor` suffix marks a fixture that is incomplete JSON by design
 * (formatters skip it); the document's URI drops the suffix so kind detection sees `*.workflow.json`.
 */
export function loadFixture(relativePath: string): Fixture {
  const path = join(fixturesDir, relativePath);
  return fixtureFromText(readFileSync(path, 'utf8'), `file://${path.replace(/\.cursor$/, '')}`);
}

/** Compares `actual` with the golden JSON file (relative to the fixtures dir); `UPDATE_GOLDEN=1` rewrites it. */
export function assertGolden(relativePath: string, actual: unknown): void {
  const path = join(fixturesDir, relativePath);
  const serialized = JSON.stringify(actual, null, 2) + '\n';
  if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(path)) {
    assert.ok(process.env['UPDATE_GOLDEN'] === '1', `golden ${relativePath} is missing; run with UPDATE_GOLDEN=1`);
    writeFileSync(path, serialized);
    return;
  }
  assert.deepEqual(JSON.parse(serialized), JSON.parse(readFileSync(path, 'utf8')), `golden ${relativePath}`);
}

/** The offset of the `nth` occurrence of `needle` in the fixture text, plus `delta` (to land inside it). */
export function offsetOf(fixture: Fixture, needle: string, nth = 0, delta = 1): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = fixture.document.getText().indexOf(needle, at + 1);
    assert.ok(at >= 0, `'${needle}' #${nth} not found in ${fixture.uri}`);
  }
  return at + delta;
}

/** The document text a range covers, for asserting that ranges point at the right text. */
export function textAt(fixture: Fixture, range: Range): string {
  return fixture.document.getText(range);
}
