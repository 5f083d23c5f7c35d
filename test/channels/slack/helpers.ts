/**
 * Shared fixtures for the Slack listener tests: the real queue on a temporary SQLite file and
 * the real protocol library, a stand-in Assistant (the real one trains a classifier; the
 * end-to-end test uses it), a recording Web API client, and Bolt-shaped listener arguments.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Asker, Reply } from '../../../src/assistant/reply';
import type { Assistant } from '../../../src/assistant/assistant';
import type { SlackContext } from '../../../src/channels/slack/context';
import { SlackIdentity } from '../../../src/channels/slack/identity';
import type { ButtonArgs, CommandArgs, SubmissionArgs } from '../../../src/channels/slack/listeners/shared';
import { loadConfig } from '../../../src/config';
import { silentLogger } from '../../../src/log';
import { ProtocolLibrary } from '../../../src/protocols/library';
import { ClerkQueue } from '../../../src/queue/queue';
import type { ClerkRequest, Person } from '../../../src/queue/types';

export const PROTOCOLS_DIR = path.join(__dirname, '../../../data/protocols');

let library: ProtocolLibrary | undefined;
export const protocolLibrary = (): ProtocolLibrary => (library ??= ProtocolLibrary.load(PROTOCOLS_DIR));

export const CLERK = 'UCLERK';
export const ASKER = 'UASKER';
export const OTHER = 'UOTHER';

export function tempDir(): { dir: string; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slack-test-'));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export function sampleReply(overrides: Partial<Reply> = {}): Reply {
  return {
    intent: 'document_access',
    confidence: 0.91,
    uncertain: false,
    council: { id: 'alsager', name: 'Alsager Town Council' },
    summary: 'Councillors can ask for the documents they need to know about.',
    clauses: [
      { council: 'alsager', ref: '52', heading: 'Access to information', text: 'Councillors have a right to information they need.', score: 1 },
      { council: 'alsager', ref: '53', heading: 'Access to information', text: 'Disputes are determined by the Town Clerk.', score: 0.8 },
    ],
    actions: [{ kind: 'document_request', label: 'Request these documents', prefill: { subject: 'the tender documents' } }],
    ...overrides,
  };
}

/** Answers every question with `reply(text)` and remembers who asked what. */
export class FakeAssistant {
  readonly defaultCouncil = 'alsager';
  readonly asked: Array<{ text: string; asker: Asker }> = [];
  constructor(public reply: (text: string) => Reply = () => sampleReply()) {}
  answer(text: string, asker: Asker): Reply {
    this.asked.push({ text, asker });
    return this.reply(text);
  }
  councilName(): string {
    return 'Alsager Town Council';
  }
}

export interface TestContext {
  ctx: SlackContext;
  queue: ClerkQueue;
  assistant: FakeAssistant;
  /** Moves the clock the queue and the forms see. */
  setNow(date: Date): void;
  close(): void;
}

export function makeContext(options: { clerks?: string[]; complaintHandlers?: string[]; now?: Date } = {}): TestContext {
  const { dir, cleanup } = tempDir();
  let now = options.now ?? new Date('2025-11-20T10:00:00Z');
  const config = loadConfig({ COUNCIL: 'alsager', LOG_LEVEL: 'silent', DATABASE_PATH: path.join(dir, 'queue.sqlite'), CLERK_USER_IDS: (options.clerks ?? [CLERK]).join(','), CLERK_COMPLAINTS_USER_IDS: (options.complaintHandlers ?? []).join(',') });
  const queue = ClerkQueue.open({
    path: config.DATABASE_PATH,
    library: protocolLibrary(),
    now: () => now,
    roles: { clerkIds: config.CLERK_USER_IDS, clerkComplaintsIds: config.CLERK_COMPLAINTS_USER_IDS },
  });
  const assistant = new FakeAssistant();
  const identity = new SlackIdentity(queue, silentLogger);
  const ctx: SlackContext = {
    config,
    logger: silentLogger,
    library: protocolLibrary(),
    queue,
    assistant: assistant as unknown as Assistant,
    identity,
    now: () => now,
  };
  return {
    ctx,
    queue,
    assistant,
    setNow: (date) => {
      now = date;
    },
    close: () => {
      queue.close();
      cleanup();
    },
  };
}

/** A Web API client that records calls and answers like Slack does. */
export function fakeClient() {
  let ts = 0;
  return {
    chat: {
      postMessage: jest.fn(async (args: { channel: string }) => ({ ok: true, channel: args.channel, ts: `1700000000.${String(++ts).padStart(6, '0')}` })),
      update: jest.fn(async (args: { channel: string; ts: string }) => ({ ok: true, channel: args.channel, ts: args.ts })),
      postEphemeral: jest.fn(async (_args: Record<string, unknown>) => ({ ok: true })),
    },
    conversations: { open: jest.fn(async (args: { users: string }) => ({ ok: true, channel: { id: `D${args.users}` } })) },
    users: {
      info: jest.fn(async (args: { user: string }) => ({ ok: true, user: { id: args.user, name: args.user.toLowerCase(), real_name: `Real ${args.user}`, profile: { display_name: `Name ${args.user}` } } })),
    },
    views: {
      open: jest.fn(async (_args: Record<string, unknown>) => ({ ok: true, view: { id: 'VOPENED' } })),
      publish: jest.fn(async (_args: Record<string, unknown>) => ({ ok: true })),
      update: jest.fn(async (_args: Record<string, unknown>) => ({ ok: true })),
    },
  };
}
export type FakeClient = ReturnType<typeof fakeClient>;

export function commandArgs(client: FakeClient, input: { command: string; text?: string; user?: string }) {
  const ack = jest.fn(async () => undefined);
  const respond = jest.fn(async (_message: unknown) => undefined);
  const command = {
    command: input.command,
    text: input.text ?? '',
    user_id: input.user ?? ASKER,
    user_name: (input.user ?? ASKER).toLowerCase(),
    trigger_id: 'trigger-1',
    response_url: 'https://hooks.example/respond',
    channel_id: 'C1',
    channel_name: 'general',
    team_id: 'T1',
    team_domain: 'council',
    api_app_id: 'A1',
    token: 'x',
  };
  const args = { command, body: command, payload: command, ack, respond, client, context: {}, logger: console, next: jest.fn(), say: jest.fn() };
  return { args: args as unknown as CommandArgs, ack, respond };
}

export function buttonArgs(client: FakeClient, input: { actionId: string; value?: string; user?: string; where?: 'message' | 'home' }) {
  const ack = jest.fn(async () => undefined);
  const respond = jest.fn(async (_message: unknown) => undefined);
  const action = { type: 'button', action_id: input.actionId, block_id: 'b1', action_ts: '1', value: input.value, text: { type: 'plain_text', text: 'x' } };
  const home = input.where === 'home';
  const body = {
    type: 'block_actions',
    user: { id: input.user ?? ASKER, username: 'u', name: 'u' },
    actions: [action],
    trigger_id: 'trigger-2',
    ...(home ? { view: { type: 'home', id: 'VHOME' } } : { response_url: 'https://hooks.example/action', channel: { id: 'CCLERKS', name: 'clerks' }, message: { ts: '1.1', type: 'message' } }),
    container: {},
    token: 'x',
    api_app_id: 'A1',
    team: { id: 'T1', domain: 'council' },
  };
  const args = { action, payload: action, body, ack, respond, client, context: {}, logger: console, next: jest.fn(), say: jest.fn() };
  return { args: args as unknown as ButtonArgs, ack, respond };
}

/** view.state.values as Slack sends them, from `{ blockId: value }` (strings, dates or options). */
export function stateValues(fields: Record<string, { text?: string; date?: string; option?: string }>) {
  const values: Record<string, Record<string, unknown>> = {};
  for (const [blockId, field] of Object.entries(fields)) {
    values[blockId] = {
      value: {
        type: field.date !== undefined ? 'datepicker' : field.option !== undefined ? 'radio_buttons' : 'plain_text_input',
        ...(field.text !== undefined ? { value: field.text } : {}),
        ...(field.date !== undefined ? { selected_date: field.date || null } : {}),
        ...(field.option !== undefined ? { selected_option: field.option ? { value: field.option, text: { type: 'plain_text', text: field.option } } : null } : {}),
      },
    };
  }
  return values;
}

export function submissionArgs(
  client: FakeClient,
  input: { callbackId: string; fields: Parameters<typeof stateValues>[0]; user?: string; viewId?: string; metadata?: object },
) {
  const ack = jest.fn(async (_response?: unknown) => undefined);
  const view = {
    id: input.viewId ?? 'VFORM1',
    callback_id: input.callbackId,
    private_metadata: JSON.stringify(input.metadata ?? { council: 'alsager' }),
    state: { values: stateValues(input.fields) },
    type: 'modal',
  };
  const user = input.user ?? ASKER;
  const body = { type: 'view_submission', user: { id: user, name: user.toLowerCase() }, view, trigger_id: 'trigger-3', team: { id: 'T1', domain: 'council' }, api_app_id: 'A1', token: 'x' };
  const args = { view, payload: view, body, ack, respond: jest.fn(), client, context: {}, logger: console, next: jest.fn() };
  return { args: args as unknown as SubmissionArgs, ack };
}

export const person = (slackId: string, role: Person['role'] = 'councillor', name = `Name ${slackId}`): Person => ({ userId: `slack:${slackId}`, name, role });

export function fileDocumentRequest(queue: ClerkQueue, requester = ASKER, what = 'The tender documents for the pavilion'): ClerkRequest {
  return queue.file({ kind: 'document_access', council: 'alsager', requester: person(requester), subject: what, details: { what } });
}

export function fileComplaint(queue: ClerkQueue, requester = ASKER): ClerkRequest {
  return queue.file({
    kind: 'complaint',
    council: 'alsager',
    requester: person(requester),
    subject: 'Complaint about an officer',
    details: { about: 'officer', whatHappened: 'The events officer shouted at me in the foyer.' },
  });
}

/** Every text in a Block Kit structure, joined: what a reader of the message would see. */
export function allText(value: unknown): string {
  const parts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if ((key === 'text' || key === 'initial_value') && typeof child === 'string') parts.push(child);
        else walk(child);
      }
    }
  };
  walk(value);
  return parts.join('\n');
}

/** The action_ids of every button in a Block Kit structure. */
export function buttonIds(value: unknown): string[] {
  const ids: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.type === 'button' && typeof record.action_id === 'string') ids.push(record.action_id);
      Object.values(record).forEach(walk);
    }
  };
  walk(value);
  return ids;
}
