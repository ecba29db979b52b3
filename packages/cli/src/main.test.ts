import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from './main';

function leaves(command: Command, prefix: string[] = []): { path: string[]; command: Command }[] {
  if (command.commands.length === 0) return [{ path: prefix, command }];
  return command.commands.flatMap((c) => leaves(c, [...prefix, c.name()]));
}

describe('the kinlink command', () => {
  it('offers the service and administration commands', async () => {
    const names = leaves(await buildProgram()).map((l) => l.path.join(' '));
    expect(names).toEqual(expect.arrayContaining(['serve', 'org add', 'org list', 'user add', 'user list', 'audit verify']));
  });

  it('describes every command and every option in its --help', async () => {
    for (const { path, command } of leaves(await buildProgram())) {
      const help = command.helpInformation();
      expect(help, path.join(' ')).toMatch(/^Usage: /);
      expect(command.description(), `${path.join(' ')} has a description`).not.toBe('');
      for (const option of command.options) expect(option.description, `${path.join(' ')} ${option.flags}`).not.toBe('');
    }
  });

  it('loads only the command a run names, and every command for help', async () => {
    const only = await buildProgram(['node', 'kinlink', 'names', 'compare']);
    expect(only.commands.map((c) => c.name())).toEqual(['names']);
    const all = await buildProgram(['node', 'kinlink', '--help']);
    expect(all.commands.map((c) => c.name())).toEqual(expect.arrayContaining(['names', 'serve', 'link', 'federation']));
  });
});
