/**
 * Glob matching for definition files: the built-in file-name patterns per kind and the user's
 * `conductor.definitions.include` globs. Paths are matched with forward slashes, absolute.
 */

/** File names that always hold Conductor definitions (the languages contributed in package.json). */
export const definitionFilePatterns: readonly string[] = [
  '**/*.workflow.json',
  '**/*.taskdef.json',
  '**/*.task.json',
  '**/*.event.json',
  '**/*.schedule.json',
];

/**
 * A user glob as matched against absolute paths. A glob that starts with neither `/` nor `**` + `/` may match under
 * any folder, the way the client's document selector treats it (`client/src/languages.ts`).
 */
export function anchorGlob(glob: string): string {
  const trimmed = glob.trim().replace(/\\/g, '/').replace(/^\.\//, '');
  return trimmed.startsWith('/') || trimmed.startsWith('**/') ? trimmed : `**/${trimmed}`;
}

/** Compiles a glob (`**`, `*`, `?`, `{a,b}`) into an anchored regular expression over `/`-separated paths. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const char = glob.charAt(i);
    if (char === '*' && glob.charAt(i + 1) === '*') {
      // `**/` also matches no folder at all, so `**/a.json` matches `/a.json`.
      const slash = glob.charAt(i + 2) === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '{') {
      braces++;
      source += '(?:';
    } else if (char === '}' && braces > 0) {
      braces--;
      source += ')';
    } else if (char === ',' && braces > 0) source += '|';
    else source += char.replace(/[.+^$()|[\]\\{}]/g, '\\$&');
  }
  return new RegExp(`^${source}${')'.repeat(braces)}$`);
}

/** A predicate over absolute `/`-separated paths: true for definition files and files the user includes. */
export function createDefinitionMatcher(includeGlobs: readonly string[]): (path: string) => boolean {
  const matchers = [...definitionFilePatterns, ...includeGlobs.map(anchorGlob)].map(globToRegExp);
  return (path) => matchers.some((matcher) => matcher.test(path));
}
