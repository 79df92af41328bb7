import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getFeatureModel } from '../../../server/src/service/features/featureModel';
import { getFoldingRanges } from '../../../server/src/service/features/foldingRanges';
import { formatDocument } from '../../../server/src/service/features/formatting';
import { getSelectionRanges } from '../../../server/src/service/features/selectionRanges';
import { assertGolden, fixtureFromText, loadFixture, offsetOf, textAt } from './featureFixtures';
import type { Fixture } from './featureFixtures';

function format(fixture: Fixture): string {
  return TextDocument.applyEdits(fixture.document, formatDocument(fixture.document, fixture.parsed));
}

void describe('formatting', () => {
  void it('lays out 2-space JSON and keeps every value (golden)', () => {
    const fixture = loadFixture('layout/unformatted.workflow.json.cursor');
    const formatted = format(fixture);
    assert.deepEqual(JSON.parse(formatted), JSON.parse(fixture.parsed.text));
    assertGolden('layout/unformatted.formatted.golden.json', formatted.split('\n'));
  });

  void it('is idempotent', () => {
    const once = format(loadFixture('layout/unformatted.workflow.json.cursor'));
    assert.deepEqual(
      formatDocument(TextDocument.create('file:///f.json', 'json', 1, once), fixtureFromText(once).parsed),
      [],
    );
  });

  void it('keeps CRLF line endings', () => {
    const formatted = format(fixtureFromText('{"a":\r\n[1]}'));
    assert.equal(formatted, '{\r\n  "a": [\r\n    1\r\n  ]\r\n}\r\n');
  });

  void it('refuses to touch a document with syntax errors (nothing is lost)', () => {
    const fixture = fixtureFromText('{"a": [1, }');
    assert.deepEqual(formatDocument(fixture.document, fixture.parsed), []);
  });
});

void describe('folding ranges', () => {
  void it('folds every multi-line object and array, keeping the closing line visible', () => {
    const fixture = fixtureFromText('{\n  "tasks": [\n    {\n      "a": 1\n    }\n  ],\n  "x": [1]\n}\n');
    const ranges = getFoldingRanges(fixture.document, fixture.parsed).map((r) => [r.startLine, r.endLine]);
    assert.deepEqual(ranges, [
      [0, 6],
      [1, 4],
      [2, 3],
    ]);
  });
});

void describe('selection ranges', () => {
  void it('expands from string content to the value, the property, the object and outwards', () => {
    const fixture = loadFixture('refs/shipping.workflow.json');
    const position = fixture.document.positionAt(offsetOf(fixture, '"ship_fedex"', 1, 3));
    const [selection] = getSelectionRanges(fixture.document, getFeatureModel(fixture.parsed).parsed, [position]);
    const texts: string[] = [];
    for (let range = selection; range; range = range.parent) texts.push(textAt(fixture, range.range));
    assert.deepEqual(texts.slice(0, 3), ['ship_fedex', '"ship_fedex"', '"taskReferenceName": "ship_fedex"']);
    assert.ok(texts[3]?.startsWith('{') && texts.at(-1) === fixture.document.getText().trimEnd());
  });
});
