/**
 * Health and version endpoints (reference/conductor.md §3.4): `/health` and `/api/health` answer Conductor's
 * always-healthy `HealthCheckStatus` (readiness loops of the SDKs poll it), `/api/version` the version as text.
 */
import type { HealthCheckStatus } from '../../../common/src/model';
import type { Router } from '../http';
import { json, text } from '../http';

/** The version this engine reports; it follows the extension's version. */
export const ENGINE_VERSION = '0.1.0';

const HEALTHY: HealthCheckStatus = { healthResults: [], suppressedHealthResults: [], healthy: true };

/** Registers `/health`, `/api/health` and `/api/version`. */
export function registerHealthRoutes(router: Router, version = ENGINE_VERSION): void {
  router.route('GET', '/health', () => json(HEALTHY));
  router.route('GET', '/api/health', () => json(HEALTHY));
  router.route('GET', '/api/version', () => text(version));
}
