import { runCli } from '../../src/cli';
import { CliContext } from '../../src/cli/context';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `protocol-bot` in this process with its own environment, capturing what it prints.
 * `stdin` feeds commands that read standard input (classify).
 */
export async function runCliCaptured(args: string[], env: NodeJS.ProcessEnv = {}, stdin?: string): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  });
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += chunk.toString();
    return true;
  });
  let restoreStdin = () => {};
  if (stdin !== undefined) {
    const { Readable } = await import('node:stream');
    const fake = Readable.from([stdin]);
    const original = Object.getOwnPropertyDescriptor(process, 'stdin')!;
    Object.defineProperty(process, 'stdin', { value: fake, configurable: true });
    restoreStdin = () => Object.defineProperty(process, 'stdin', original);
  }
  try {
    const code = await runCli(args, new CliContext({ ...env, LOG_LEVEL: 'silent' }));
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    restoreStdin();
  }
}
