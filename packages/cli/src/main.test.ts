import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from './main';

function leaves(command: Command, prefix: string[] = []): { path: string[]; command: Command }[] {
  if (command.commands.length === 0) return [{ path: prefix, command }];
  return command.commands.flatMap((c) => leaves(c, [...prefix, c.name()]));
}

describe('the kinlink command', () => {
  it('offers the service and administration commands', () => {
    const names = leaves(buildProgram()).map((l) => l.path.join(' '));
    expect(names).toEqual(expect.arrayContaining(['serve', 'org add', 'org list', 'user add', 'user list', 'audit verify']));
  });

  it('describes every command and every option in its --help', () => {
    for (const { path, command } of leaves(buildProgram())) {
      const help = command.helpInformation();
      expect(help, path.join(' ')).toMatch(/^Usage: /);
      expect(command.description(), `${path.join(' ')} has a description`).not.toBe('');
      for (const option of command.options) expect(option.description, `${path.join(' ')} ${option.flags}`).not.toBe('');
    }
  });
});
