/**
 * The status bar's view of a server (no `vscode` import): one bounded `/health` call turned into a state with a
 * reason, and the text shown for it. A server that answers `healthy: false` (§3.4) is as unhealthy as one that
 * does not answer.
 */
import { errorMessage, type ConductorClient } from '../api';

/** Short, so a dead server turns the status bar red quickly, and a slow one is reported as such. */
export const HEALTH_TIMEOUT_MS = 3_000;

/** What the status bar knows about the active profile. */
export type Health =
  | { readonly state: 'stopped' }
  | { readonly state: 'connecting' }
  | { readonly state: 'healthy'; readonly url: string }
  | { readonly state: 'unhealthy'; readonly reason: string; readonly url?: string };

/** Probes `/health` once; never rejects. */
export async function probeHealth(client: ConductorClient, timeoutMs = HEALTH_TIMEOUT_MS): Promise<Health> {
  const url = client.http.baseUrl;
  try {
    const status = await client.health(timeoutMs);
    if (status.healthy === true) return { state: 'healthy', url };
    return { state: 'unhealthy', url, reason: `${url}/health answered "healthy": false.` };
  } catch (error) {
    return { state: 'unhealthy', url, reason: errorMessage(error) };
  }
}

const ICONS: Record<Health['state'], string> = {
  stopped: '$(circle-outline)',
  connecting: '$(sync~spin)',
  healthy: '$(pass-filled)',
  unhealthy: '$(error)',
};

const STATES: Record<Health['state'], string> = {
  stopped: 'not running: the local engine starts with the extension, or when a Conductor view or command needs it',
  connecting: 'connecting…',
  healthy: 'healthy',
  unhealthy: 'unreachable or unhealthy',
};

/** The status-bar text: an icon for the state and the profile name. */
export function statusText(profile: string, health: Health): string {
  return `${ICONS[health.state]} Conductor: ${profile}`;
}

/** The tooltip: profile, URL, state and reason, and what a click does. */
export function statusTooltip(profile: string, health: Health): string {
  const lines = [`Conductor server "${profile}": ${STATES[health.state]}`];
  if ('url' in health && health.url) lines.push(health.url);
  if (health.state === 'unhealthy') lines.push(health.reason);
  lines.push('Click to switch servers.');
  return lines.join('\n\n');
}
