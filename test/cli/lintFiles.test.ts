/**
 * The CLI's file handling below the process level: a file that vanishes or cannot be read between collection and
 * reading becomes a clear error line, not a crash.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { formatResults } from '../../server/src/cli/formatResults';
import { lintFiles } from '../../server/src/cli/lintFiles';

void describe('lintFiles', () => {
  void it('turns an unreadable file into an error result with the reason', () => {
    const cwd = join(__dirname, '..', '..');
    const missing = join(cwd, 'no-such-dir', 'gone.workflow.json');
    const results = lintFiles([{ path: missing, explicit: true }], cwd, () => assert.fail('no rule may fail'));
    assert.equal(results.length, 1);
    assert.equal(results[0]?.file, join('no-such-dir', 'gone.workflow.json'));
    assert.match(results[0]?.readError ?? '', /ENOENT/);
    const text = formatResults(results, 'text');
    assert.match(text, /^no-such-dir\/gone\.workflow\.json:1:1 error conductor\.io Could not read the file: ENOENT/);
    assert.match(text, /1 problem \(1 error, 0 warnings\) in 1 file\.\n$/);
  });
});
