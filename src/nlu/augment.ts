import type { LabelledText } from './classifier';

/**
 * Everyday backstory is not a topic. People tell the story before they ask ("Writing this on my
 * phone at the school gate…", "Was up half the night about it…"), and the words of such a story
 * (tonight, Saturday, upset, long story, a text on Sunday) appear in the examples almost
 * only where residents ask about bins, parking or the weekend: out of scope. Trained on the
 * examples alone, the classifier took a councillor's backstory as evidence that the question was
 * out of scope.
 *
 * So some examples of each topic intent are trained a second time with one of these sentences
 * before them. The sentences say when and how the asker feels, and nothing about what the question
 * is about (no places or things: a car, a street or a house is what a resident's service question
 * is about); spread over every topic, their words stop pointing at out of scope. Only the
 * classifier sees the copies: the scope check's vocabulary and the spelling corrector read the
 * examples as written.
 */
export const EVERYDAY_BACKSTORY: readonly string[] = [
  'Sorry, long story.',
  'Writing this on my phone, excuse the typos.',
  'This has been bugging me since last night.',
  'Bit of a ramble, bear with me.',
  'I am fuming about this, to be honest.',
  'My wife says I should just check.',
  'Saturday morning and I am still thinking about it.',
  'Quick one before I head out tonight.',
  'Had a text about this on Sunday evening.',
  'I was up half the night worrying about it.',
  'Honestly not sure where else to turn.',
  'It happened at the weekend and I am still upset.',
  'Feeling a bit awkward about this one.',
  'Sorry if this is a silly question.',
  'It came up yesterday and I did not know the answer.',
  'My husband thinks I am overreacting.',
  'It was raised on a WhatsApp group today.',
  'Been meaning to ask for a week or so.',
  'Apologies for the essay.',
  'Hope you are well, and sorry to bother you on a Monday.',
  'Thinking out loud here.',
  'This happened on Friday and it is still on my mind.',
];

/**
 * One example in this many of each topic intent gets a backstory copy. Cross-validation is flat
 * between 0, 1 in 3 and 1 in 2 (it holds out clean examples); on dev, messy-dev, validation and
 * messy-validation the mean log-probability of the right intent was best at 1 in 2 (every example
 * improved the messy sets but cost validation). See docs/understanding.md.
 */
export const BACKSTORY_EVERY = 2;

/**
 * The examples, and after them a copy of every `every`-th example of a topic intent with an
 * everyday sentence before it. Deterministic: the same examples give the same copies, so the
 * compiled model cache still matches.
 */
export function withEverydayBackstory(items: readonly LabelledText[], isTopic: (label: string) => boolean, every = BACKSTORY_EVERY): LabelledText[] {
  if (every <= 0) return [...items];
  const copies: LabelledText[] = [];
  const seen = new Map<string, number>();
  for (const item of items) {
    if (!isTopic(item.label)) continue;
    const n = seen.get(item.label) ?? 0;
    seen.set(item.label, n + 1);
    if (n % every !== every - 1) continue;
    const story = EVERYDAY_BACKSTORY[(copies.length * 7) % EVERYDAY_BACKSTORY.length];
    copies.push({ ...item, text: `${story} ${item.text}` });
  }
  return [...items, ...copies];
}
