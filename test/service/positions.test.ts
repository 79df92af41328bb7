/**
 * Offsets ↔ positions (LineIndex) for LF, CRLF and CR line ends, and the did-you-mean suggester.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex, suggest, toRange } from '../../server/src/service';
import { editDistance } from '../../server/src/service/didYouMean';

void describe('LineIndex', () => {
  void it('agrees with TextDocument on every offset, for every line-end style', () => {
    const text = 'ab\ncd\r\nef\rgh\n\nlast';
    const index = new LineIndex(text);
    const document = TextDocument.create('file:///x', 'json', 1, text);
    for (let offset = 0; offset <= text.length; offset++) {
      assert.deepEqual(index.positionAt(offset), document.positionAt(offset), `offset ${offset}`);
      assert.equal(
        index.offsetAt(index.positionAt(offset)),
        offset === 5 ? 5 : document.offsetAt(document.positionAt(offset)),
      );
    }
    assert.equal(index.lineCount, document.lineCount);
  });

  void it('clamps offsets and positions outside the text', () => {
    const index = new LineIndex('ab\ncd');
    assert.deepEqual(index.positionAt(-4), { line: 0, character: 0 });
    assert.deepEqual(index.positionAt(99), { line: 1, character: 2 });
    assert.equal(index.offsetAt({ line: 0, character: 99 }), 2);
    assert.equal(index.offsetAt({ line: 9, character: 0 }), 5);
    assert.deepEqual(toRange(index, { start: 1, end: 4 }), {
      start: { line: 0, character: 1 },
      end: { line: 1, character: 1 },
    });
  });
});

void describe('suggest', () => {
  void it('finds typos, transpositions, case slips and abbreviations', () => {
    const types = ['SIMPLE', 'SWITCH', 'SUB_WORKFLOW', 'JSON_JQ_TRANSFORM', 'DO_WHILE'];
    assert.equal(suggest('SIMPEL', types), 'SIMPLE');
    assert.equal(suggest('simple', types), 'SIMPLE');
    assert.equal(suggest('SWTICH', types), 'SWITCH');
    assert.equal(suggest('subworkflow', types), 'SUB_WORKFLOW');
    assert.equal(suggest('DOWHILE', types), 'DO_WHILE');
    assert.equal(suggest('taskRefName', ['name', 'taskReferenceName', 'type']), 'taskReferenceName');
  });

  void it('stays quiet when nothing is close', () => {
    assert.equal(suggest('KAFKA', ['SIMPLE', 'SWITCH']), undefined);
    assert.equal(suggest('ab', ['xy']), undefined);
    assert.equal(suggest('name', ['taskReferenceName']), undefined);
  });

  void it('counts an adjacent transposition as one edit', () => {
    assert.equal(editDistance('ab', 'ba'), 1);
    assert.equal(editDistance('kitten', 'sitting'), 3);
  });
});
