// The onego command line. Every failure becomes a message and an exit code, never a stack trace.
import { Command, CommanderError, Option } from 'commander';
import type { Lang } from '@onego/engine';
import { summaryCommand } from './summaryCommand.ts';
import { validateCommand, type Output } from './validateCommand.ts';

const consoleOutput: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

function langOption(): Option {
  return new Option('--lang <lang>', 'message language 消息语言').choices(['zh', 'en']).default('zh');
}

export function buildProgram(io: Output, setExit: (code: number) => void): Command {
  const program = new Command('onego')
    .description('OneGo 一件事一次办 — low-code workflow engine for bundled government services')
    .version('0.1.0')
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .exitOverride();

  program
    .command('validate')
    .description('check definitions (bundle, matter, data elements, calendar) and samples 校验定义与样例')
    .argument('<paths...>', 'files or folders 文件或目录')
    .addOption(langOption())
    .option('--json', 'print the result as JSON 以 JSON 输出')
    .action(async (paths: string[], options: { lang: Lang; json?: boolean }) => {
      setExit(await validateCommand(paths, options, io));
    });

  program
    .command('summary')
    .description('list the bundles in the given folders 列出一件事')
    .argument('[paths...]', 'files or folders 文件或目录', ['examples'])
    .addOption(langOption())
    .action(async (paths: string[], options: { lang: Lang }) => {
      setExit(await summaryCommand(paths, options, io));
    });

  return program;
}

/** Runs the CLI with process-style argv; resolves to the exit code. */
export async function main(argv: readonly string[], io: Output = consoleOutput): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync([...argv]);
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    io.err(`onego: 内部错误 internal error: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}
