#!/usr/bin/env node
/**
 * The two programs a user starts, `dist/src/cli.js` (`bin/protocol-bot`) and `dist/src/main.js`
 * (`npm start`), each as one file (issue 13). `npm run build` runs this after `tsc`, over tsc's
 * output of those two files; every other file of dist/ stays as tsc wrote it (the bench, the
 * Teams packager and the cache digests below read them).
 *
 * Why: a whole `protocol-bot ask` spent about 140 ms resolving, reading and compiling some 170
 * modules (zod's 95 files alone about 100 ms). One file, with zod's unused parts (its 40-odd
 * locales) left out, loads in a fraction of that.
 *
 * Only the packages a start or a one-question `ask` always loads are bundled (zod, commander,
 * natural's stemmer); every other package stays a `require` of node_modules: the native
 * better-sqlite3, and the channel SDKs, YAML and the document readers, which are loaded only
 * when needed and would otherwise make the file every command parses several times larger.
 */
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const ROOT = path.resolve(__dirname, '..');
const SRC = path.join(ROOT, 'src');
const OUT = path.join(ROOT, 'dist', 'src');
const BUNDLED_PACKAGES = new Set(['zod', 'commander', 'natural']);

const packageOf = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/** Packages outside BUNDLED_PACKAGES are left as `require`s, resolved from dist/src at run time. */
const externalPackages = {
  name: 'external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:') || BUNDLED_PACKAGES.has(packageOf(args.path))) return undefined;
      return { path: args.path, external: true };
    });
  },
};

/**
 * The CLI's `start` loads main.js, the other bundle, rather than a second copy of it: main.ts
 * starts the bot when it is the program (`require.main === module`), which inside the CLI's
 * file would be true as well.
 */
const mainStaysSeparate = {
  name: 'main-stays-separate',
  setup(build) {
    build.onResolve({ filter: /^\.\/main$/ }, (args) => (args.importer === path.join(SRC, 'cli.ts') ? { path: './main', external: true } : undefined));
  },
};

/**
 * A module that finds files from its own place (`__dirname`, `__filename`: the project root in
 * config.ts, the compiled sources the model cache is keyed on in nlu/cacheFiles.ts) sees the
 * place tsc put it in dist/, as when it is not bundled: the cache files are then shared with
 * the unbundled modules (the bench, `npm run eval` from dist) instead of being rebuilt by each.
 */
const ownPlace = {
  name: 'own-place',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const source = fs.readFileSync(args.path, 'utf8');
      if (!args.path.startsWith(SRC + path.sep) || !/\b__(dirname|filename)\b/.test(source)) return undefined;
      const relative = path.relative(SRC, args.path).replace(/\.ts$/, '.js').split(path.sep).join('/');
      const place = { dirname: path.posix.dirname(relative), filename: relative };
      const contents = source.replace(/\b__(dirname|filename)\b/g, (_, which) => `require('node:path').join(__dirname, ${JSON.stringify(place[which])})`);
      return { contents, loader: 'ts' };
    });
  },
};

async function bundle() {
  const started = Date.now();
  for (const name of ['cli', 'main']) {
    await esbuild.build({
      entryPoints: [path.join(SRC, `${name}.ts`)],
      outfile: path.join(OUT, `${name}.js`),
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      // `await import(…)` of a package or of main.js becomes a `require`, as tsc compiles it: a
      // real dynamic import would go through Node's ES module loader, which wants extensions.
      supported: { 'dynamic-import': false },
      tsconfig: path.join(ROOT, 'tsconfig.build.json'),
      plugins: [externalPackages, mainStaysSeparate, ownPlace],
      logLevel: 'warning',
      legalComments: 'none',
    });
  }
  if (process.env.BUNDLE_VERBOSE) process.stderr.write(`bundled dist/src/cli.js and dist/src/main.js in ${Date.now() - started} ms\n`);
}

bundle().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exitCode = 1;
});
