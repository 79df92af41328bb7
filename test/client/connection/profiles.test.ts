/**
 * `conductor.servers` parsing: the built-in Local profile always comes first; every bad entry is skipped with a
 * message that names the entry and says what to write instead, while the good entries stay usable.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  baseUrlProblem,
  findProfile,
  LOCAL_PROFILE_NAME,
  newProfileNameProblem,
  parseProfiles,
} from '../../../client/src/connection/profiles';

void describe('server profiles', () => {
  void it('has only Local when the setting is unset or empty', () => {
    for (const raw of [undefined, null, []]) {
      assert.deepEqual(parseProfiles(raw), { profiles: [{ name: 'Local', kind: 'local' }], problems: [] });
    }
  });

  void it('reads none and orkes profiles, normalizing the base URL (with or without /api)', () => {
    const { profiles, problems } = parseProfiles([
      { name: 'dev', baseUrl: 'http://localhost:8080/api/' },
      { name: ' orkes ', baseUrl: 'https://play.orkes.io', auth: 'orkes', keyId: 'key-1' },
    ]);
    assert.deepEqual(problems, []);
    assert.deepEqual(profiles.slice(1), [
      { name: 'dev', kind: 'remote', baseUrl: 'http://localhost:8080', auth: 'none' },
      { name: 'orkes', kind: 'remote', baseUrl: 'https://play.orkes.io', auth: 'orkes', keyId: 'key-1' },
    ]);
  });

  void it('skips bad URLs with a message naming the entry and an example', () => {
    const { profiles, problems } = parseProfiles([
      { name: 'ftp', baseUrl: 'ftp://example.com' },
      { name: 'relative', baseUrl: 'localhost:8080' },
      { name: 'empty', baseUrl: '' },
      { name: 'ok', baseUrl: 'http://127.0.0.1:8080' },
    ]);
    assert.deepEqual(
      profiles.map((profile) => profile.name),
      ['Local', 'ok'],
    );
    assert.equal(problems.length, 3);
    assert.match(
      problems[0] ?? '',
      /^conductor\.servers\[0\] \("ftp"\): The server URL must start with http:\/\/ or https:\/\//,
    );
    assert.match(problems[1] ?? '', /^conductor\.servers\[1\] \("relative"\): .*e\.g\. http:\/\/localhost:8080\/api/);
    assert.match(problems[2] ?? '', /^conductor\.servers\[2\] \("empty"\): "baseUrl" must be the server URL/);
  });

  void it('refuses duplicate names (case-insensitive) and the built-in name, keeping the first', () => {
    const { profiles, problems } = parseProfiles([
      { name: 'dev', baseUrl: 'http://a:1' },
      { name: 'DEV', baseUrl: 'http://b:2' },
      { name: 'local', baseUrl: 'http://c:3' },
    ]);
    assert.deepEqual(
      profiles.map((profile) => [profile.name, 'baseUrl' in profile ? profile.baseUrl : '']),
      [
        ['Local', ''],
        ['dev', 'http://a:1'],
      ],
    );
    assert.deepEqual(problems, [
      'conductor.servers[1]: the name "DEV" is used twice; profile names must be unique.',
      'conductor.servers[2]: "local" is the built-in profile\'s name; choose another name.',
    ]);
  });

  void it('says what is wrong with wrong shapes, names, auth kinds and a missing Orkes key id', () => {
    const { problems } = parseProfiles([
      'http://localhost:8080',
      { baseUrl: 'http://a:1' },
      { name: 'x', baseUrl: 'http://a:1', auth: 'basic' },
      { name: 'y', baseUrl: 'http://a:1', auth: 'orkes' },
    ]);
    assert.match(problems[0] ?? '', /^conductor\.servers\[0\] must be an object like \{"name": "dev"/);
    assert.equal(problems[1], 'conductor.servers[1]: "name" must be a non-empty string.');
    assert.equal(problems[2], 'conductor.servers[2] ("x"): "auth" must be "none" or "orkes", not "basic".');
    assert.match(problems[3] ?? '', /"auth": "orkes" needs "keyId" .*the secret is asked for separately/);
    assert.deepEqual(parseProfiles({ name: 'x' }).problems, [
      'conductor.servers must be an array of {name, baseUrl, auth} objects.',
    ]);
  });

  void it('never takes a secret from the settings', () => {
    const { profiles } = parseProfiles([
      { name: 'o', baseUrl: 'http://a:1', auth: 'orkes', keyId: 'id', keySecret: 'do-not-keep' },
    ]);
    assert.doesNotMatch(JSON.stringify(profiles), /do-not-keep/);
  });

  void it('finds the active profile by name, Local by default, undefined when unknown', () => {
    const { profiles } = parseProfiles([{ name: 'dev', baseUrl: 'http://a:1' }]);
    assert.equal(findProfile(profiles, undefined)?.name, LOCAL_PROFILE_NAME);
    assert.equal(findProfile(profiles, ' ')?.name, LOCAL_PROFILE_NAME);
    assert.equal(findProfile(profiles, 'Dev')?.name, 'dev');
    assert.equal(findProfile(profiles, 'prod'), undefined);
  });
});

void describe('adding a server', () => {
  const { profiles } = parseProfiles([{ name: 'staging', baseUrl: 'http://a:1' }]);

  void it('refuses empty and taken names (case-insensitive, the built-in one too)', () => {
    assert.equal(newProfileNameProblem(' ', profiles), 'Enter a name, e.g. "staging".');
    assert.equal(
      newProfileNameProblem('Staging', profiles),
      'A server named "staging" exists already; choose another name.',
    );
    assert.equal(newProfileNameProblem('LOCAL', profiles), '"Local" is the built-in engine\'s name; choose another.');
    assert.equal(newProfileNameProblem('prod', profiles), undefined);
  });

  void it('checks the URL as it is typed', () => {
    assert.equal(baseUrlProblem('https://play.orkes.io/api'), undefined);
    assert.match(baseUrlProblem('play.orkes.io') ?? '', /must start with http:\/\/ or https:\/\//);
  });
});
