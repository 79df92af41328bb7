/** Script generators for `plainScript.test.ts`: subset scripts from a small grammar, and random character edits. */

/** A deterministic generator of numbers in [0, 1) (mulberry32), so failures reproduce. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['$', 'a', 'loop_1', 'Math', 'x$', '_y', 'true', 'null', 'this', 'undefined', 'if', 'new', 'in'];
const OPERATORS = ['||', '&&', '==', '!=', '===', '!==', '<', '>', '<=', '>=', '+', '-', '*', '/', '%'];
const LITERALS = ['0', '12', '3.5', "'s'", '"t u"', "''", "'it''s'"];

/** `count` scripts built from the plain subset's grammar (some with names the subset rejects). */
export function generatedScripts(random: () => number, count: number): string[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const expression = (depth: number): string => {
    const roll = depth > 3 ? random() * 0.4 : random();
    if (roll < 0.2) return pick(NAMES);
    if (roll < 0.35) return pick(LITERALS);
    if (roll < 0.5) return `${expression(depth + 1)}.${pick(NAMES)}`;
    if (roll < 0.6) return `${expression(depth + 1)}[${expression(depth + 1)}]`;
    if (roll < 0.7) return `${expression(depth + 1)} ${pick(OPERATORS)} ${expression(depth + 1)}`;
    if (roll < 0.78) return `${pick(['!', '-', '+'])}${expression(depth + 1)}`;
    if (roll < 0.86) return `(${expression(depth + 1)})`;
    if (roll < 0.93) return `${expression(depth + 1)}(${expression(depth + 1)}, ${expression(depth + 1)})`;
    return `${expression(depth + 1)} ? ${expression(depth + 1)} : ${expression(depth + 1)}`;
  };
  const statement = (depth: number): string => {
    const roll = depth > 2 ? random() * 0.6 : random();
    if (roll < 0.6) return `${expression(0)};`;
    if (roll < 0.8) return `if (${expression(0)}) ${statement(depth + 1)} else ${statement(depth + 1)}`;
    return `{ ${statement(depth + 1)} ${statement(depth + 1)} }`;
  };
  return Array.from({ length: count }, () => (random() < 0.5 ? expression(0) : statement(0)));
}

const EDIT_CHARACTERS = ' \n;{}()[].,?:!<>=+-*/%&|$\'"`\\abc019_#@';

/** One random edit of `source`: a character inserted, removed or replaced. */
export function mutate(source: string, random: () => number): string {
  const at = Math.floor(random() * (source.length + 1));
  const character = EDIT_CHARACTERS[Math.floor(random() * EDIT_CHARACTERS.length)] ?? ' ';
  const roll = random();
  if (roll < 0.4) return source.slice(0, at) + character + source.slice(at);
  if (roll < 0.7) return source.slice(0, at) + source.slice(at + 1);
  return source.slice(0, at) + character + source.slice(at + 1);
}
