/** Small Block Kit builders shared by every surface, within Slack's limits. */
import type { types as Slack } from '@slack/bolt';
import { escapeMrkdwn } from '../escape';
import { LIMITS, splitRendered, truncate } from '../text';
import { KnownBlock } from './ids';

export const mrkdwn = (text: string) => ({ type: 'mrkdwn' as const, text });
export const plain = (text: string, max: number = LIMITS.headerText) => ({ type: 'plain_text' as const, text: truncate(text, max), emoji: true });

export const section = (text: string): KnownBlock => ({ type: 'section', text: mrkdwn(text) });
export const context = (text: string): KnownBlock => ({ type: 'context', elements: [mrkdwn(text)] });
export const header = (text: string): KnownBlock => ({ type: 'header', text: plain(text) });
export const divider: KnownBlock = { type: 'divider' };

export function button(text: string, actionId: string, value: string, style?: 'primary' | 'danger'): Slack.Button {
  return { type: 'button', text: plain(text, LIMITS.buttonText), action_id: actionId, value, ...(style ? { style } : {}) };
}

/** Sections for long mrkdwn-bound raw text, each within the 3000-character limit. */
export function sections(raw: string, render: (raw: string) => string = escapeMrkdwn): KnownBlock[] {
  return splitRendered(raw, render, LIMITS.sectionText).map(section);
}

/** Keeps a block list within `max` blocks, saying how much was left out. */
export function fitBlocks(blocks: KnownBlock[], max: number, what = 'items'): KnownBlock[] {
  if (blocks.length <= max) return blocks;
  const kept = blocks.slice(0, max - 1);
  return [...kept, context(`…and more ${what} not shown here.`)];
}

