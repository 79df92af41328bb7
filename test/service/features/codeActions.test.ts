import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Range } from 'vscode-languageserver-types';
import { getCodeActions } from '../../../server/src/service/features/codeActions';
import { getFeatureModel } from '../../../server/src/service/features/featureModel';
import { validate } from '../../../server/src/service/validate';
import { createWorkspaceIndex } from '../../../server/src/service/workspaceIndex';
import { assertGolden, fixtureFromText, fixturesDir, loadFixture } from './featureFixtures';
import type { Fixture } from './featureFixtures';

/** The actions for the whole document, given the real diagnostics of the core and rules (empty workspace index). */
function actionsFor(fixture: Fixture, range?: Range): CodeAction[] {
  const diagnostics = validate(fixture.document, fixture.parsed, { uri: fixture.uri, index: createWorkspaceIndex([]) });
  const whole = range ?? {
    start: { line: 0, character: 0 },
    end: fixture.document.positionAt(fixture.parsed.text.length),
  };
  return getCodeActions(fixture.document, getFeatureModel(fixture.parsed), whole, diagnostics);
}

/** What an action does, for goldens: the edited document (as JSON) or the files it creates. */
function effect(fixture: Fixture, action: CodeAction): unknown {
  const edits = action.edit?.changes?.[fixture.uri];
  if (edits) return JSON.parse(TextDocument.applyEdits(fixture.document, edits)) as unknown;
  return (action.edit?.documentChanges ?? []).map((change) =>
    'kind' in change
      ? `${change.kind} ${'uri' in change ? change.uri.replace(/^.*\//, '') : ''}`
      : change.edits.map((edit) => ('newText' in edit ? (JSON.parse(edit.newText) as unknown) : edit)),
  );
}

const cases = readdirSync(join(fixturesDir, 'actions')).filter((name) => name.endsWith('.workflow.json'));

void describe('code actions (goldens: fixtures/features/actions/<case>.golden.json)', () => {
  for (const name of cases) {
    void it(name, () => {
      const fixture = loadFixture(`actions/${name}`);
      const actions = actionsFor(fixture).filter(
        (action) => !action.title.startsWith('Create task definition') || name.startsWith('missing'),
      );
      assert.ok(actions.length > 0, 'at least one action');
      const golden = actions.map((action) => ({ title: action.title, effect: effect(fixture, action) }));
      assertGolden(`actions/${name.replace('.workflow.json', '.golden.json')}`, golden);
    });
  }
});

void describe('code action details', () => {
  void it('creates the task definition beside the workflow', () => {
    const fixture = loadFixture('actions/missing-taskdef.workflow.json');
    const create = actionsFor(fixture).find((action) => action.title.startsWith('Create task definition'));
    const change = create?.edit?.documentChanges?.[0];
    assert.ok(change && 'kind' in change && change.kind === 'create');
    assert.equal(change.uri, fixture.uri.replace('missing-taskdef.workflow.json', 'charge_card.taskdef.json'));
  });

  void it('never prepends the template to a task definition file that already exists', () => {
    const fixture = loadFixture('actions/missing-taskdef.workflow.json');
    const create = actionsFor(fixture).find((action) => action.title.startsWith('Create task definition'));
    const [change, insert] = create?.edit?.documentChanges ?? [];
    assert.ok(change && 'kind' in change && change.kind === 'create' && insert && !('kind' in insert));
    // The editor refuses a create on an existing file unless told to ignore or overwrite it.
    assert.ok(!change.options?.ignoreIfExists && !change.options?.overwrite);
  });

  void it('an added JOIN satisfies the fork rule (no conductor.forkJoin left)', () => {
    const fixture = loadFixture('actions/fork-no-join.workflow.json');
    const join = actionsFor(fixture).find((action) => action.title.startsWith('Add a JOIN'));
    const fixed = fixtureFromText(TextDocument.applyEdits(fixture.document, join?.edit?.changes?.[fixture.uri] ?? []));
    const diagnostics = validate(fixed.document, fixed.parsed, { uri: fixed.uri });
    assert.deepEqual(
      diagnostics.filter((d) => d.code === 'conductor.forkJoin'),
      [],
    );
  });

  void it('offers no JOIN when the fork is already followed by one', () => {
    const fork = {
      name: 'f',
      taskReferenceName: 'f',
      type: 'FORK_JOIN',
      forkTasks: [[{ name: 'a', taskReferenceName: 'a' }]],
    };
    const join = { name: 'j', taskReferenceName: 'j', type: 'JOIN', joinOn: ['a'] };
    const fixture = fixtureFromText(JSON.stringify({ name: 'w', tasks: [fork, join] }, null, 2));
    const inFork = fixture.document.positionAt(fixture.parsed.text.indexOf('forkTasks'));
    const actions = actionsFor(fixture, { start: inFork, end: inFork });
    assert.ok(!actions.some((action) => action.title.startsWith('Add a JOIN')));
  });

  void it("changes $.my_lop in a loop condition to $['my-loop'], not $.my-loop (§5.8)", () => {
    const loop = {
      name: 'l',
      taskReferenceName: 'my-loop',
      type: 'DO_WHILE',
      loopCondition: "if ($.my_lop['iteration'] < 3) { true; } else { false; }",
      loopOver: [{ name: 'i', taskReferenceName: 'inner', type: 'SET_VARIABLE', inputParameters: { a: 1 } }],
    };
    const fixture = fixtureFromText(
      JSON.stringify({ name: 'w', version: 1, schemaVersion: 2, tasks: [loop] }, null, 2),
    );
    const change = actionsFor(fixture).find((action) => action.title === "Change to 'my-loop'");
    assert.ok(change);
    const fixed = effect(fixture, change) as { tasks: { loopCondition: string }[] };
    assert.equal(fixed.tasks[0]?.loopCondition, "if ($['my-loop']['iteration'] < 3) { true; } else { false; }");
  });
});
