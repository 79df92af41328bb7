/**
 * JavaScript that runs inside every fresh sandbox context before the user's script (reference/conductor.md §4.4).
 * It captures the built-ins it needs first, so a script that overwrites `JSON` or `Object.keys` cannot change how
 * its own input and result cross the boundary.
 */

/**
 * Evaluates to `[bind, out, isNull]`: `bind(json)` sets the global `$` to the parsed input (a deep copy, as Conductor's
 * `deepCopy`); `out(value)` converts the result the way `ScriptEvaluator.getObject` converts a GraalJS value and
 * returns it as JSON text:
 * - `null`/`undefined` → null; booleans and strings as they are;
 * - numbers as they are (NaN and ±Infinity have no JSON form → null; BigInt → number);
 * - arrays element by element; a `Map` by its entries;
 * - any other object, functions included, → a map of its own enumerable keys (so a function becomes `{}`).
 * A cycle throws a TypeError, which the host reports as a script error. `isNull(thrown)` tells the host that QuickJS
 * threw `null`, which it does when not even an Error object fits in the memory limit.
 */
export const SANDBOX_PRELUDE = `(function (parse, stringify, keys, isArray, isFinite) {
  'use strict';
  function bind(json) {
    globalThis.$ = parse(json);
  }
  function out(value) {
    const active = new Set();
    function convert(v) {
      if (v === null || v === undefined) return null;
      const type = typeof v;
      if (type === 'boolean' || type === 'string') return v;
      if (type === 'number') return isFinite(v) ? v : null;
      if (type === 'bigint') return Number(v);
      if (active.has(v)) throw new TypeError('The script result contains a cycle and cannot be converted');
      active.add(v);
      let result;
      if (isArray(v)) {
        result = [];
        for (let i = 0; i < v.length; i++) result.push(convert(v[i]));
      } else if (v instanceof Map) {
        result = {};
        for (const [k, x] of v) result[String(k)] = convert(x);
      } else {
        result = {};
        for (const k of keys(v)) result[k] = convert(v[k]);
      }
      active.delete(v);
      return result;
    }
    return stringify(convert(value));
  }
  function isNull(value) {
    return value === null;
  }
  return [bind, out, isNull];
})(JSON.parse, JSON.stringify, Object.keys, Array.isArray, Number.isFinite)`;

/** File name the sandbox gives the user's script, used to find its line in error stacks. */
export const SCRIPT_FILE_NAME = 'script.js';
