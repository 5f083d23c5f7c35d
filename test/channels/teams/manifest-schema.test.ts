import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { MANIFEST_DIR, renderManifest } from '../../../src/channels/teams/package';

/**
 * The Teams app manifest, as the package script fills it in, against the JSON schema Microsoft
 * publishes for its manifest version (shipped in @microsoft/app-manifest). Teams refuses an
 * upload that does not validate, with an error that says little: better to fail here.
 */

const APP_ID = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';
const template = fs.readFileSync(path.join(MANIFEST_DIR, 'manifest.json'), 'utf8');
const manifest = JSON.parse(renderManifest(template, APP_ID)) as { $schema: string; manifestVersion: string } & Record<string, unknown>;

function schemaFor(version: string): object {
  const file = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams', `v${version}`, 'MicrosoftTeams.schema.json');
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function validate(candidate: object, version: string) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const check = ajv.compile(schemaFor(version));
  const valid = check(candidate);
  return { valid, errors: (check.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`) };
}

describe('the Teams app manifest', () => {
  test('names the schema of its own manifest version', () => {
    expect(manifest.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
  });

  test('validates against the published schema of that version', () => {
    expect(validate(manifest, manifest.manifestVersion)).toEqual({ valid: true, errors: [] });
  });

  test('the check catches a broken manifest (so the test above can fail)', () => {
    const broken = { ...manifest, accentColor: 'dark blue', bots: [{ ...(manifest.bots as object[])[0], scopes: ['everywhere'] }] };
    const result = validate(broken, manifest.manifestVersion);
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/accentColor/);
    expect(result.errors.join('\n')).toMatch(/bots\/0\/scopes/);
  });
});
