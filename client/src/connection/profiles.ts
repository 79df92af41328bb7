/**
 * Server profiles from the `conductor.servers` setting (no `vscode` import, so it is unit-tested in plain Node).
 * Each entry is checked on its own: a bad one is skipped with a message saying what to fix, the others stay usable.
 * The built-in Local profile always exists and cannot be shadowed.
 */
import { normalizeBaseUrl } from '../api/http';
import { isObject } from '../../../server/src/service/model/jsonValue';

/** Name of the built-in profile backed by the bundled engine. */
export const LOCAL_PROFILE_NAME = 'Local';

/** A profile authenticated with an Orkes application key (the secret is in SecretStorage). */
export interface OrkesProfile {
  readonly name: string;
  readonly kind: 'remote';
  readonly baseUrl: string;
  readonly auth: 'orkes';
  readonly keyId: string;
}

/** One usable profile. Never holds a secret: Orkes key secrets live in SecretStorage. */
export type Profile =
  | { readonly name: string; readonly kind: 'local' }
  | { readonly name: string; readonly kind: 'remote'; readonly baseUrl: string; readonly auth: 'none' }
  | OrkesProfile;

/** The parsed setting: usable profiles (Local first) and one message per skipped entry. */
export interface ParsedProfiles {
  readonly profiles: readonly Profile[];
  readonly problems: readonly string[];
}

const LOCAL: Profile = { name: LOCAL_PROFILE_NAME, kind: 'local' };

/** Parses the raw `conductor.servers` value; never throws. */
export function parseProfiles(raw: unknown): ParsedProfiles {
  const profiles: Profile[] = [LOCAL];
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { profiles, problems };
  if (!Array.isArray(raw)) {
    return { profiles, problems: ['conductor.servers must be an array of {name, baseUrl, auth} objects.'] };
  }
  const seen = new Set<string>([LOCAL_PROFILE_NAME.toLowerCase()]);
  raw.forEach((entry: unknown, index) => {
    const parsed = parseEntry(entry, `conductor.servers[${index}]`);
    if (typeof parsed === 'string') {
      problems.push(parsed);
    } else if (seen.has(parsed.name.toLowerCase())) {
      problems.push(
        parsed.name.toLowerCase() === LOCAL_PROFILE_NAME.toLowerCase()
          ? `conductor.servers[${index}]: "${parsed.name}" is the built-in profile's name; choose another name.`
          : `conductor.servers[${index}]: the name "${parsed.name}" is used twice; profile names must be unique.`,
      );
    } else {
      seen.add(parsed.name.toLowerCase());
      profiles.push(parsed);
    }
  });
  return { profiles, problems };
}

/** The profile or a message saying what is wrong with the entry at `where`. */
function parseEntry(entry: unknown, where: string): Profile | string {
  if (!isObject(entry)) {
    return `${where} must be an object like {"name": "dev", "baseUrl": "http://localhost:8080/api", "auth": "none"}.`;
  }
  const { name, baseUrl, auth, keyId } = entry;
  if (typeof name !== 'string' || name.trim() === '') return `${where}: "name" must be a non-empty string.`;
  const label = `${where} ("${name}")`;
  if (typeof baseUrl !== 'string' || baseUrl.trim() === '') {
    return `${label}: "baseUrl" must be the server URL, e.g. http://localhost:8080/api.`;
  }
  const urlProblem = baseUrlProblem(baseUrl);
  if (urlProblem !== undefined) return `${label}: ${urlProblem}`;
  const url = normalizeBaseUrl(baseUrl);
  if (auth === undefined || auth === 'none') return { name: name.trim(), kind: 'remote', baseUrl: url, auth: 'none' };
  if (auth !== 'orkes') return `${label}: "auth" must be "none" or "orkes", not ${JSON.stringify(auth)}.`;
  if (typeof keyId !== 'string' || keyId.trim() === '') {
    return `${label}: "auth": "orkes" needs "keyId" (the application key id; the secret is asked for separately).`;
  }
  return { name: name.trim(), kind: 'remote', baseUrl: url, auth: 'orkes', keyId: keyId.trim() };
}

/** The profile named `name` (case-insensitive; empty or missing means Local), or undefined when none has it. */
export function findProfile(profiles: readonly Profile[], name: string | undefined): Profile | undefined {
  const wanted = (name ?? LOCAL_PROFILE_NAME).trim().toLowerCase() || LOCAL_PROFILE_NAME.toLowerCase();
  return profiles.find((profile) => profile.name.toLowerCase() === wanted);
}

/** Why `name` cannot name a new profile (empty, or taken: names are compared case-insensitively), or undefined. */
export function newProfileNameProblem(name: string, existing: readonly Profile[]): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return 'Enter a name, e.g. "staging".';
  const taken = existing.find((profile) => profile.name.toLowerCase() === trimmed.toLowerCase());
  if (!taken) return undefined;
  return taken.kind === 'local'
    ? `"${LOCAL_PROFILE_NAME}" is the built-in engine's name; choose another.`
    : `A server named "${taken.name}" exists already; choose another name.`;
}

/** Why `url` cannot be a server URL, or undefined. */
export function baseUrlProblem(url: string): string | undefined {
  try {
    normalizeBaseUrl(url);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
