/**
 * The workspace index used by feature tests: every definition file of `fixtures/features/refs/`, read by the real
 * core index (goldens excluded).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWorkspaceIndex } from '../../../server/src/service/workspaceIndex';
import type { WorkspaceIndex } from '../../../server/src/service/workspaceIndex';
import { fixturesDir } from './featureFixtures';

const refsDir = join(fixturesDir, 'refs');

/** A fresh index over the refs fixtures. */
export function refsIndex(): WorkspaceIndex {
  return createWorkspaceIndex(
    readdirSync(refsDir)
      .filter((name) => !name.includes('golden'))
      .map((name) => ({ uri: `file://${join(refsDir, name)}`, text: readFileSync(join(refsDir, name), 'utf8') })),
  );
}
