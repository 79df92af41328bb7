/**
 * The local engine manager (no `vscode` import): `startLocalEngine({enginePath, dataDir, nodePath, onLog})`.
 */
export { startLocalEngine, type LocalEngine, type LocalEngineOptions } from './localEngine';
export { describeExit } from './readiness';
