/**
 * Block Kit rendering: pure functions from the core's `Reply` and the queue's requests to Slack
 * messages, modals and the App Home. Everything user- or protocol-supplied that lands in mrkdwn
 * goes through `escapeMrkdwn`; plain_text objects are not parsed by Slack and are left as they are.
 */
export * from './ids';
export * from './builders';
export * from './labels';
export * from './payloads';
export * from './answers';
export * from './requests';
export * from './lists';
export * from './modals';
export * from './welcome';
