/**
 * Tells scripts that cannot change anything apart from those that might, so the sandbox can run the first kind in a
 * reused QuickJS context (see scriptSandbox.ts). A read-only script is made only of property reads, literals,
 * operators without assignment, `?:` and `if`/`else`: no call, `new`, assignment, `++`/`--`, `delete`,
 * declaration, loop, function, regex, template or comment. Such a script can neither change the context (globals,
 * built-ins, prototypes, global `let`s) nor run code that could: the functions it can reach implicitly (getters,
 * `valueOf`/`toString` in coercions, `instanceof`) are the context's pristine built-ins, which change nothing. So the
 * next script sees what a fresh context would show; the common SWITCH expressions and DO_WHILE conditions
 * (`$.loop['iteration'] < $.max`) are of this kind. The check is a conservative scan of the source: anything it does
 * not understand is "might change", which only costs a fresh context.
 */

/** Words that may appear outside property names; every other reserved or contextual word makes a script unsafe. */
const ALLOWED_WORDS = new Set(['if', 'else', 'true', 'false', 'null', 'typeof', 'in', 'instanceof', 'void']);
/** Allowed words that are values (the others are operators or statements). */
const OPERAND_WORDS = new Set(['true', 'false', 'null']);
const UNSAFE_WORDS = new Set(
  (
    'var let const class function async await yield import export new delete this super with for while do switch ' +
    'case default try catch finally throw return break continue debugger static get set of enum implements ' +
    'interface package private protected public arguments eval'
  ).split(' '),
);
/** Operators that only compute; `=` and the compound assignments never match whole, so they stop the scan. */
const OPERATORS = ['>>>', '===', '!==', '==', '!=', '<=', '>=', '&&', '||', '??', '<<', '>>', '**'];
const SINGLE_OPERATORS = '<>+-*%!~&|^?:,;';
const WORD = /^[A-Za-z_$][\w$]*/;
const NUMBER = /^(?:0[xXoObB][\da-fA-F]+|\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/;
const SPACE = /^[ \t\r\n]+/;

/** Scanner state: what the last token was, and whether it ends an operand (so `(` would call it, `/` divides). */
interface Scan {
  rest: string;
  afterOperand: boolean;
  last: string;
  /** Open parentheses: true for the condition of an `if`, whose `)` starts a statement. */
  parens: boolean[];
}

/** True when `script` provably cannot change the context it runs in. */
export function isReadOnlyScript(script: string): boolean {
  const scan: Scan = { rest: script, afterOperand: false, last: '', parens: [] };
  while (scan.rest !== '') {
    if (!step(scan)) return false;
  }
  return scan.parens.length === 0;
}

function take(scan: Scan, token: string, afterOperand: boolean): true {
  scan.rest = scan.rest.slice(token.length);
  scan.afterOperand = afterOperand;
  scan.last = token;
  return true;
}

/** Consumes one token; false when it is (or may be) anything but a read-only construct. */
function step(scan: Scan): boolean {
  const { rest } = scan;
  const space = SPACE.exec(rest)?.[0];
  if (space !== undefined) {
    scan.rest = rest.slice(space.length);
    return true;
  }
  const word = WORD.exec(rest)?.[0];
  if (word !== undefined) {
    if (UNSAFE_WORDS.has(word)) return false;
    return take(scan, word, !ALLOWED_WORDS.has(word) || OPERAND_WORDS.has(word));
  }
  const number = NUMBER.exec(rest)?.[0];
  if (number !== undefined) {
    // `1.5.x`, `10n`, `1_0` and the like are left to a fresh context.
    return /^[\w$.\\]/.test(rest.slice(number.length)) ? false : take(scan, number, true);
  }
  const first = rest[0] ?? '';
  if (first === '"' || first === "'") return string(scan, first);
  if (first === '.') {
    // A property name must follow at once: rules out `?.(`, `?.[`, spread and `.5`.
    const name = WORD.exec(rest.slice(1))?.[0];
    return name === undefined ? false : take(scan, `.${name}`, true);
  }
  return punctuation(scan, first);
}

function string(scan: Scan, quote: string): boolean {
  for (let i = 1; i < scan.rest.length; i++) {
    const char = scan.rest[i];
    if (char === '\n' || char === '\r') return false;
    if (char === '\\') i++;
    else if (char === quote) return take(scan, scan.rest.slice(0, i + 1), true);
  }
  return false;
}

function punctuation(scan: Scan, first: string): boolean {
  const { rest } = scan;
  if (rest.startsWith('++') || rest.startsWith('--')) return false;
  if (first === '(') {
    // After an operand (or a block or object literal), `(` is a call.
    if (scan.afterOperand || scan.last === '}') return false;
    scan.parens.push(scan.last === 'if');
    return take(scan, first, false);
  }
  if (first === ')') {
    const ofIf = scan.parens.pop();
    // The `)` of an `if` condition starts a statement, where `/` would begin a regex.
    return ofIf === undefined ? false : take(scan, first, !ofIf);
  }
  if (first === '[' || first === '{' || first === '}') return take(scan, first, false);
  if (first === ']') return take(scan, first, true);
  // A `/` where an operand is expected starts a regex; `//` and `/*` start a comment anywhere, whose text the scan
  // would otherwise read as code (`1 /*'*/ x = 1 //'` looks like `1 / * '…'`); `/=` assigns.
  if (first === '/') return scan.afterOperand && !'/*='.includes(rest[1] ?? '') ? take(scan, first, false) : false;
  const operator = OPERATORS.find((op) => rest.startsWith(op)) ?? (SINGLE_OPERATORS.includes(first) ? first : '');
  // `=` alone, `=>` and every compound assignment (`+=`, `>>>=`, `??=` …) end in an `=` no operator above takes.
  if (operator === '' || rest[operator.length] === '=') return false;
  return take(scan, operator, false);
}
