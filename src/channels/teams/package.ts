/**
 * `npm run package:teams`: the app package a Teams admin uploads. A zip of manifest.json (with
 * the bot's app id put in), color.png and outline.png, at manifest/teams/protocol-bot-teams.zip.
 */
import fs from 'node:fs';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { PROJECT_ROOT } from '../../config';

export const MANIFEST_DIR = path.join(PROJECT_ROOT, 'manifest', 'teams');
export const PACKAGE_NAME = 'protocol-bot-teams.zip';
const APP_ID_PLACEHOLDER = '${{MICROSOFT_APP_ID}}';
/** An Entra (Azure AD) application id is a GUID. */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class PackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackageError';
  }
}

export interface PackageOptions {
  appId: string | undefined;
  manifestDir?: string;
  outFile?: string;
}

/** The manifest with the app id in place of its placeholder; throws a PackageError saying what is wrong. */
export function renderManifest(template: string, appId: string | undefined): string {
  const id = appId?.trim();
  if (!id) {
    throw new PackageError('MICROSOFT_APP_ID is not set: set it to the Microsoft App ID of your Azure Bot (a GUID) and run npm run package:teams again');
  }
  if (!GUID.test(id)) throw new PackageError(`MICROSOFT_APP_ID=${JSON.stringify(id)} is not an app id: it should look like 00000000-0000-0000-0000-000000000000`);
  if (!template.includes(APP_ID_PLACEHOLDER)) throw new PackageError(`manifest.json has no ${APP_ID_PLACEHOLDER} placeholder to fill`);
  const rendered = template.split(APP_ID_PLACEHOLDER).join(id);
  try {
    JSON.parse(rendered);
  } catch (error) {
    throw new PackageError(`manifest.json is not valid JSON: ${(error as Error).message}`);
  }
  return rendered;
}

/** Writes the zip and returns its path. */
export function buildTeamsPackage(options: PackageOptions): string {
  const dir = options.manifestDir ?? MANIFEST_DIR;
  const outFile = options.outFile ?? path.join(dir, PACKAGE_NAME);
  const read = (name: string): Buffer => {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) throw new PackageError(`${file} is missing`);
    return fs.readFileSync(file);
  };
  const manifest = renderManifest(read('manifest.json').toString('utf8'), options.appId);
  const zip = new AdmZip();
  zip.addFile('manifest.json', Buffer.from(manifest, 'utf8'));
  zip.addFile('color.png', read('color.png'));
  zip.addFile('outline.png', read('outline.png'));
  zip.writeZip(outFile);
  return outFile;
}

if (require.main === module) {
  try {
    const out = buildTeamsPackage({ appId: process.env.MICROSOFT_APP_ID });
    process.stdout.write(`wrote ${path.relative(process.cwd(), out) || out}: upload it in Teams (Apps → Manage your apps → Upload an app)\n`);
  } catch (error) {
    process.stderr.write(`package:teams: ${(error as Error).message}\n`);
    process.exitCode = error instanceof PackageError ? 2 : 1;
  }
}
