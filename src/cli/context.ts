import { Config, loadConfig } from '../config';
import { ProtocolLibrary } from '../protocols/library';

/**
 * What CLI commands share, created lazily so that `--help` or a usage error never loads the
 * protocols, trains the classifier or opens the database.
 */
export class CliContext {
  private cachedConfig?: Config;
  private cachedLibrary?: ProtocolLibrary;

  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  /** The environment commands read their settings from. */
  get environment(): NodeJS.ProcessEnv {
    return this.env;
  }

  get config(): Config {
    return (this.cachedConfig ??= loadConfig(this.env));
  }

  get library(): ProtocolLibrary {
    return (this.cachedLibrary ??= ProtocolLibrary.load(this.config.PROTOCOLS_DIR, { cacheDir: this.config.MODEL_CACHE_DIR }));
  }
}
