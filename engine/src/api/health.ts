/**
 * Health and version endpoints (reference/conductor.md §3.4): `/health` and `/api/health` answer Conductor's
 * always-healthy `HealthCheckStatus` (readiness loops of the SDKs poll it), `/api/version` the version as text.
 * The health status also names the engine and its version in its one `healthResults` entry, so a `/health` probe
 * tells which engine answered.
 */
import type { HealthCheckStatus } from '../../../common/src/model';
import type { Router } from '../http';
import { json, text } from '../http';
import { ENGINE_VERSION } from '../engineVersion';

/** Registers `/health`, `/api/health` and `/api/version`; `version` defaults to the extension's. */
export function registerHealthRoutes(router: Router, version = ENGINE_VERSION): void {
  const healthy: HealthCheckStatus = {
    healthResults: [{ name: 'conductor-workflows-engine', healthy: true, details: { version } }],
    suppressedHealthResults: [],
    healthy: true,
  };
  router.route('GET', '/health', () => json(healthy));
  router.route('GET', '/api/health', () => json(healthy));
  router.route('GET', '/api/version', () => text(version));
}
