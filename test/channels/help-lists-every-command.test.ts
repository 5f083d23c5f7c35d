import fs from 'node:fs';
import path from 'node:path';
import { welcomeMessage } from '../../src/channels/slack/blocks';
import { COMMANDS as SLACK_SLASH_COMMANDS } from '../../src/channels/slack/listeners/commands';
import { helpCard } from '../../src/channels/teams/cards';
import { allText } from './slack/helpers';
import { textOf } from './teams/helpers';

/**
 * Help names every command the bot answers (uat12: `/protocol-role` in Slack and `my role` /
 * `set role @name officer` in Teams worked and were in the README, but neither channel's help,
 * welcome or Teams' command menu named them, so nobody could find out their role from the bot).
 */
const council = { name: 'Flitwick Town Council', clerkTitle: 'Town Clerk' };
const root = path.join(__dirname, '../..');

describe('Slack', () => {
  test("a Clerk's welcome lists every slash command the app registers", () => {
    const text = allText(welcomeMessage({ council, isClerk: true }).blocks);
    for (const command of Object.values(SLACK_SLASH_COMMANDS)) expect([command, text.includes(`\`${command}`)]).toEqual([command, true]);
  });

  test("everyone's welcome says how to see their own role; only a Clerk's how to give one", () => {
    const councillor = allText(welcomeMessage({ council, isClerk: false }).blocks);
    expect(councillor).toContain('`/protocol-role`: your role');
    expect(councillor).not.toContain('`/protocol-role @name');
    expect(allText(welcomeMessage({ council, isClerk: true }).blocks)).toContain('`/protocol-role @name officer`');
  });

  test('every slash command the app registers is in the manifest', () => {
    const manifest = fs.readFileSync(path.join(root, 'manifest/slack/manifest.yml'), 'utf8');
    for (const command of Object.values(SLACK_SLASH_COMMANDS)) expect(manifest).toContain(`- command: ${command}\n`);
  });
});

describe('Teams', () => {
  test('the help card names "my role" for everyone and "set role" for Clerks', () => {
    const councillor = textOf(helpCard({ council, isClerk: false, inChannel: false }));
    expect(councillor).toMatch(/my role: /);
    expect(councillor).not.toMatch(/set role/);
    expect(textOf(helpCard({ council, isClerk: true, inChannel: true }))).toMatch(/set role @name officer: .*\(Clerks\)/);
  });

  test("the app's command menu offers them too", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'manifest/teams/manifest.json'), 'utf8'));
    const titles = (scope: string): string[] =>
      manifest.bots[0].commandLists.find((list: { scopes: string[] }) => list.scopes.includes(scope)).commands.map((c: { title: string }) => c.title);
    expect(titles('personal')).toContain('my role');
    expect(titles('team')).toEqual(expect.arrayContaining(['my role', 'set role']));
  });
});
