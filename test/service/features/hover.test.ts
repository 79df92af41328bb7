import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Hover } from 'vscode-languageserver-types';
import { getFeatureModel } from '../../../server/src/service/features/featureModel';
import { getHover } from '../../../server/src/service/features/hover';
import { assertGolden, fixtureFromText, loadFixture, offsetOf, textAt } from './featureFixtures';

const fixture = loadFixture('refs/shipping.workflow.json');
const model = getFeatureModel(fixture.parsed);

function hoverAt(needle: string, nth = 0, delta = 1): Hover | undefined {
  return getHover(fixture.document, model, offsetOf(fixture, needle, nth, delta));
}

function contents(hover: Hover | undefined): string {
  const value = hover?.contents;
  return value && typeof value === 'object' && 'kind' in value ? value.value : '';
}

void describe('hover', () => {
  void it('describes the referenced task of ${ref.output.x}: name, type and where it is (golden)', () => {
    const hovers = {
      expression: contents(hoverAt('${get_order.output.vendor', 0, 4)),
      joinOn: contents(hoverAt('"invoice"', 2)),
      loopCondition: contents(hoverAt('$.check', 0, 3)),
      inCase: contents(hoverAt('${notify.output.sent', 0, 3)),
    };
    assertGolden('refs/shipping.hover-refs.golden.json', hovers);
  });

  void it('ranges a reference hover over the name only', () => {
    const hover = hoverAt('${get_order.output.vendor', 0, 4);
    assert.ok(hover?.range);
    assert.equal(textAt(fixture, hover.range), 'get_order');
  });

  void it('shows the task type docs from x-typeDocs on a type value', () => {
    assert.match(contents(hoverAt('"DO_WHILE"')), /^\*\*DO_WHILE\*\*\n\n\S/);
  });

  void it('shows the schema markdown for property keys, per nesting level', () => {
    assert.match(contents(hoverAt('"loopCondition"')), /\S/);
    assert.match(contents(hoverAt('"schemaVersion"')), /2/);
    assert.match(contents(hoverAt('"subWorkflowParam"')), /\S/);
  });

  void it('has nothing to say on plain values', () => {
    assert.equal(hoverAt('"shipping"'), undefined);
  });

  void it('shows no task type docs for a "type" input parameter of a task (only the task\'s own type)', () => {
    const input = { name: 'notify', taskReferenceName: 'n', type: 'SIMPLE', inputParameters: { type: 'EVENT' } };
    const text = JSON.stringify({ name: 'w', tasks: [input] }).replace('"EVENT"', '"/*|*/EVENT"');
    const parameter = fixtureFromText(text);
    assert.equal(getHover(parameter.document, getFeatureModel(parameter.parsed), parameter.offset), undefined);
  });
});

void describe('hover on workflow expressions', () => {
  void it('says whether workflow.input.x is declared', () => {
    assert.match(contents(hoverAt('${workflow.input.vendor}', 0, 18)), /declared in the workflow's `inputParameters`/);
    const undeclared = fixtureFromText(
      '{"inputParameters": ["a"], "tasks": [], "outputParameters": {"x": "${workflow.input.b}"}}',
    );
    const hover = getHover(
      undeclared.document,
      getFeatureModel(undeclared.parsed),
      undeclared.parsed.text.indexOf('.b}') + 1,
    );
    assert.match(contents(hover), /not declared/);
  });

  void it('names the tasks that set workflow.variables.x', () => {
    const text = JSON.stringify({
      tasks: [{ name: 's', taskReferenceName: 'setter', type: 'SET_VARIABLE', inputParameters: { n: 1 } }],
      outputParameters: { n: '${workflow.variables.n}' },
    });
    const fixture = fixtureFromText(text);
    const hover = getHover(fixture.document, getFeatureModel(fixture.parsed), text.indexOf('variables.n') + 10);
    assert.match(contents(hover), /set by `setter`/);
  });
});
