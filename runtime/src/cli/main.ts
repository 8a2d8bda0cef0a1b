// The onego command line. Every failure becomes a message and an exit code, never a stack trace.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Lang } from '@onego/engine';
import { calendarParseCommand, type CalendarParseOptions } from './calendarParseCommand.ts';
import type { CatalogueImportOptions } from './catalogueImportCommand.ts';
import { compileCommand, noticeCommand, type CompileOptions } from './compileCommand.ts';
import { CliFailure } from './loadBundle.ts';
import { metricsCommand } from './metricsCommand.ts';
import { summaryCommand } from './summaryCommand.ts';
import { validateCommand, type Output } from './validateCommand.ts';

const consoleOutput: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

function langOption(): Option {
  return new Option('--lang <lang>', 'message language 消息语言').choices(['zh', 'en']).default('zh');
}

function parseYear(value: string): number {
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < 2000 || year > 2100) {
    throw new InvalidArgumentError('年份应为 2000–2100 之间的四位数字，如 2027 (the year should be four digits from 2000 to 2100, e.g. 2027)');
  }
  return year;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d{1,5}$/.test(value) || port > 65535) {
    throw new InvalidArgumentError('端口应为 0–65535 之间的整数，如 9090 (the port should be a whole number from 0 to 65535, e.g. 9090)');
  }
  return port;
}

function buildProgram(io: Output, setExit: (code: number) => void): Command {
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
    .command('metrics')
    .description('before/after figures: materials, steps, working days, visits, form fields 改革前后对比')
    .argument('<bundle>', 'a bundle folder or bundle.json 一件事目录或文件')
    .option('--answers <file>', 'scenario answers (or a sample application) 情形选择')
    .option('--json', 'print JSON with the keys materials, steps, workingDays, visits, fields')
    .addOption(langOption())
    .action(async (bundle: string, options: { answers?: string; json?: boolean; lang: Lang }) => {
      setExit(await metricsCommand(bundle, options, io));
    });

  program
    .command('compile')
    .description('compile a bundle to JSON: merged form, notice, statechart or graph 编译一件事')
    .argument('<bundle>', 'a bundle folder or bundle.json 一件事目录或文件')
    .option('--form', 'the merged form {schema, uiSchema} for react-jsonschema-form 合并表单')
    .option('--notice', 'the one-time notice 一次告知')
    .option('--machine', 'the XState statechart definition 并联审批状态图')
    .option('--graph', 'nodes, edges and department lanes for drawing 流程图')
    .option('--answers <file>', 'scenario answers (or a sample application) 情形选择')
    .addOption(langOption())
    .action(async (bundle: string, options: CompileOptions) => {
      setExit(await compileCommand(bundle, options, io));
    });

  program
    .command('notice')
    .description('the one-time notice, human-readable 一次告知单')
    .argument('<bundle>', 'a bundle folder or bundle.json 一件事目录或文件')
    .option('--answers <file>', 'scenario answers (or a sample application) 情形选择')
    .addOption(langOption())
    .action(async (bundle: string, options: { answers?: string; lang: Lang }) => {
      setExit(await noticeCommand(bundle, options, io));
    });

  program
    .command('summary')
    .description('list the bundles in the given folders 列出一件事')
    .argument('[paths...]', 'files or folders 文件或目录', ['examples'])
    .addOption(langOption())
    .action(async (paths: string[], options: { lang: Lang }) => {
      setExit(await summaryCommand(paths, options, io));
    });

  const calendar = program.command('calendar').description('working-day calendars: holidays and make-up working days 工作日历');
  calendar
    .command('parse')
    .description("the State Council's holiday notice, as text, to a calendar file 由国务院办公厅节假日安排通知生成日历文件")
    .argument('<file>', 'the notice text (UTF-8), copied from gov.cn 通知全文（UTF-8 文本）')
    .addOption(new Option('--year <year>', "the notice's year; must agree with its title 通知的年份，须与标题一致").argParser(parseYear))
    .option('--out <file>', 'write the calendar file here instead of printing it 写入日历文件（默认输出到屏幕）')
    .addOption(langOption())
    .addHelpText(
      'after',
      [
        '',
        'Example 示例:',
        '  npx onego calendar parse notice.txt --year 2027 --out cn-national-2027.json',
        '',
        'Every line it cannot read is reported as file:line:column [CODE] and nothing is written (exit 1).',
        '读不懂的行逐一报出“文件:行:列 [代码]”，不生成文件（退出码 1）。',
      ].join('\n'),
    )
    .action(async (file: string, options: CalendarParseOptions) => {
      setExit(await calendarParseCommand(file, options, io));
    });

  const catalogue = program.command('catalogue').description('the matter catalogue (事项库) of the database 事项库');
  catalogue
    .command('import')
    .description("a region's matter catalogue export, as drafts (never published) 导入事项库（保存为草稿，不发布）")
    .argument('<files...>', 'an XLSX with a sheet of matters and one of materials; or matters.csv and materials.csv; or JSON (a list of matters) 事项库文件')
    .option('--region <code>', 'GB/T 2260 code of the rows without 行政区划代码, e.g. 370100 行政区划代码')
    .option('--region-name <name>', 'its name, e.g. 济南市 地区名称')
    .option('--dry-run', 'show what would be imported, write nothing 只预览，不写入')
    .addOption(langOption())
    .addHelpText(
      'after',
      [
        '',
        'Sheets 表格:',
        '  事项 (matters): 事项名称, 事项编码, 实施主体, 事项类型, 法定办结时限, 承诺办结时限, 到办事现场次数, 收费, 设定依据',
        '                  [行政区划代码, 行政区划名称, 事项名称（英文）]',
        '  材料 (materials): 事项编码, 材料名称, 来源渠道, 纸质/电子, 份数, 必要性 [原件/复印件, 材料名称（英文）]',
        '  Sheets are found by their headers; as CSV, give both files. 按表头识别；CSV 请同时给出两个文件。',
        '  Time limits: 20个工作日, 15个自然日, 15日, 即办. 时限写法如上。',
        '',
        'Example 示例:',
        '  npx onego catalogue import examples/catalogue/事项库示例.xlsx --dry-run',
        '  npx onego catalogue import matters.csv materials.csv --region 370100 --region-name 济南市',
        '',
        'Database 数据库: ONEGO_DATABASE_URL (migrated: onego migrate). Problems are listed by sheet, row and column,',
        'and then nothing is imported (exit 1). 有问题时逐一列出（表、行、列），不导入任何内容（退出码 1）。',
      ].join('\n'),
    )
    .action(async (files: string[], options: CatalogueImportOptions) => {
      // Loaded here: the other commands need no database driver.
      const { catalogueImportCommand } = await import('./catalogueImportCommand.ts');
      setExit(await catalogueImportCommand(files, options, io));
    });

  program
    .command('migrate')
    .description('bring the database (ONEGO_DATABASE_URL) up to date and report what was applied 迁移数据库')
    .addOption(langOption())
    .action(async (options: { lang: Lang }) => {
      // Loaded here: the other commands need no database driver.
      const { migrateCommand } = await import('./migrateCommand.ts');
      setExit(await migrateCommand(options, io));
    });

  const roleHelp = (lines: string[]) =>
    [
      '',
      ...lines,
      '',
      'Database 数据库: ONEGO_DATABASE_URL; every other setting from the environment as for npm start (runtime/README.md).',
      'Without --migrate, a database that is not up to date is refused: run onego migrate once first.',
      '不加 --migrate 时，数据库不是最新则拒绝启动：请先运行一次 onego migrate。',
      'Stops on SIGTERM or SIGINT after the requests and passes in flight (exit 0); cannot start: exit 1.',
      '收到 SIGTERM 或 SIGINT 时，处理完进行中的请求和任务后停止（退出码 0）；无法启动时退出码 1。',
    ].join('\n');

  program
    .command('serve')
    .description('run the API and web app only, no background work (PostgreSQL) 只运行接口与网页')
    .option('--migrate', 'bring the database up to date before starting 启动前迁移数据库')
    .addOption(langOption())
    .addHelpText(
      'after',
      roleHelp([
        'Runs behind a load balancer, as many as needed; timers, notifications and webhooks run in onego work.',
        '可在负载均衡后运行多个；定时、通知与 Webhook 由 onego work 运行。',
        'On SQLite one process owns the database file: serve runs the background work too (as npm start).',
        'SQLite 数据库文件只属于一个进程：serve 同时运行后台任务（与 npm start 相同）。',
        'Listens on HOST:PORT (default 127.0.0.1:3000).',
      ]),
    )
    .action(async (options: { migrate?: boolean; lang: Lang }) => {
      // Loaded here: the other commands need no server.
      const { roleCommand } = await import('./roleCommand.ts');
      setExit(await roleCommand('serve', options, io));
    });

  program
    .command('work')
    .description('run the background work only: timers, notifications, webhooks, issuance, payments (PostgreSQL) 只运行后台任务')
    .option('--migrate', 'bring the database up to date before starting 启动前迁移数据库')
    .addOption(new Option('--health-port <port>', 'answer GET /health on this port (database reachable or not) 健康检查端口').argParser(parsePort))
    .addOption(langOption())
    .addHelpText(
      'after',
      roleHelp([
        'Serves no API. Any number may run: each due timer, notification and delivery is claimed by one of them.',
        '不提供接口；可运行多个：每个到期定时、通知和投递只由其中一个处理。',
        'PostgreSQL only: on SQLite, onego serve runs the background work itself (work is refused, exit 1).',
        '仅用于 PostgreSQL：SQLite 上由 onego serve 自己运行后台任务（work 拒绝启动，退出码 1）。',
        '',
        'Example 示例:',
        '  ONEGO_DATABASE_URL=postgres://onego@db/onego npx onego work --health-port 9090',
      ]),
    )
    .action(async (options: { migrate?: boolean; healthPort?: number; lang: Lang }) => {
      const { roleCommand } = await import('./roleCommand.ts');
      setExit(await roleCommand('work', options, io));
    });

  program
    .command('backup')
    .description('copy the SQLite database (online, consistent) and its uploads into a new folder 备份数据库与上传文件')
    .argument('<folder>', 'a new folder for the backup (onego.sqlite and blobs/ are written there)')
    .addOption(langOption())
    .addHelpText(
      'after',
      [
        '',
        'Database 数据库: ONEGO_DATABASE_URL; uploads 上传文件: ONEGO_DATA_DIR/blobs. Safe while the server runs.',
        'Restore 恢复: ONEGO_DATABASE_URL=sqlite:<folder>/onego.sqlite ONEGO_DATA_DIR=<folder> npm start',
        'PostgreSQL: pg_dump / pg_restore (runtime/README.md).',
      ].join('\n'),
    )
    .action(async (folder: string, options: { lang: Lang }) => {
      // Loaded here: the other commands need no database driver.
      const { backupCommand } = await import('./backupCommand.ts');
      setExit(await backupCommand(folder, options, io));
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
    if (error instanceof CliFailure) {
      io.err(error.message);
      return 1;
    }
    io.err(`onego: 内部错误 internal error: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}
