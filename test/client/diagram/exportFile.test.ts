/**
 * Diagram export on real files: the drawing becomes a real SVG (the order example, laid out and rendered as the page
 * does) or PNG file, named after the diagram; a file already there is never replaced unless the user answers
 * Replace, Keep Both writes a numbered copy, and dismissing the question writes nothing. What the page sends that
 * is no image is refused with a clear error.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  canRetryExport,
  ExportDataError,
  exportBytes,
  exportFileName,
  writeExport,
  type ExistingFileAnswer,
} from '../../../client/src/diagram/exportFile';
import { buildDefinitionGraph, layoutGraph, renderSvg } from '../../../common/src/graph';

const repo = join(__dirname, '../../..');
let folder: string;
before(() => {
  folder = mkdtempSync(join(tmpdir(), 'conductor-export-'));
});
after(() => rmSync(folder, { recursive: true, force: true }));

/** The order example drawn as the diagram page draws it. */
async function orderSvg(): Promise<string> {
  const file = join(repo, 'test/integration/workspace/diagram/order_fulfillment.workflow.json');
  const graph = buildDefinitionGraph(JSON.parse(readFileSync(file, 'utf8')));
  return renderSvg(graph, await layoutGraph(graph));
}

/** A question that records what it was asked and answers `answer`. */
function answering(answer: ExistingFileAnswer): {
  ask: (name: string) => Promise<ExistingFileAnswer>;
  asked: string[];
} {
  const asked: string[] = [];
  return { asked, ask: (name) => Promise.resolve((asked.push(name), answer)) };
}

/** What `run` throws. */
function captured(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

void describe('diagram export: the file written', () => {
  void it('writes the drawing as an SVG file named after the diagram', async () => {
    const svg = await orderSvg();
    const name = exportFileName('Diagram: order_fulfillment.workflow.json', 'svg');
    assert.equal(name, 'order_fulfillment.workflow.svg');
    const { ask, asked } = answering(undefined);
    const path = await writeExport(folder, name, exportBytes('svg', svg), ask);
    assert.equal(path, join(folder, name));
    assert.equal(readFileSync(join(folder, name), 'utf8'), svg);
    assert.match(svg, /^<svg[\s>]/);
    assert.deepEqual(asked, [], 'a new file needs no question');
  });

  void it('writes a PNG data URL as the PNG file it encodes', async () => {
    const png = readFileSync(join(repo, 'docs/images/diagram-definition-light.png'));
    const name = exportFileName('1b2c-execution', 'png');
    await writeExport(
      folder,
      name,
      exportBytes('png', `data:image/png;base64,${png.toString('base64')}`),
      answering(undefined).ask,
    );
    assert.deepEqual(readFileSync(join(folder, name)), png);
  });

  void it('refuses what is no image, with a message naming what was wrong, and no Retry of the same data', () => {
    assert.throws(() => exportBytes('svg', '<html></html>'), ExportDataError);
    assert.throws(() => exportBytes('png', 'data:image/png;base64,aGVsbG8='), /no PNG image/);
    assert.throws(() => exportBytes('png', 'data:,'), ExportDataError);
    const refused = captured(() => exportBytes('svg', '<html></html>'));
    assert.equal(canRetryExport(refused), false, 'the same data would be refused again');
  });

  void it('offers Retry when the folder could not be written', async () => {
    const missing = join(folder, 'gone', 'deeper');
    const error = await writeExport(missing, 'x.svg', new Uint8Array([60]), answering(undefined).ask).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    assert.match(String(error), /ENOENT/);
    assert.equal(canRetryExport(error), true);
  });
});

void describe('diagram export: an existing file', () => {
  const name = 'mine.svg';
  const user = "<svg><!-- the user's own drawing --></svg>";
  const drawing = new TextEncoder().encode('<svg><g class="node"/></svg>');

  void it('is kept when the question is dismissed, and nothing else is written', async () => {
    writeFileSync(join(folder, name), user);
    const before = readdirSync(folder).sort();
    const { ask, asked } = answering(undefined);
    assert.equal(await writeExport(folder, name, drawing, ask), undefined);
    assert.deepEqual(asked, [name]);
    assert.equal(readFileSync(join(folder, name), 'utf8'), user);
    assert.deepEqual(readdirSync(folder).sort(), before);
  });

  void it('stays with Keep Both, the export going to the next free numbered name', async () => {
    writeFileSync(join(folder, name), user);
    writeFileSync(join(folder, 'mine-2.svg'), user);
    const path = await writeExport(folder, name, drawing, answering('keepBoth').ask);
    assert.equal(path, join(folder, 'mine-3.svg'));
    assert.equal(readFileSync(join(folder, name), 'utf8'), user);
    assert.equal(readFileSync(join(folder, 'mine-2.svg'), 'utf8'), user);
  });

  void it('is replaced only when the user answers Replace', async () => {
    writeFileSync(join(folder, name), user);
    const path = await writeExport(folder, name, drawing, answering('replace').ask);
    assert.equal(path, join(folder, name));
    assert.deepEqual(readFileSync(join(folder, name)), Buffer.from(drawing));
  });
});
