// The onego command as a user runs it: a real process, exit codes, and no stack traces.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) => spawnSync(process.execPath, ['runtime/bin/onego.js', ...args], { encoding: 'utf8' });

describe('onego binary', () => {
  it('prints help for --help', () => {
    const result = run('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('validate');
    expect(result.stdout).toContain('summary');
  });

  it('validates every example and exits 0', () => {
    for (const example of ['examples/newborn', 'examples/business-startup', 'examples/school-enrolment', 'examples']) {
      const result = run('validate', example);
      expect(result.stderr, example).toBe('');
      expect(result.status, example).toBe(0);
      expect(result.stdout.trim().split('\n')).toHaveLength(1);
    }
  });

  it('exits 1 on invalid definitions without a stack trace', () => {
    const result = run('validate', 'test/fixtures/invalid/json-syntax', 'test/fixtures/invalid/unknown-matter');
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr).toContain('[UNKNOWN_MATTER]');
    expect(result.stderr).toContain('[JSON_SYNTAX]');
  });
});
