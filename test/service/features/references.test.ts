import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getFeatureModel } from '../../../server/src/service/features/featureModel';
import { getDocumentHighlights } from '../../../server/src/service/features/documentHighlights';
import { findReferences } from '../../../server/src/service/features/references';
import { prepareRename, renameReference } from '../../../server/src/service/features/rename';
import {
  RENAME_EXISTS,
  RENAME_INVALID,
  RENAME_NOT_A_REFERENCE,
  fill,
} from '../../../server/src/service/features/featureMessages';
import { assertGolden, fixtureFromText, loadFixture, offsetOf, textAt } from './featureFixtures';

const fixture = loadFixture('refs/shipping.workflow.json');
const model = getFeatureModel(fixture.parsed);

void describe('references of a taskReferenceName', () => {
  void it('finds every ${ref…} use in inputs, nested tasks and outputParameters, nested expressions included', () => {
    const uses = findReferences(fixture.document, model, offsetOf(fixture, '"get_order"', 1), false);
    assert.equal(uses.length, 5);
    for (const use of uses) assert.equal(textAt(fixture, use.range), 'get_order');
  });

  void it('adds the declaration only when asked', () => {
    const offset = offsetOf(fixture, '${notify.output', 1, 3);
    const without = findReferences(fixture.document, model, offset, false);
    const withDeclaration = findReferences(fixture.document, model, offset, true);
    assert.equal(withDeclaration.length, without.length + 1);
  });

  void it('covers joinOn, defaultExclusiveJoinTask and outputParameters but not an escaped $${…} (§4.2)', () => {
    const uses = findReferences(fixture.document, model, offsetOf(fixture, '"notify"', 2), true);
    const lines = uses.map((use) => use.range.start.line + 1);
    // declaration (44), joinOn (52), defaultExclusiveJoinTask (53), outputParameters (77); line 66 is escaped.
    assert.deepEqual(lines, [44, 52, 53, 77]);
  });

  void it('finds $.ref uses in a DO_WHILE loopCondition (§5.8)', () => {
    const uses = findReferences(fixture.document, model, offsetOf(fixture, '"check"', 1), true);
    assert.equal(uses.length, 2);
    assert.ok(uses.some((use) => textAt(fixture, use.range) === 'check' && use.range.start.line === 59));
  });

  void it('returns nothing off a reference', () => {
    assert.deepEqual(findReferences(fixture.document, model, offsetOf(fixture, '"schemaVersion"'), true), []);
  });
});

void describe('rename of a taskReferenceName', () => {
  void it('prepareRename gives the name range and placeholder', () => {
    const result = prepareRename(fixture.document, model, offsetOf(fixture, '${get_order.output.vendor', 0, 4));
    assert.ok(result.ok);
    assert.equal(result.value.placeholder, 'get_order');
    assert.equal(textAt(fixture, result.value.range), 'get_order');
  });

  void it('prepareRename refuses a position that is not a reference', () => {
    assert.deepEqual(prepareRename(fixture.document, model, offsetOf(fixture, '"schemaVersion"')), {
      ok: false,
      error: RENAME_NOT_A_REFERENCE,
    });
  });

  void it('renames the task and every use (golden)', () => {
    for (const [ref, nth] of [
      ['get_order', 1],
      ['notify', 2],
      ['poll', 1],
    ] as const) {
      const result = renameReference(fixture.document, model, offsetOf(fixture, `"${ref}"`, nth), `${ref}_renamed`);
      assert.ok(result.ok, `rename ${ref}`);
      const edits = result.value.changes?.[fixture.uri] ?? [];
      const renamed = TextDocument.applyEdits(fixture.document, edits);
      assertGolden(`refs/shipping.rename-${ref}.golden.json`, JSON.parse(renamed));
    }
  });

  void it("writes $['new-name'] for a $.ref in a loop condition when the new name is no JS identifier (§5.8)", () => {
    const loop = fixtureFromText(
      JSON.stringify({
        name: 'w',
        tasks: [
          {
            name: 'l',
            taskReferenceName: 'loop',
            type: 'DO_WHILE',
            loopCondition: "if ($.loop['iteration'] < 3 && $['loop'].x) { true; } else { false; }",
            loopOver: [{ name: 'i', taskReferenceName: 'inner', type: 'SIMPLE' }],
          },
        ],
      }),
    );
    const result = renameReference(loop.document, getFeatureModel(loop.parsed), offsetOf(loop, '"loop"'), 'my-loop');
    assert.ok(result.ok);
    const renamed = JSON.parse(TextDocument.applyEdits(loop.document, result.value.changes?.[loop.uri] ?? [])) as {
      tasks: { loopCondition: string }[];
    };
    const expected = "if ($['my-loop']['iteration'] < 3 && $['my-loop'].x) { true; } else { false; }";
    assert.equal(renamed.tasks[0]?.loopCondition, expected);
  });

  void it('refuses a name that already exists (§2.3 unique reference names)', () => {
    const result = renameReference(fixture.document, model, offsetOf(fixture, '"notify"', 1), 'invoice');
    assert.deepEqual(result, { ok: false, error: fill(RENAME_EXISTS, { name: 'invoice' }) });
  });

  void it('refuses a name that would break ${ref.output} paths', () => {
    const result = renameReference(fixture.document, model, offsetOf(fixture, '"notify"', 1), 'a.b');
    assert.deepEqual(result, { ok: false, error: fill(RENAME_INVALID, { name: 'a.b' }) });
  });
});

void describe('document highlights', () => {
  void it('marks the declaration as a write and every use as a read', () => {
    const highlights = getDocumentHighlights(fixture.document, model, offsetOf(fixture, '"invoice"', 2));
    assert.deepEqual(
      highlights.map((h) => [h.range.start.line + 1, h.kind]),
      [
        [45, 3],
        [52, 2],
      ],
    );
  });
});
