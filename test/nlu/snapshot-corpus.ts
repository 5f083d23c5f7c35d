import crypto from 'node:crypto';
import { IntentClassifier, LabelledText } from '../../src/nlu/classifier';

/**
 * A small corpus and message set written for the prediction snapshot (see
 * predictions-snapshot.test.ts): invented topics and wordings, none from an evaluation set.
 */
export const SNAPSHOT_CORPUS: LabelledText[] = [
  ...['when do the bins get emptied', 'our wheelie bin was skipped again', 'which day is recycling collected', 'bins were not collected on tuesday', 'missed refuse round in my street', 'can I get a second green bin'].map((text) => ({ text, label: 'bins' })),
  ...['there is a pothole on the lane', 'the road surface has crumbled', 'deep hole outside the primary school', 'who repairs the roads here', 'dangerous ruts on the bridle way', 'the pavement is cracked and uneven'].map((text) => ({ text, label: 'roads' })),
  ...['book the village hall for a party', 'hire the pavilion on saturday', 'is the hall free next week', 'how much does the hall cost to hire', 'reserve the meeting room for a club', "can we use the scout hut for a birthday"].map((text) => ({ text, label: 'hall' })),
  ...['the clerk was rude to me on the phone', "I want to complain about a member of staff", 'the caretaker shouted at me', 'an officer ignored my emails for weeks', 'complaint about how the clerk treated me', "the groundsman's behaviour was unacceptable"].map((text) => ({ text, label: 'complaint' })),
  ...['hello', 'hi there', 'good morning', 'hey bot', 'afternoon all', 'hiya'].map((text) => ({ text, label: 'greeting' })),
  ...['how do I raise this', 'where does this go', 'who deals with it'].map((text) => ({ text, label: 'route_resident', role: 'resident' })),
  ...['how do I raise this', 'where does this go', 'who deals with it'].map((text) => ({ text, label: 'route_officer', role: 'officer' })),
];

export const SNAPSHOT_MESSAGES: { text: string; role?: string }[] = [
  { text: 'the bin men missed us' },
  { text: 'a huge pothole near the church' },
  { text: 'can I hire the hall next friday evening?' },
  { text: 'the Clerk was very rude and I wish to complain' },
  { text: 'hello!' },
  { text: 'potholle in the raod' },
  { text: 'quantum chromodynamics' },
  { text: '' },
  { text: '12345' },
  { text: "Cllr Smith's e-mail to staff about the hall booking — is that OK?" },
  { text: 'how do I raise this', role: 'resident' },
  { text: 'how do I raise this', role: 'officer' },
  { text: 'how do I raise this', role: 'councillor' },
  { text: 'bins bins bins bins road road' },
  { text: 'Is the pavilion free? And who repairs the lane outside it?' },
  { text: 'The caretaker and the groundsman both ignored my emails about the recycling.' },
];

/** A digest of everything a trained model holds, so that a change in training shows. */
export function modelDigest(model: IntentClassifier): string {
  return crypto.createHash('sha256').update(JSON.stringify(model.toJSON())).digest('hex');
}

/** Every probability of every label for every snapshot message, at full precision. */
export function snapshotPredictions(model: IntentClassifier): { text: string; role?: string; label: string; confidence: number; ranked: { label: string; probability: number }[]; all: number[] }[] {
  return SNAPSHOT_MESSAGES.map(({ text, role }) => {
    const p = model.predict(text, role);
    return { text, role, label: p.label, confidence: p.confidence, ranked: p.ranked, all: model.labels.map((l) => p.probabilityOf(l)) };
  });
}

/** `--write`: records the fixture (only after a deliberate change to what the model learns). */
if (require.main === module && process.argv.includes('--write')) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fs = require('node:fs') as typeof import('node:fs');
  const model = IntentClassifier.train(SNAPSHOT_CORPUS, { epochs: 20 });
  const file = `${__dirname}/fixtures/predictions-snapshot.json`;
  fs.writeFileSync(file, `${JSON.stringify({ digest: modelDigest(model), predictions: snapshotPredictions(model) }, null, 1)}\n`);
  process.stdout.write(`wrote ${file}\n`);
}
