/**
 * The Conductor REST client (no `vscode` import): `new ConductorClient({profile, baseUrl, auth})`.
 */
export { ConductorApiError, errorMessage, type NetworkFailure } from './apiError';
export { jwtExpiry, OrkesTokenAuth, type AuthConfig } from './auth';
export { ConductorClient, type ClientOptions } from './conductorClient';
export type { ExecuteOptions, SearchOptions } from './executionApi';
export { DEFAULT_TIMEOUT_MS, HttpClient, normalizeBaseUrl, type AuthProvider, type RequestOptions } from './http';
export type { WorkflowSchedule } from '../../../common/src/model';
export { parseValidationPath, toDocumentPath, type ParsedValidationPath } from './validationPaths';
