/**
 * The profiles of `conductor.servers`, parsed once per value of the setting. Reading compares the raw value, so a
 * caller right after `configuration.update` sees the new profiles even before the change event arrives.
 */
import type * as vscode from 'vscode';
import { getActiveServerName, getRawServers } from '../configuration';
import { reportProfileProblems } from './connectionMessages';
import { findProfile, LOCAL_PROFILE_NAME, parseProfiles, type Profile } from './profiles';

/** Cached, checked view of the profile settings. */
export class ProfileSettings {
  private profiles: readonly Profile[] = [];
  /** The setting's JSON that `profiles` was read from. */
  private parsedFrom: string | undefined;

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /** Every usable profile, Local first; problems of a new value are logged and shown once. */
  all(): readonly Profile[] {
    const raw = getRawServers();
    const json = JSON.stringify(raw ?? null);
    if (json !== this.parsedFrom) {
      const parsed = parseProfiles(raw);
      reportProfileProblems(this.log, parsed.problems);
      this.profiles = parsed.profiles;
      this.parsedFrom = json;
    }
    return this.profiles;
  }

  /** The active profile, or undefined when `conductor.activeServer` names none. */
  active(): Profile | undefined {
    return findProfile(this.all(), getActiveServerName());
  }

  /** The name the active profile is shown under, also when it is unknown. */
  activeName(): string {
    return this.active()?.name ?? getActiveServerName() ?? LOCAL_PROFILE_NAME;
  }
}
