/**
 * parseDocument and its lazy locator: value ranges, key ranges, string spans through escapes and unicode, nested
 * paths, duplicate keys and syntax errors.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from '../../server/src/service';
import { createLocator } from '../../server/src/service/locator';
import type { JsonPath, OffsetRange } from '../../server/src/service';

function slice(text: string, range: OffsetRange | undefined): string | undefined {
  return range === undefined ? undefined : text.slice(range.start, range.end);
}

const TEXT = `{
  "name": "shipping",
  "tasks": [
    { "name": "a", "taskReferenceName": "first", "inputParameters": { "x": [1, {"deep": true}] } },
    { "name": "b", "type": "SWITCH", "decisionCases": { "a.b/c": [ { "taskReferenceName": "in_case" } ] } }
  ],
  "empty": [],
  "nothing": {}
}`;

void describe('parseDocument', () => {
  const parsed = parseDocument(TEXT);
  const value = (path: JsonPath): string | undefined => slice(TEXT, parsed.locator.valueRange(path));
  const key = (path: JsonPath): string | undefined => slice(TEXT, parsed.locator.keyRange(path));

  void it('parses valid JSON with JSON.parse and reports no syntax errors', () => {
    assert.deepEqual(parsed.syntaxErrors, []);
    assert.equal((parsed.value as { name: string }).name, 'shipping');
  });

  void it('locates values and keys along nested object and array paths', () => {
    assert.equal(value([]), TEXT);
    assert.equal(value(['name']), '"shipping"');
    assert.equal(key(['name']), '"name"');
    assert.equal(value(['tasks', 0, 'taskReferenceName']), '"first"');
    assert.equal(value(['tasks', 0, 'inputParameters', 'x', 1]), '{"deep": true}');
    assert.equal(value(['tasks', 0, 'inputParameters', 'x', 1, 'deep']), 'true');
    assert.equal(value(['tasks', 1, 'decisionCases', 'a.b/c', 0, 'taskReferenceName']), '"in_case"');
    assert.equal(value(['empty']), '[]');
    assert.equal(value(['nothing']), '{}');
  });

  void it('answers undefined for paths that do not exist, and has no key for array elements or the root', () => {
    assert.equal(parsed.locator.valueRange(['tasks', 5]), undefined);
    assert.equal(parsed.locator.valueRange(['missing']), undefined);
    assert.equal(parsed.locator.valueRange(['name', 'deeper']), undefined);
    assert.equal(parsed.locator.valueRange(['tasks', 'x']), undefined);
    assert.equal(parsed.locator.valueRange(['empty', 0]), undefined);
    assert.equal(parsed.locator.keyRange(['tasks', 0]), undefined);
    assert.equal(parsed.locator.keyRange([]), undefined);
  });

  void it('maps decoded string spans through escapes (\\n, \\", \\\\, \\uXXXX) to raw offsets', () => {
    const text = '{"s": "a\\nb\\"c\\\\d\\u00e9${x}"}';
    const doc = parseDocument(text);
    const decoded = (doc.value as { s: string }).s;
    const start = decoded.indexOf('${x}');
    assert.equal(slice(text, doc.locator.stringSpanRange(['s'], { start, length: 4 })), '${x}');
    assert.equal(slice(text, doc.locator.stringSpanRange(['s'], { start: 1, length: 1 })), '\\n');
    assert.equal(slice(text, doc.locator.stringSpanRange(['s'], { start: 3, length: 1 })), '\\"');
    assert.equal(
      slice(text, doc.locator.stringSpanRange(['s'], { start: decoded.indexOf('é'), length: 1 })),
      '\\u00e9',
    );
  });

  void it('counts astral characters as two UTF-16 units, like JavaScript strings', () => {
    const text = '{"s": "😀${a}", "t": "\\ud83d\\ude00${b}"}';
    const doc = parseDocument(text);
    assert.equal(slice(text, doc.locator.stringSpanRange(['s'], { start: 2, length: 4 })), '${a}');
    assert.equal(slice(text, doc.locator.stringSpanRange(['t'], { start: 2, length: 4 })), '${b}');
  });

  void it('clamps spans that run past the string, and refuses spans on non-strings', () => {
    const text = '{"s": "abc", "n": 5}';
    const doc = parseDocument(text);
    assert.equal(slice(text, doc.locator.stringSpanRange(['s'], { start: 1, length: 99 })), 'bc');
    assert.equal(slice(text, doc.locator.stringSpanRange(['s'], { start: 9, length: 1 })), '');
    assert.equal(doc.locator.stringSpanRange(['n'], { start: 0, length: 1 }), undefined);
  });

  void it('decodes escaped keys and follows the last of repeated keys, like JSON.parse', () => {
    const text = '{"na\\u006de": 1, "name": 2}';
    const doc = parseDocument(text);
    assert.equal(slice(text, doc.locator.valueRange(['name'])), '2');
    assert.equal((doc.value as { name: number }).name, 2);
  });

  void it('finds duplicate keys with the path of their object and the range of the repeated key', () => {
    const text = '{"a": 1, "list": [{"k": 1, "k": 2}, {"x": {"y": 1, "y": 2, "y": 3}}], "a": 3}';
    const dups = parseDocument(text).locator.duplicateKeys();
    assert.deepEqual(
      dups.map((dup) => [dup.objectPath, dup.key, slice(text, dup.range)]),
      [
        [['list', 0], 'k', '"k"'],
        [['list', 1, 'x'], 'y', '"y"'],
        [['list', 1, 'x'], 'y', '"y"'],
        [[], 'a', '"a"'],
      ],
    );
    assert.equal(dups[0]?.range.start, text.indexOf('"k"', text.indexOf('"k"') + 1));
  });

  void it('finds duplicates that colons inside strings or escaped colons could hide', () => {
    for (const text of [
      '{"a": "\\u003a", "a": "\\u003a"}',
      '{"a:b": "c:d", "a:b": 1}',
      '{"u": "x:1", "v": 2, "u": "y"}',
      '{"a\\\\": 1, "a\\\\"\n  : 2}',
      '{"\\u0061": 1, "a": 2}',
    ]) {
      assert.doesNotThrow(() => JSON.parse(text), text);
      assert.equal(parseDocument(text).locator.duplicateKeys().length, 1, text);
    }
  });

  void it('does not mistake strings containing colons, quotes or braces for keys', () => {
    const text = '{"a": "x\\": {\\"a\\": 1}", "b": ["a", "a"], "c": "a:", "d": "\\"  : \\\\\\": :"}';
    assert.doesNotThrow(() => JSON.parse(text));
    assert.deepEqual(parseDocument(text).locator.duplicateKeys(), []);
    assert.equal(parseDocument(text).locator.maxDepth?.(), 2);
  });

  void it('reports syntax errors with exact ranges and no value', () => {
    const text = '{\n  "a": 1\n  "b": 2,\n}';
    const doc = parseDocument(text);
    assert.equal(doc.value, undefined);
    assert.deepEqual(
      doc.syntaxErrors.map((error) => [error.message, slice(text, error.range)]),
      [
        ['Expected comma', '"b"'],
        ['Property name expected (a double-quoted string; trailing commas are not allowed in JSON)', '}'],
      ],
    );
  });

  void it('locates nothing wrong and always terminates on text that is not JSON', () => {
    const texts = [
      '{"a": [1, {"b": "x}',
      '{"a" 1, "b": 2}',
      '[[[[',
      '{"a": "\\',
      '}{',
      '{"a": {"b": [}]}}',
      '"unterminated',
    ];
    const paths: JsonPath[] = [[], ['a'], ['a', 0], ['a', 1, 'b'], ['b'], [0, 0, 0]];
    for (const text of texts) {
      const locator = createLocator(text);
      for (const path of paths) {
        for (const range of [
          locator.valueRange(path),
          locator.keyRange(path),
          locator.stringSpanRange(path, { start: 0, length: 2 }),
        ]) {
          if (range)
            assert.ok(
              range.start >= 0 && range.start <= range.end && range.end <= text.length,
              `${text} ${path.join('/')}`,
            );
        }
      }
      assert.ok(Array.isArray(locator.duplicateKeys()));
    }
  });

  void it('never throws on odd input', () => {
    for (const text of ['', ' ', '[', '"', '\\', '{"a":', '1e', 'nul', '\u0000', '{"a":1}}', '[1,]']) {
      const doc = parseDocument(text);
      assert.ok(doc.syntaxErrors.length > 0, `expected a syntax error for ${JSON.stringify(text)}`);
      for (const error of doc.syntaxErrors) assert.ok(error.range.start >= 0 && error.range.end <= text.length);
    }
  });
});
