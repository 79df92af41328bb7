/**
 * The read-only screen behind the sandbox's shared context (§4.4): what it lets share a context, and every way of
 * changing a context it must send to a fresh one instead (fixtures: one script per line).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isReadOnlyScript } from '../../../engine/src/scripts/readOnlyScript';

function lines(name: string): string[] {
  return readFileSync(join(__dirname, 'fixtures', name), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
}

void describe('§4.4 read-only scripts', () => {
  void it('accepts reads, literals, operators, ?: and if/else (SWITCH and DO_WHILE style)', () => {
    for (const script of lines('readOnly.scripts.txt')) assert.equal(isReadOnlyScript(script), true, script);
    assert.equal(isReadOnlyScript('if ($.a > 1) {\n  true;\n} else {\n  false;\n}'), true);
  });

  void it('refuses anything that assigns, calls, declares, loops or that it cannot read surely', () => {
    for (const script of lines('mayChange.scripts.txt')) assert.equal(isReadOnlyScript(script), false, script);
    assert.equal(isReadOnlyScript("'a\nb'"), false, 'a line break inside a string');
    assert.equal(isReadOnlyScript('$.a\u2028'), false, 'a line separator outside a string');
  });
});
