/**
 * Turns a profile into a REST client (no `vscode` import): Local starts the bundled engine through its host, a
 * remote profile is bound to its URL, an Orkes profile reads its key secret through `secretFor`. Nothing is sent to
 * a remote server here; the first request (or the status-bar probe) finds out whether it answers.
 */
import { ConductorClient } from '../api';
import type { Connection } from './connection';
import type { LocalEngineHost } from './localEngineHost';
import type { OrkesProfile, Profile } from './profiles';

/** What connecting needs from its surroundings. */
export interface ConnectorDependencies {
  readonly localEngine: LocalEngineHost;
  /** The profile's Orkes key secret (asking the user when missing), or undefined when none was given. */
  readonly secretFor: (profile: OrkesProfile) => Promise<string | undefined>;
}

/** Message when an Orkes profile has no secret; the command title is the next step. */
export const MISSING_SECRET_MESSAGE = (profile: string): string =>
  `Profile "${profile}" needs its Orkes key secret. Run "Conductor: Set Server Secret" to enter it.`;

/** How `connect` may interact with the user. */
export interface ConnectOptions {
  /** When false, a missing Orkes secret fails instead of opening a prompt (background probes). Default true. */
  readonly interactive?: boolean;
}

/** Message when `conductor.activeServer` names no profile. */
export const UNKNOWN_PROFILE_MESSAGE = (name: string): string =>
  `The active server "${name}" (setting conductor.activeServer) is not defined in conductor.servers. ` +
  'Run "Conductor: Select Server" to choose one, or add it in the settings.';

/** Connects to `profile`; rejects with a message that says what to do next. */
export async function connectProfile(profile: Profile, deps: ConnectorDependencies): Promise<Connection> {
  if (profile.kind === 'local') {
    let url: string;
    try {
      url = await deps.localEngine.ensureStarted();
    } catch (error) {
      throw new Error(
        `Could not start the local Conductor engine: ${(error as Error).message}\n` +
          'Run "Conductor: Restart Local Engine" to try again, or "Conductor: Show Engine Log" for details.',
        { cause: error },
      );
    }
    return {
      profile: { name: profile.name, baseUrl: url, isLocal: true },
      client: new ConductorClient({ profile: profile.name, baseUrl: url }),
    };
  }
  const summary = { name: profile.name, baseUrl: profile.baseUrl, isLocal: false };
  if (profile.auth === 'none') {
    return {
      profile: summary,
      client: new ConductorClient({ profile: profile.name, baseUrl: profile.baseUrl }),
    };
  }
  const keySecret = await deps.secretFor(profile);
  if (keySecret === undefined || keySecret === '') throw new Error(MISSING_SECRET_MESSAGE(profile.name));
  const auth = { kind: 'orkes' as const, keyId: profile.keyId, keySecret };
  return {
    profile: summary,
    client: new ConductorClient({ profile: profile.name, baseUrl: profile.baseUrl, auth }),
  };
}
