import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import AdmZip from 'adm-zip';
import { buildTeamsPackage, PackageError, renderManifest } from '../../../src/channels/teams/package';
import { PROJECT_ROOT, removeTempDirs, tempDir } from './helpers';

afterAll(removeTempDirs);

const APP_ID = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';

/** Width, height, colour type and raw RGBA rows of a (non-interlaced, 8-bit) PNG. */
function readPng(png: Buffer): { width: number; height: number; colourType: number; pixel: (x: number, y: number) => number[] } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  let offset = 8;
  let width = 0;
  let height = 0;
  let colourType = 0;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') [width, height, colourType] = [body.readUInt32BE(0), body.readUInt32BE(4), body[9]];
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = 1 + width * 4;
  return {
    width,
    height,
    colourType,
    // Rows are written with filter 0 (none) by the generator; checked here too.
    pixel: (x, y) => {
      expect(raw[y * stride]).toBe(0);
      return [...raw.subarray(y * stride + 1 + x * 4, y * stride + 1 + x * 4 + 4)];
    },
  };
}

describe('the Teams app package', () => {
  test('holds the manifest with the bot id filled in, a 192×192 colour icon and a 32×32 white-on-transparent outline', () => {
    const out = buildTeamsPackage({ appId: APP_ID, outFile: path.join(tempDir(), 'app.zip') });
    const zip = new AdmZip(out);
    expect(zip.getEntries().map((e) => e.entryName).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);

    const manifest = JSON.parse(zip.readAsText('manifest.json'));
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0].botId).toBe(APP_ID);
    expect(JSON.stringify(manifest)).not.toContain('${{');
    expect(manifest.$schema).toMatch(/teams\/v1\.(1[7-9]|[2-9]\d)\/MicrosoftTeams\.schema\.json$/);
    expect(manifest.bots[0].scopes).toEqual(['personal', 'team']);
    const commands = (scope: string) => manifest.bots[0].commandLists.find((l: { scopes: string[] }) => l.scopes.includes(scope)).commands.map((c: { title: string }) => c.title);
    expect(commands('personal')).toEqual(['ask', 'request documents', 'complaint', 'my requests', 'queue', 'my role', 'help']);
    expect(commands('team')).toEqual(['ask', 'request documents', 'complaint', 'my requests', 'queue', 'register clerk channel', 'my role', 'set role', 'help']);

    const colour = readPng(zip.readFile('color.png')!);
    expect([colour.width, colour.height]).toEqual([192, 192]);
    const outline = readPng(zip.readFile('outline.png')!);
    expect([outline.width, outline.height, outline.colourType]).toEqual([32, 32, 6]);
    let white = 0;
    for (let y = 0; y < 32; y++) {
      for (let x = 0; x < 32; x++) {
        const [r, g, b, a] = outline.pixel(x, y);
        if (a === 0) continue;
        expect([r, g, b, a]).toEqual([255, 255, 255, 255]);
        white += 1;
      }
    }
    expect(white).toBeGreaterThan(20);
  });

  test('without MICROSOFT_APP_ID, or with something that is not an app id, it explains and writes nothing', () => {
    const out = path.join(tempDir(), 'app.zip');
    expect(() => buildTeamsPackage({ appId: undefined, outFile: out })).toThrow(/MICROSOFT_APP_ID is not set/);
    expect(() => buildTeamsPackage({ appId: 'my-bot', outFile: out })).toThrow(PackageError);
    expect(fs.existsSync(out)).toBe(false);
    expect(() => renderManifest('{"id": "x"}', APP_ID)).toThrow(/placeholder/);
  });

  test('the command line reports a missing app id with exit code 2', () => {
    const script = path.join(PROJECT_ROOT, 'test', 'support', 'register-ts.js');
    const run = spawnSync(process.execPath, ['-r', script, path.join(PROJECT_ROOT, 'src', 'channels', 'teams', 'package.ts')], {
      env: { ...process.env, MICROSOFT_APP_ID: '' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^package:teams: MICROSOFT_APP_ID is not set/);
  });
});
