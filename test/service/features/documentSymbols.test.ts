import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { getDocumentSymbols } from '../../../server/src/service/features/documentSymbols';
import { getFeatureModel } from '../../../server/src/service/features/featureModel';
import type { Range } from 'vscode-languageserver-types';
import { assertGolden, fixtureFromText, loadFixture, textAt } from './featureFixtures';
import type { Fixture } from './featureFixtures';

/** A range as document offsets. */
function textRange(fixture: Fixture, range: Range): { start: number; end: number } {
  return { start: fixture.document.offsetAt(range.start), end: fixture.document.offsetAt(range.end) };
}

/** A compact outline for goldens: `name [detail]` with nested children. */
function outline(symbols: readonly DocumentSymbol[] | undefined): unknown[] {
  return (symbols ?? []).map((symbol) => {
    const label = symbol.detail ? `${symbol.name} [${symbol.detail}]` : symbol.name;
    return symbol.children?.length ? { [label]: outline(symbol.children) } : label;
  });
}

void describe('document symbols', () => {
  void it('nests SWITCH cases, fork branches and loop bodies under their task (golden)', () => {
    const fixture = loadFixture('refs/shipping.workflow.json');
    const symbols = getDocumentSymbols(fixture.document, getFeatureModel(fixture.parsed));
    assertGolden('refs/shipping.symbols.golden.json', outline(symbols));
  });

  void it('selects the taskReferenceName value and spans the whole task', () => {
    const fixture = loadFixture('refs/shipping.workflow.json');
    const [first] = getDocumentSymbols(fixture.document, getFeatureModel(fixture.parsed));
    assert.ok(first);
    assert.equal(textAt(fixture, first.selectionRange), '"get_order"');
    assert.ok(textAt(fixture, first.range).startsWith('{') && textAt(fixture, first.range).endsWith('}'));
  });

  void it('every selection range lies inside its symbol range, case and branch groups included', () => {
    const fixture = loadFixture('refs/shipping.workflow.json');
    const inside = (symbols: readonly DocumentSymbol[] | undefined): number =>
      (symbols ?? []).reduce((count, symbol) => {
        const range = textRange(fixture, symbol.range);
        const selection = textRange(fixture, symbol.selectionRange);
        assert.ok(range.start <= selection.start && selection.end <= range.end, `${symbol.name}: selection outside`);
        return count + 1 + inside(symbol.children);
      }, 0);
    assert.ok(inside(getDocumentSymbols(fixture.document, getFeatureModel(fixture.parsed))) > 5);
  });

  void it('never gives a symbol an empty name, which makes VS Code drop the whole outline', () => {
    const task = { name: '', taskReferenceName: '', type: 'SIMPLE' };
    const workflow = fixtureFromText(JSON.stringify({ name: 'w', tasks: [task] }));
    const definitions = fixtureFromText(JSON.stringify([{ name: ' ' }]), 'file:///test/defs.taskdef.json');
    const names = [workflow, definitions].flatMap((fixture) =>
      getDocumentSymbols(fixture.document, getFeatureModel(fixture.parsed)).map((symbol) => symbol.name),
    );
    assert.deepEqual(names, ['task 1', 'definition 1']);
  });

  void it('lists each task definition of an array file', () => {
    const fixture = fixtureFromText('[{"name":"a","retryCount":1},{"name":"b"},{"x":1}]', 'file:///t.taskdef.json');
    const names = getDocumentSymbols(fixture.document, getFeatureModel(fixture.parsed)).map((s) => s.name);
    assert.deepEqual(names, ['a', 'b']);
  });

  void it('still outlines a workflow with a syntax error (the tree is tolerant)', () => {
    const fixture = fixtureFromText('{"tasks":[{"name":"a","taskReferenceName":"a_ref","type":"SIMPLE"},');
    const names = getDocumentSymbols(fixture.document, getFeatureModel(fixture.parsed)).map((s) => s.name);
    assert.deepEqual(names, ['a_ref']);
  });
});
