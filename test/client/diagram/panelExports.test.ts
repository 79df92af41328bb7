/**
 * A diagram panel's exports (PanelExports): an export asked for (the in-VS-Code tests' `conductor.diagram.export`)
 * posts the page's export request and resolves with the file the save wrote; a page error or a closed panel
 * answers the caller with no file instead of leaving it waiting forever. The save here writes real files.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI } from 'vscode-uri';
import type * as vscode from 'vscode';
import type { ToWebview } from '../../../common/src/graph';
import { exportBytes, writeExport } from '../../../client/src/diagram/exportFile';
import { PanelExports } from '../../../client/src/diagram/panelExports';

let folder: string;
before(() => {
  folder = mkdtempSync(join(tmpdir(), 'conductor-panel-exports-'));
});
after(() => rmSync(folder, { recursive: true, force: true }));

/** Exports of a panel whose save writes `diagram.<format>` into the test folder; `posted` is what the page got. */
function panelExports(): { exports: PanelExports; posted: ToWebview[] } {
  const posted: ToWebview[] = [];
  const save = async (format: 'svg' | 'png', data: string): Promise<vscode.Uri | undefined> => {
    const path = await writeExport(folder, `diagram.${format}`, exportBytes(format, data), () =>
      Promise.resolve('replace'),
    );
    return path === undefined ? undefined : URI.file(path);
  };
  return { exports: new PanelExports(save, (message) => posted.push(message)), posted };
}

void describe('diagram panel exports', () => {
  void it('ask the page for the drawing and resolve with the file written', async () => {
    const { exports, posted } = panelExports();
    const saved = exports.request('svg');
    assert.deepEqual(posted, [{ type: 'exportRequest', format: 'svg' }]);
    await exports.save('svg', '<svg><g/></svg>');
    assert.equal((await saved)?.fsPath, join(folder, 'diagram.svg'));
    assert.equal(readFileSync(join(folder, 'diagram.svg'), 'utf8'), '<svg><g/></svg>');
  });

  void it('answer with no file when the page reports an error instead', async () => {
    const { exports } = panelExports();
    const saved = exports.request('png');
    exports.failed();
    assert.equal(await saved, undefined);
  });

  void it('answer every waiting caller with no file when the panel closes, and later ones at once', async () => {
    const { exports, posted } = panelExports();
    const waiting = [exports.request('svg'), exports.request('png')];
    exports.close();
    assert.deepEqual(await Promise.all(waiting), [undefined, undefined]);
    assert.equal(await exports.request('svg'), undefined);
    assert.equal(posted.length, 2, 'a closed panel is not asked');
  });
});
