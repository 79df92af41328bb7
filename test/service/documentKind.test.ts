/**
 * Kind detection: file-name patterns first (configurable), then the shape of the value; other JSON has no kind.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_KIND_PATTERNS, detectKind, kindFromName, kindFromShape } from '../../server/src/service';

void describe('kindFromName', () => {
  void it('recognises the default patterns in paths and URIs, case-insensitively', () => {
    assert.equal(kindFromName('/w/orders/ship.workflow.json'), 'workflow');
    assert.equal(kindFromName('file:///c%3A/w/Ship.Workflow.JSON'), 'workflow');
    assert.equal(kindFromName('C:\\w\\tasks\\all.taskdef.json'), 'taskdef');
    assert.equal(kindFromName('charge.task.json'), 'taskdef');
    assert.equal(kindFromName('shipped.event.json'), 'event');
    assert.equal(kindFromName('nightly.schedule.json'), 'schedule');
    assert.equal(kindFromName('package.json'), undefined);
    assert.equal(kindFromName('workflow.json'), undefined);
  });

  void it('uses configured patterns, including folder patterns with **', () => {
    const patterns = { ...DEFAULT_KIND_PATTERNS, workflow: ['**/flows/*.json'] };
    assert.equal(kindFromName('/repo/conductor/flows/ship.json', patterns), 'workflow');
    assert.equal(kindFromName('/repo/ship.workflow.json', patterns), undefined);
  });
});

void describe('kindFromShape', () => {
  void it('detects each kind by its characteristic fields', () => {
    assert.equal(kindFromShape({ name: 'w', tasks: [] }), 'workflow');
    assert.equal(kindFromShape({ name: 'h', event: 'sqs:q', actions: [] }), 'event');
    assert.equal(kindFromShape({ name: 's', cronExpression: '0 0 * * * ?' }), 'schedule');
    assert.equal(kindFromShape({ name: 't', retryCount: 3 }), 'taskdef');
    assert.equal(
      kindFromShape([
        { name: 'a', timeoutSeconds: 1 },
        { name: 'b', responseTimeoutSeconds: 2 },
      ]),
      'taskdef',
    );
  });

  void it('leaves other JSON without a kind', () => {
    for (const value of [
      { name: 'app', version: '1.0.0' },
      { compilerOptions: {} },
      [],
      [1, 2],
      'text',
      3,
      null,
      undefined,
    ]) {
      assert.equal(kindFromShape(value), undefined, JSON.stringify(value));
    }
    assert.equal(kindFromShape([{ name: 'a', retryCount: 1 }, { other: true }]), undefined);
  });
});

void describe('detectKind', () => {
  void it('prefers the file name over the shape', () => {
    assert.equal(detectKind('a.taskdef.json', { name: 'w', tasks: [] }), 'taskdef');
    assert.equal(detectKind('a.json', { name: 'w', tasks: [] }), 'workflow');
    assert.equal(detectKind('a.json', { private: true }), undefined);
  });
});
