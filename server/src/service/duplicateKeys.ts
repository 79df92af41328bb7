/**
 * Finds duplicate object keys, which `JSON.parse` hides (the last one silently wins, as in Conductor's Jackson
 * setup). One forward pass over the text with a stack of open containers; keys are compared as raw slices and
 * decoded only when they contain an escape.
 */
import * as jsonScan from './jsonScan';
import type { DuplicateKey, JsonPath } from './types';

// Bound once: under CommonJS interop (tsx, tests) every call through an import binding reads a getter.
const { decodeString, stringEnd } = jsonScan;

// Char codes, local to this module: hot loops must not read constants through module bindings.
const QUOTE = 34; // "
const OPEN_BRACE = 123; // {
const CLOSE_BRACE = 125; // }
const OPEN_BRACKET = 91; // [
const CLOSE_BRACKET = 93; // ]
const COMMA = 44; // ,

// Objects with few keys compare linearly; larger ones switch to a Set (most Conductor objects are small).
const LINEAR_LIMIT = 12;

interface Frame {
  readonly isObject: boolean;
  keys: string[] | Set<string>;
  key: string;
  index: number;
}

/** What one pass over the text finds: duplicate keys and how deeply containers nest. */
export interface KeyScan {
  readonly duplicates: DuplicateKey[];
  readonly maxDepth: number;
}

/** Every duplicate key in a JSON text (the path of the object holding it, the key, its range) and the depth. */
export function scanKeys(text: string): KeyScan {
  const duplicates: DuplicateKey[] = [];
  const stack: Frame[] = [];
  let maxDepth = 0;
  let expectKey = false;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      const end = stringEnd(text, i);
      const top = stack[stack.length - 1];
      if (expectKey && top?.isObject) {
        const key = decodeString(text, i, end);
        if (remember(top, key)) duplicates.push({ objectPath: pathOf(stack), key, range: { start: i, end } });
        top.key = key;
        expectKey = false;
      }
      i = end;
      continue;
    }
    if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      const isObject = code === OPEN_BRACE;
      stack.push({ isObject, keys: [], key: '', index: 0 });
      expectKey = isObject;
      if (stack.length > maxDepth) maxDepth = stack.length;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      stack.pop();
      expectKey = false;
    } else if (code === COMMA) {
      const top = stack[stack.length - 1];
      if (top?.isObject) expectKey = true;
      else if (top) top.index++;
    }
    i++;
  }
  return { duplicates, maxDepth };
}

/** Records `key` in the frame; true when it was already there. */
function remember(frame: Frame, key: string): boolean {
  const keys = frame.keys;
  if (Array.isArray(keys)) {
    if (keys.includes(key)) return true;
    keys.push(key);
    if (keys.length > LINEAR_LIMIT) frame.keys = new Set(keys);
    return false;
  }
  if (keys.has(key)) return true;
  keys.add(key);
  return false;
}

/** The path of the innermost open object: every enclosing container's current key or index. */
function pathOf(stack: readonly Frame[]): JsonPath {
  const path: (string | number)[] = [];
  for (let k = 0; k < stack.length - 1; k++) {
    const frame = stack[k];
    if (frame) path.push(frame.isObject ? frame.key : frame.index);
  }
  return path;
}
