import path from 'node:path';
import { PROJECT_ROOT } from '../config';

/**
 * The evaluation sets kept in the repository, so `npm run eval` measures the bot on a fresh
 * clone. The dev sets are copies of the project's development sets: for measuring, never for
 * training (nothing in `intents/` is copied or paraphrased from any of them).
 *
 * To add a set, add a line here; to add a figure to a format, add a scorer in `formats.ts`.
 */
export type EvalFormat = 'messages' | 'answers' | 'dialogues';

export interface EvalSet {
  name: string;
  /** Relative to the project root. */
  file: string;
  format: EvalFormat;
  /**
   * A protocol text to add in memory first, as the council named by its file name (an unseen protocol); a list when
   * the set's rows are on several such protocols.
   */
  withProtocol?: string | readonly string[];
  /**
   * Judges the bot and must choose nothing: `eval --misses` over every set lists only its count,
   * so that reading the other sets' misses never shows its rows (`eval <file> --misses` still can).
   */
  heldOut?: boolean;
}

/** The unmapped protocols messy31's clause probes are written on (their other rows are on shipped protocols). */
const MESSY52_PROTOCOLS = ['test/eval/protocols/quenby.txt', 'test/eval/protocols/kelsbrook.txt', 'test/eval/protocols/pelsworth.txt'];

export const EVAL_SETS: EvalSet[] = [
  { name: 'dev', file: 'test/eval/dev/dev.jsonl', format: 'messages' },
  { name: 'messy-dev', file: 'test/eval/dev/messy-dev.jsonl', format: 'messages' },
  { name: 'answers-dev', file: 'test/eval/dev/answers-dev.jsonl', format: 'answers' },
  { name: 'dialogues-dev', file: 'test/eval/dev/dialogues-dev.jsonl', format: 'dialogues' },
  { name: 'validation', file: 'test/eval/validation.jsonl', format: 'messages' },
  { name: 'messy-validation', file: 'test/eval/messy-validation.jsonl', format: 'messages' },
  // Written for the fourth round of issue 12 before any change; its author also wrote that round's examples (docs/understanding.md).
  { name: 'messy-probe', file: 'test/eval/messy-probe.jsonl', format: 'messages' },
  // Written by messy9 (issue 12) before any change, in its own wording: styles the other messy sets lack (long stories with
  // the question buried or implied, pasted emails, heavy text-speak, slang, statements that ask, two questions with one in
  // scope) and 23 near-miss out-of-scope messages, then 15 stories full of names and places written while looking for
  // what falls back (mq90-mq104); it then guided that round's choices: a design set.
  { name: 'messy-probe-2', file: 'test/eval/messy-probe-2.jsonl', format: 'messages' },
  // Written by messy9 after its first changes (names and places, pasted emails with the question under them, text-speak
  // without vowels, six near misses in the same styles; then six two-question messages after the two-question change and six statements that ask), to
  // check that they generalise. Nothing was tuned on it; it was one of the sets that showed masking names
  // and more asking phrases ("looking for guidance on") to be no gain.
  { name: 'messy-probe-3', file: 'test/eval/messy-probe-3.jsonl', format: 'messages' },
  // Written by messy10 (issue 12) in its own wording: styles the other sets under-represent (long stories
  // of services and everyday words before a question with few topic words, very short slangy asks, statements that ask, heavy
  // typos, local-government abbreviations, terse notes full of names and acronyms, emoji, pasted emails, Slack/Teams
  // mentions, indirect asks, colloquial British) and 42 near misses, written in batches each before the change it guided:
  // a design set (docs/messy-round7.md).
  { name: 'messy-probe-4', file: 'test/eval/messy-probe-4.jsonl', format: 'messages' },
  // Every third row of the same writing (messy10), split off before any change and never used to choose: a check.
  { name: 'messy-probe-5', file: 'test/eval/messy-probe-5.jsonl', format: 'messages' },
  // Written by messy10 after its word-table entries and before its table of colloquial words: everyday British turns of phrase
  // ("having a pop at me", "the local rag", "bow out of the vote") and six near misses; never used to choose: a check.
  { name: 'messy-probe-6', file: 'test/eval/messy-probe-6.jsonl', format: 'messages' },
  // Written by messy11 (issue 12) before any change, in its own wording: service stories ending "Was that ok?" where a
  // councillor directed staff, a Chair or mayor directing staff, officers asking about "my role", everyday words the examples
  // lack, and 14 near misses told the same way (mp7-001..066), then two batches in other styles written after the first
  // two changes (mp7-067..121: statements with no question, "next steps?", retirements and vacancies, 9 near misses) and
  // a fourth after the third (mp7-122..143: long posts, bullet lists, shouting, "asking for a friend", 5 near misses), then
  // two after every change, nothing chosen on them (mp7-144..187: terse slangy asks, venting with no question, 9 near
  // misses): a design set (docs/messy-round8.md).
  { name: 'messy-probe-7', file: 'test/eval/messy-probe-7.jsonl', format: 'messages' },
  // Written by messy11 before messy-probe-7 and before any change, in the same styles (24 in scope, 6 near misses); its misses
  // were never read: a check.
  { name: 'messy-probe-8 (check)', file: 'test/eval/messy-probe-8.jsonl', format: 'messages' },
  // Written by messy12 (issue 12) in its own wording, in styles messy-probe-2..8 lack (speech-to-text dictation, formal and
  // non-native register, hypothetical and training scenarios, a clause quoted back, a story ending "Thoughts?" or "What now?",
  // staff named by first name only, a season or a retirement; mp9-001..050, before any change), then chat transcripts,
  // links, phone signatures, markdown, numbered points, subject lines (mp9-051..077, after the first): a design set (docs/messy-round9.md).
  { name: 'messy-probe-9', file: 'test/eval/messy-probe-9.jsonl', format: 'messages' },
  // Written by messy12 before messy-probe-9 and before any change, in the same styles (21 in scope, 6 near misses); its misses
  // were never read: a check.
  { name: 'messy-probe-10 (check)', file: 'test/eval/messy-probe-10.jsonl', format: 'messages' },
  // Written by messy13 (issue 12) in its own wording: a formal register ("I should be obliged if…", "Kindly advise whether…",
  // "Is it the case that…", "Might I enquire…") and retirement stories, 14 in scope and 10 near misses (mp11-001..024, before any
  // change), then 10 formal near misses (mp11-025..034, after the first): a design set (docs/messy-round10.md).
  { name: 'messy-probe-11', file: 'test/eval/messy-probe-11.jsonl', format: 'messages' },
  // Written by messy13 before messy-probe-11 and before any change, in the same styles (7 in scope, 5 near misses); its misses
  // were never read: a check.
  { name: 'messy-probe-12 (check)', file: 'test/eval/messy-probe-12.jsonl', format: 'messages' },
  // Written by messy14 (issue 12) before messy-probe-13 and before any change, in its own wording: minutes and action-log
  // notes, comparisons with a former council, sarcastic and "am I right in thinking" asks, staff named by first name, leaving
  // and retirement stories, "Thoughts?" after a story, and residents' service faults told with topic words (16 in scope, 8
  // near misses); its misses were never read: a check.
  // Written by messy14 (issue 12) after messy-probe-14 and before any change, in the same styles (residents' faults told with
  // "procedure", "report", "complain"; leaving and retirement stories; staff named by first name; "Thoughts?" after a story;
  // minutes and action notes; a former council compared; sarcasm; "am I right in thinking"; 40 in scope, 22 near misses;
  // mp13-001..062), then "AIBU?", "Genuine question:", "Opinions welcome:", reported answers of the clerk (mp13-063..090, after
  // the first two changes): a design set (docs/messy-round11.md).
  { name: 'messy-probe-13', file: 'test/eval/messy-probe-13.jsonl', format: 'messages' },
  { name: 'messy-probe-14 (check)', file: 'test/eval/messy-probe-14.jsonl', format: 'messages' },
  // Written by messy15 (issue 12) before any change, in its own wording: a "P.S." holding the question, "Hypothetically",
  // "I'm fairly sure the answer's no, but", "Pros: … Cons: …", "Sat in the car park…" scene-setting, bracketed apologies;
  // members asking staff for personal work, staff leaving named by first name, office and transport near misses (25 in
  // scope, 15 near misses; no clause labels): a design set (docs/messy-round12.md).
  { name: 'messy-probe-15', file: 'test/eval/messy-probe-15.jsonl', format: 'messages' },
  // Written by messy15 before messy-probe-15 and before any change, in the same styles (13 in scope, 7 near misses); its
  // misses were never read: a check.
  { name: 'messy-probe-16 (check)', file: 'test/eval/messy-probe-16.jsonl', format: 'messages' },
  // Written by messy15 to measure its leaving rule: six council staff leaving named by first name and six town people leaving
  // (mp17-001..012, before the change), then six more town people with a job word or a named place (mp17-013..018, after the
  // rule's first version): a design set (docs/messy-round12.md).
  { name: 'messy-probe-17', file: 'test/eval/messy-probe-17.jsonl', format: 'messages' },
  // Written by messy16 (issue 12) before any change: council staff leaving asked with "who replaces her", "who takes over
  // from him", "who fills her shoes", "who steps into his role" (14), and town people leaving asked the same way (10 near
  // misses); no clause labels: a design set (docs/messy-round13.md).
  { name: 'messy-probe-18', file: 'test/eval/messy-probe-18.jsonl', format: 'messages' },
  // Written by messy16 before messy-probe-18 and before any change, in the same styles (7 in scope, 5 near misses); its
  // misses were never read: a check.
  { name: 'messy-probe-19 (check)', file: 'test/eval/messy-probe-19.jsonl', format: 'messages' },
  // Written by messy17 (issue 12) before any change: near misses of office life whose story names a protocol topic (a
  // broken kettle or printer before the agenda, late buses, the wifi, the lift; 14) and in-scope questions told with such a
  // story (8); no clause labels: a design set (docs/messy-round14.md).
  { name: 'messy-probe-20', file: 'test/eval/messy-probe-20.jsonl', format: 'messages' },
  // Written by messy17 before messy-probe-20 and before any change (7 near misses of office life, 5 in scope); its misses
  // were never read: a check.
  { name: 'messy-probe-21 (check)', file: 'test/eval/messy-probe-21.jsonl', format: 'messages' },
  // Written by messy18 (issue 12) before any change: council staffing matters asked as "who decides / whose call" (15), council
  // decisions told with staff in the story (5) and other bodies' staffing or decisions (10 near misses), in styles messy-probe-2..21
  // do not use ("TL;DR", "Devil's advocate", "Long story short", "Quick poll", dictated "so um"); intent only: a design set (docs/messy-round15.md).
  { name: 'messy-probe-22', file: 'test/eval/messy-probe-22.jsonl', format: 'messages' },
  // Written by messy18 before messy-probe-22 and before any change, in the same styles (6 staffing, 3 decisions, 3 near misses); its
  // misses were never read: a check.
  { name: 'messy-probe-23 (check)', file: 'test/eval/messy-probe-23.jsonl', format: 'messages' },
  // Written by messy19 (issue 12) before any change: a member directing staff told as a story whose question names no topic (10),
  // and near misses where someone else gets someone to do something (8), as emails with a "Re:" subject and a sign-off; intent only:
  // a design set (docs/messy-round16.md).
  { name: 'messy-probe-24', file: 'test/eval/messy-probe-24.jsonl', format: 'messages' },
  // Written by messy19 first, before messy-probe-24 and any change, in the same style (6 directing staff, 4 near misses); its misses
  // were never read: a check.
  { name: 'messy-probe-25 (check)', file: 'test/eval/messy-probe-25.jsonl', format: 'messages' },
  // Written by convo9 (issue 12) before any change: greetings, thanks, help and request status in words of their own (29), a
  // protocol question after a greeting or thanks (3), small talk with the bot (3 near misses); intent only: a design set (docs/understanding.md).
  { name: 'convo-probe', file: 'test/eval/convo-probe.jsonl', format: 'messages' },
  // Written by convo9 first, before convo-probe and any change, in the same kinds (11 conversation, 1 question after thanks, 2 near
  // misses); its misses were never read: a check.
  { name: 'convo-probe (check)', file: 'test/eval/convo-probe-check.jsonl', format: 'messages' },
  // Written by messy20 (issue 12) before any change: elongated and run-together greetings and thanks (8), a keyboard mash, a
  // run of one letter and drawn-out "noooo"/"hmmmm" (4 that must still ask nothing); its misses were never read: a check.
  { name: 'messy-probe-26 (check)', file: 'test/eval/messy-probe-26.jsonl', format: 'messages' },
  // Written by messy21 (issue 12): a story then a short question of what someone may do ("Do I stay in the room?", "Must I?"),
  // 16 in scope and 8 near misses before any change, then 16 in scope and 14 near misses (expenses, quorum, IT, bins) written after
  // the first variant was measured, to find its cost; intent only: a design set (docs/messy-round18.md).
  { name: 'messy-probe-27', file: 'test/eval/messy-probe-27.jsonl', format: 'messages' },
  // Written by messy21 first, before messy-probe-27 and any change, in the same style (8 in scope, 4 near misses); its misses were
  // never read: a check.
  { name: 'messy-probe-28 (check)', file: 'test/eval/messy-probe-28.jsonl', format: 'messages' },
  // Written by messy21 before its courtesy rule: greetings and thanks in words the examples lack (8), near misses that open with
  // one (4). Its author wrote the rule's word list after writing it, so it is a weak check (docs/messy-round18.md).
  { name: 'messy-probe-29 (check)', file: 'test/eval/messy-probe-29.jsonl', format: 'messages' },
  // Written by messy22 (issue 12): a member asking staff for other people's personal data (names, addresses, phone numbers,
  // bank details) against plain document requests and two near misses; intent only: a design set (docs/messy-round19.md).
  { name: 'messy-probe-30', file: 'test/eval/messy-probe-30.jsonl', format: 'messages' },
  // Written by messy22 first, before messy-probe-30 and any change, in the same style (6 personal data, 4 document requests); its
  // misses were never read: a check.
  { name: 'messy-probe-31 (check)', file: 'test/eval/messy-probe-31.jsonl', format: 'messages' },
  // Written by messy23 (issue 12) before any change: in-scope questions told through everyday council things (a lido kiosk, a
  // bus shelter, the tree survey) in Slack/Teams styles, and near misses about the same kind of things; intent only: a design set
  // (docs/messy-round20.md).
  { name: 'messy-probe-32', file: 'test/eval/messy-probe-32.jsonl', format: 'messages' },
  // Written by messy23 first, before messy-probe-32 and any change, in the same style (8 in scope, 4 near misses sharing their
  // things); its misses were never read: a check.
  { name: 'messy-probe-33 (check)', file: 'test/eval/messy-probe-33.jsonl', format: 'messages' },
  // Written by messy24 (issue 12) before any change: in-scope questions whose topic is told only in everyday phrases ("sit that
  // one out", "say my piece", "lost his rag", "go over her head", "on the quiet") and near misses using the same phrases about
  // other things; intent only: a design set (docs/messy-round21.md).
  { name: 'messy-probe-34', file: 'test/eval/messy-probe-34.jsonl', format: 'messages' },
  // Written by messy24 first, before messy-probe-34 and any change, in the same style (8 in scope, 4 near misses sharing their
  // phrases); its misses were never read: a check.
  { name: 'messy-probe-35 (check)', file: 'test/eval/messy-probe-35.jsonl', format: 'messages' },
  // Written by answers38 (issues 10/12) before any change, in its own wording: three kinds of message the twelfth session's
  // walks got wrong (a story about a person then "who do I complain to", a time of day or week in a story that is about
  // staff's free time, may I approach / talk to a post directly), 17 in scope and 4 near misses: a design set (docs/answers.md, "answers38").
  { name: 'messy-probe-36', file: 'test/eval/messy-probe-36.jsonl', format: 'messages' },
  // Written by answers38 with messy-probe-36, before any change, in the same kinds (6 in scope, 2 near misses); its misses
  // were never read: a check.
  { name: 'messy-probe-37 (check)', file: 'test/eval/messy-probe-37.jsonl', format: 'messages' },
  // Written by messy25 (issue 12) before any change, after sorting the design sets' misses by kind
  // (scripts/intent-miss-kinds.js): in-scope messages whose telling words are everyday things, slang or rare words no
  // example uses (a laminator, a pen-pusher, a nosy at the invoices, a natter with the RFO), 18 in scope and 10 near misses
  // with the same kind of words; intent only: a design set (docs/messy-round22.md).
  { name: 'messy-probe-38', file: 'test/eval/messy-probe-38.jsonl', format: 'messages' },
  // Written by messy25 first, before messy-probe-38 and any change, in the same style (8 in scope, 4 near misses); its misses
  // are never read: a check.
  { name: 'messy-probe-39 (check)', file: 'test/eval/messy-probe-39.jsonl', format: 'messages' },
  // Written by messy26 (issue 12) before any change, after listing the design sets' largest confusion pairs
  // (scripts/intent-miss-kinds.js --json): an officer insulted by a councillor asking where to take it, the press and "via
  // the office?", the Chair deciding staff matters, a relative's or neighbour's business before the council, borrowing
  // council kit, a member talking about staff's health; 22 in scope and 6 near misses: a design set (docs/messy-round23.md).
  { name: 'messy-probe-40', file: 'test/eval/messy-probe-40.jsonl', format: 'messages' },
  // Written by messy26 first, before messy-probe-40 and any change, in the same kinds (8 in scope, 4 near misses); its
  // misses are never read: a check.
  { name: 'messy-probe-41 (check)', file: 'test/eval/messy-probe-41.jsonl', format: 'messages' },
  // Written by messy27 first, before any change, in its own wording: a press contact then a routing question ("does it go via
  // the office / do I need the clerk's ok?"), and "who decides" asked of papers, complaints and staff matters, with controls
  // (routing without the press, council decisions, near misses); 22 rows, a design set (docs/messy-round24.md).
  { name: 'messy-probe-42', file: 'test/eval/messy-probe-42.jsonl', format: 'messages' },
  // Written by messy27 with messy-probe-42, before any change, in the same kinds (10 rows); its misses are never read: a check.
  { name: 'messy-probe-43 (check)', file: 'test/eval/messy-probe-43.jsonl', format: 'messages' },
  // Written by ff5 (issue 12) before any change: messages of one to four words with typos, mostly in words of five letters or
  // fewer the spelling corrector leaves alone, across the topic intents (28), and short out-of-scope ones (12: key-mashing, a
  // lone emoji, single unrelated words, misspelt unrelated words); a design set (docs/messy-round26.md).
  { name: 'messy-probe-44', file: 'test/eval/messy-probe-44.jsonl', format: 'messages' },
  // Written by ff5 with messy-probe-44, before any change, in the same kinds with other words (13 in scope, 7 out of scope);
  // its misses are never read: a check.
  { name: 'messy-probe-45 (check)', file: 'test/eval/messy-probe-45.jsonl', format: 'messages' },
  // Written by messy28 first, before any change, in its own wording: "who decides / who replaces" asked of another body's own
  // affairs (a club, a church, a school, an employer, a bus company: out of scope), who decides a staffing matter read as
  // another topic, and a press contact read out of scope, with neighbours that must not move (a club asking the council for
  // something, council decisions, staff's day-to-day work, news read in a paper); 27 rows, a design set (docs/messy-round25.md).
  { name: 'messy-probe-46', file: 'test/eval/messy-probe-46.jsonl', format: 'messages' },
  // Written by messy28 with messy-probe-46, before any change, in the same kinds and other wording (15 rows); its misses are never read: a check.
  { name: 'messy-probe-47 (check)', file: 'test/eval/messy-probe-47.jsonl', format: 'messages' },
  // Written by messy29 before any change: out-of-hours contact, a member's own stake in an item with a question of taking part, private use of council property, and neighbours that must not move (28 rows).
  { name: 'messy-probe-48', file: 'test/eval/messy-probe-48.jsonl', format: 'messages' },
  // Written by messy29 with messy-probe-48, before any change, in the same kinds and other wording (15 rows); its misses are never read: a check.
  { name: 'messy-probe-49 (check)', file: 'test/eval/messy-probe-49.jsonl', format: 'messages' },
  // Written by messy30 on 2 Dec 2026 before any change: messages as people write them (backstory, typos, text-speak, quoted emails, emoji, two questions) across 25 topic intents, three roles and five councils, with 12 out-of-scope near misses (services, IT, gibberish) (61 rows); 20 longer rows (pasted emails, numbered questions, long backstory) added after its first two rules, before any further change (81 rows).
  { name: 'messy-probe-50', file: 'test/eval/messy-probe-50.jsonl', format: 'messages' },
  // Written by messy30 with messy-probe-50, before any change, in the same kinds and other wording (26 rows); its misses are never read: a check.
  { name: 'messy-probe-51 (check)', file: 'test/eval/messy-probe-51.jsonl', format: 'messages' },
  // Written by messy32 (2 Dec 2026, issue 12) before any change: officers' and the Clerk's own messages in staff words (their own grievances, whom they report to, a member's instruction or a request to pass on, overtime and appraisals), and out-of-scope near misses an officer would ask (pay, leave, IT) (52 rows).
  { name: 'messy-probe-52', file: 'test/eval/messy-probe-52.jsonl', format: 'messages' },
  // Written by messy32 with messy-probe-52, before any change, in the same kinds and other wording (20 rows); its misses are never read: a check.
  { name: 'messy-probe-53 (check)', file: 'test/eval/messy-probe-53.jsonl', format: 'messages' },
  // Written by messy34 (issue 12) before any change: the in-scope/out-of-scope boundary, 41 protocol questions worded
  // the way people do with a near-miss word in them (a mileage form, the precept, a hall booking, a zoom meeting) and 40
  // near misses the protocols do not cover, some in protocol words (quorum, remote meetings, elections and nominations,
  // expenses and mileage, the gifts register, the precept, standing orders, co-option, residents' services, IT, gibberish):
  // a design set (docs/messy-round31.md).
  { name: 'messy-probe-56', file: 'test/eval/messy-probe-56.jsonl', format: 'messages' },
  // Written by messy34 with messy-probe-56, before any change, in the same kinds and other wording (13 in scope, 12 out of
  // scope); its misses are never read: a check.
  { name: 'messy-probe-57 (check)', file: 'test/eval/messy-probe-57.jsonl', format: 'messages' },
  // Written by messy35 (2 Dec 2026, issues 10 and 12) before any change: short everyday questions (4-12 words, not the
  // protocol's words) from officers about their own appraisal, pay, leave, overtime, hours, line manager and training, and
  // from councillors about confidences and papers after leaving office, the protocol's own review and status and whom it
  // applies to, with 11 out-of-scope near misses (payday, bank holidays, a pension rate, allowances, IT, parking) (52 rows;
  // design, docs/messy-round32.md).
  { name: 'messy-probe-58 (design)', file: 'test/eval/messy-probe-58.jsonl', format: 'messages' },
  // Written by messy35 with messy-probe-58, before any change, in the same kinds and other wording (15 rows); its misses
  // are never read: a check.
  { name: 'messy-probe-59 (check)', file: 'test/eval/messy-probe-59.jsonl', format: 'messages' },
  // Written by messy36 (2 Dec 2026, issue 12) before any change: out-of-scope near misses about the council's own
  // calendar and rooms (when, what time, where a meeting is) and office facility faults told without a question, beside
  // protocol questions in the same words (an agenda item, who chairs, attending or speaking at a committee, a ward
  // meeting, the office slow to reply, booking the office room) (40 rows; design, docs/messy-round33.md).
  { name: 'messy-probe-60 (design)', file: 'test/eval/messy-probe-60.jsonl', format: 'messages' },
  // Written by messy36 with messy-probe-60, before any change, in the same kinds and other wording (15 rows); its misses
  // are never read: a check.
  { name: 'messy-probe-61 (check)', file: 'test/eval/messy-probe-61.jsonl', format: 'messages' },
  // Written by messy37 (2 Dec 2026, issue 12) before any change: messages typed as in Slack or Teams, two questions in one
  // message (one protocol, one not), a quoted or forwarded email or remark before the asker's own question, local-government
  // shorthand (cllr, TC/PC, RFO, SOs, FC, the MO, the Chair, the office, ward member) and misspellings, with 12 out-of-scope
  // near misses in the same voice (65 rows; design, docs/messy-round34.md).
  { name: 'messy-probe-62 (design)', file: 'test/eval/messy-probe-62.jsonl', format: 'messages' },
  // Written by messy37 with messy-probe-62, before any change, in the same kinds and other wording (20 rows); its misses
  // are never read: a check.
  { name: 'messy-probe-63 (check)', file: 'test/eval/messy-probe-63.jsonl', format: 'messages' },
  // Written by messy38 (2 Dec 2026, issue 12) before any change: messy protocol questions (backstory first, typos,
  // text-speak, emoji, a quoted email or councillor's note, two questions) on the five shipped protocols, labelled with
  // the clause(s) a reply should cite among its first three (71 rows; design, docs/messy-round35.md).
  { name: 'messy-probe-64 (design)', file: 'test/eval/messy-probe-64.jsonl', format: 'messages' },
  // Written by messy38 with messy-probe-64, before any change, in the same kinds and other wording (26 rows); its misses
  // are never read: a check.
  { name: 'messy-probe-65 (check)', file: 'test/eval/messy-probe-65.jsonl', format: 'messages' },
  // Written by messy39 (2 Dec 2026, issues 10/12) before any change: short plain questions on each of the 25 topics in
  // everyday words unlike the examples (mileage, the office is shut, a dinner invitation, what I may ask the clerk for),
  // with 10 out-of-scope near misses (62 rows; design, docs/messy-round36.md).
  { name: 'messy-probe-66 (design)', file: 'test/eval/messy-probe-66.jsonl', format: 'messages' },
  // Written by messy39 with messy-probe-66, before any change, in the same kinds and other wording (18 rows); its misses
  // are never read: a check.
  { name: 'messy-probe-67 (check)', file: 'test/eval/messy-probe-67.jsonl', format: 'messages' },
  // Written by messy40 (2 Dec 2026, issue 12) before any change: councillors' and officers' messages as typed, with backstory,
  // typos, text-speak and everyday words for protocol topics ("the boss" for the Clerk, "get the lowdown on", "kick up a
  // fuss", "a nosey round"), long stories ending in a short question, and 8 out-of-scope near misses in the same voice
  // (mp68-001..041); then, after a first score and still before any change, council-service stories ending "was that ok?"
  // and short asks in slang (mp68-042..060, 3 near misses): 60 rows, a design set (docs/messy-round37.md).
  { name: 'messy-probe-68 (design)', file: 'test/eval/messy-probe-68.jsonl', format: 'messages' },
  // Written by messy40 with messy-probe-68, before any change, in the same kinds and other wording (21 rows, 5 out of
  // scope); its misses are never read: a check.
  { name: 'messy-probe-69 (check)', file: 'test/eval/messy-probe-69.jsonl', format: 'messages' },
  // Written by messy41 (2 Dec 2026, issue 12) before any change: messages as typed (backstory, typos, slang, a quoted
  // email, two questions in one) written around close calls between neighbouring topics (a ward drop-in and officers,
  // a list of residents' complaints and a complaint, left-over raffle prizes and money), with 9 out-of-scope near misses
  // (60 rows; design, docs/messy-round38.md).
  { name: 'messy-probe-70 (design)', file: 'test/eval/messy-probe-70.jsonl', format: 'messages' },
  // Written by messy41 with messy-probe-70, before any change, in the same kinds and other wording (20 rows, 5 out of
  // scope); its misses are never read: a check.
  { name: 'messy-probe-71 (check)', file: 'test/eval/messy-probe-71.jsonl', format: 'messages' },
  // Written by messy42 (2 Dec 2026, issue 12) before any change: officers' and councillors' stories of a member's rudeness
  // (a sharp email, a tone in a meeting, a Facebook post, pet names) told twice, once asking whether it is acceptable
  // (respect and courtesy) and once asking what to do or who to tell (a complaint), and staff sickness and personal
  // matters beside contracts, pay and recruitment, with 4 out-of-scope near misses (40 rows; design, docs/messy-round39.md).
  { name: 'messy-probe-72 (design)', file: 'test/eval/messy-probe-72.jsonl', format: 'messages' },
  // Written by messy42 with messy-probe-72, before any change, in the same kinds and other wording (16 rows, 3 out of
  // scope); its misses are never read: a check.
  { name: 'messy-probe-73 (check)', file: 'test/eval/messy-probe-73.jsonl', format: 'messages' },
  // Written by messy43 (2 Dec 2026, issue 12) before any change: who decides or sets a matter of staff employment (pay,
  // grading, a bonus, an appraisal, a vacancy, overtime sign-off) asked by councillors and by the officer concerned, beside
  // an officer's own sickness or grievance (staff matters), a raised voice with a route asked, a ward drop-in, raffle
  // hampers and a letter to the paper, with 10 out-of-scope near misses (40 rows; design, docs/messy-round40.md).
  { name: 'messy-probe-74 (design)', file: 'test/eval/messy-probe-74.jsonl', format: 'messages' },
  // Written by messy43 with messy-probe-74, before any change, in the same kinds and other wording (20 rows, 4 out of
  // scope); its misses are never read: a check.
  { name: 'messy-probe-75 (check)', file: 'test/eval/messy-probe-75.jsonl', format: 'messages' },
  // Written by answers67 (2 Dec 2026, issues 10/12) before any change: a councillor's complaint about another councillor
  // (a breach of the Code, bullying, rudeness, leaks) asked "who do I complain to" on the five shipped protocols, beside
  // neighbours that must not move (an officer's or the Clerk's complaint about a member, a councillor's about an officer, a
  // resident's complaint about services passed on by a councillor) (18 rows; design, docs/answers-round67.md).
  { name: 'messy-probe-breach-67 (design)', file: 'test/eval/messy-probe-breach-67.jsonl', format: 'messages' },
  // Written by answers67 with messy-probe-breach-67, before any change, in the same kinds and other wording (7 rows); its
  // misses are never read: a check.
  { name: 'messy-probe-breach-67 (check)', file: 'test/eval/messy-probe-breach-67-check.jsonl', format: 'messages' },
  // Written by messy33 (2 Dec 2026, issue 12) before any change, in voices unlike earlier rounds: a long-serving councillor's paragraphs of backstory before one short question, a quoted resident's or officer's email then a question, two questions in one message (one in the protocol, one not), a new clerk in a hurry (cllr, TC, RFO, SO's, FB, "the office"), emoji and text-speak, across 25 topic and 5 conversation intents with out-of-scope near misses (83 rows; design, docs/messy-round30.md).
  { name: 'messy-probe-54 (design)', file: 'test/eval/messy-probe-54.jsonl', format: 'messages' },
  // Written by messy33 with messy-probe-54, before any change, in the same voices and other wording (25 rows); its misses are never read: a check.
  { name: 'messy-probe-55 (check)', file: 'test/eval/messy-probe-55.jsonl', format: 'messages' },
  // Written by factual5 (issues 10/12) before any example was added; its author then wrote that round's factual examples, so a check, not held out (docs/factual-questions.md).
  { name: 'factual-probe', file: 'test/eval/factual-probe.jsonl', format: 'messages' },
  // Written for the intents2 work before any change to the model, in its author's own wording; no choice was made on it.
  // Written by intent9 (issues 10/12) after that round's examples and before measuring it: factual questions (who decides, how long, can I, what happens if) over the five councils, intent only; a check of my own, not held out (docs/understanding.md).
  { name: 'intent-probe (factual)', file: 'test/eval/intent-probe-factual.jsonl', format: 'messages' },
  // Written by intent10 (issues 10/12) before any change of that round, in its own wording: 38 plain and messy messages over the five councils (the Chair or mayor leaning on an officer, an officer's own role, who decides / how long / what happens if, near misses). Scored before and after as a figure only; nothing was chosen on it (docs/intent-accuracy.md).
  { name: 'intent-probe (check)', file: 'test/eval/intent-probe-check.jsonl', format: 'messages' },
  // Written by intent11 (issues 10/12) before any change of that round, in its own wording: 40 plain and messy messages over the five councils, factual frames and near misses. Scored before and after as a figure only; nothing was chosen on it (docs/intent-accuracy.md).
  { name: 'intent-probe-2 (check)', file: 'test/eval/intent-probe-check-2.jsonl', format: 'messages' },
  // Written by intent12 (issues 10/12) before any change of that round, in its own wording: 32 plain and messy messages over the five councils (staff's private matters spread by a member, officers' complaints about a member's remarks, personal data, named staff, near misses). Scored before and after as a figure only; nothing was chosen on it (docs/intent-accuracy.md).
  { name: 'intent-probe-3 (check)', file: 'test/eval/intent-probe-check-3.jsonl', format: 'messages' },
  // Written by evidence9 (issues 10/12, the protocol settling a close reading) before any change, in its own wording: questions
  // between two close topics on the shipped councils and the unmapped Foxleigh (design sets), and on the shipped councils and
  // the unmapped Brindlecombe written with them and never used to choose (checks) (docs/close-reading.md).
  { name: 'intent-probe-close', file: 'test/eval/intent-probe-close.jsonl', format: 'messages' },
  { name: 'intent-probe-close (foxleigh)', file: 'test/eval/intent-probe-close-foxleigh.jsonl', format: 'messages', withProtocol: 'test/eval/protocols/foxleigh.txt' },
  { name: 'intent-probe-close (check)', file: 'test/eval/intent-probe-close-check.jsonl', format: 'messages' },
  { name: 'intent-probe-close (brindlecombe, check)', file: 'test/eval/intent-probe-close-check-brindlecombe.jsonl', format: 'messages', withProtocol: 'test/eval/protocols/brindlecombe.txt' },
  // Written by intent61 (issues 10/12, intent on a protocol never seen) before any change, in its own wording: a protocol of its
  // own (Mossgate: a Proper Officer who is Head of Paid Service, a Responsible Financial Officer, a Parish Steward and an
  // Amenities Warden, a Burial Board, the Mossgate Messenger) and 42 questions in its words with intent and clauses (a design
  // set); and a second (Tidewell: Harbour Master, Markets Officer, Guildhall Keeper, the harbour launch) with 20 questions
  // written with them and never used to choose (a check) (docs/understanding.md, intent61).
  { name: 'intent-probe (mossgate)', file: 'test/eval/intent-probe-mossgate.jsonl', format: 'messages', withProtocol: 'test/eval/protocols/mossgate.txt' },
  { name: 'intent-probe (tidewell, check)', file: 'test/eval/intent-probe-tidewell-check.jsonl', format: 'messages', withProtocol: 'test/eval/protocols/tidewell.txt' },
  // Written by intent62 (issue #10) before any change of that round, in its own wording: a protocol of its own (Westerleigh:
  // '1. Heading' / '(a)' clauses, a Town Warden, an Amenities Manager, a Civic Officer, the grounds team, the Assembly Rooms,
  // the Town Yard, the newsletter 'Westerleigh Crier') and 48 factual questions in its words (a design set); and a second
  // (Cranmoor: flat paragraphs, a Parish Lengthsman, a Village Hall Keeper, the Cranmoor Chronicle) with 21 questions,
  // scored before and after only (a check) (docs/intent-round62.md).
  { name: 'intent-probe (westerleigh)', file: 'test/eval/intent-probe-westerleigh.jsonl', format: 'messages', withProtocol: 'test/eval/protocols/westerleigh.txt' },
  { name: 'intent-probe (cranmoor, check)', file: 'test/eval/intent-probe-cranmoor-check.jsonl', format: 'messages', withProtocol: 'test/eval/protocols/cranmoor.txt' },
  // Written by intent63 (issues 10/12, covered out-of-scope topics) before any change of that round, in its own wording: a
  // protocol of its own (Harrowdale: gifts and hospitality, expenses and mileage, buying goods) with 18 questions on what it
  // covers and 12 near-miss governance questions it does not (quorum, allowances, precept, grants, VAT: out of scope) (a design
  // set); and a second (Ebbesford) with 16 such questions, scored before and after only (a check) (docs/intent-round63.md).
  { name: 'intent-probe (harrowdale)', file: 'test/eval/intent-probe-harrowdale.jsonl', format: 'messages', withProtocol: 'test/eval/protocols/harrowdale.txt' },
  { name: 'intent-probe (ebbesford, check)', file: 'test/eval/intent-probe-ebbesford-check.jsonl', format: 'messages', withProtocol: 'test/eval/protocols/ebbesford.txt' },
  // Written by intent64 (issues 10/12, money, repairs and staff appraisal on a protocol ingested a minute ago) before any
  // change of that round, in its own wording: a protocol of its own (Tollbridge: allowances, mileage and rail fares, quotes,
  // VAT, grants, repairs and council property, staff appraisal, pay and references, beside the usual topics) with 49
  // questions on what it covers and 13 it does not (quorum, council tax, auditor, pension, hall hire: out of scope) (a design
  // set); and a second (Ashwell Green) with 21 such questions, scored before and after only (a check) (docs/intent-round64.md).
  { name: 'intent-probe (tollbridge)', file: 'test/eval/intent-probe-tollbridge.jsonl', format: 'messages', withProtocol: 'test/eval/protocols/tollbridge.txt' },
  { name: 'intent-probe (ashwellgreen, check)', file: 'test/eval/intent-probe-ashwellgreen-check.jsonl', format: 'messages', withProtocol: 'test/eval/protocols/ashwellgreen.txt', heldOut: true },
  // Written by intent13 (issues 10/12) before any change of that round, in its own wording: 22 messages naming an illness, an insult, a press outlet or a kind of personal data, mostly words no training example has (pregnant, fit note, idiot, podcast, date of birth). The design set the word-class feature was chosen on (docs/intent-accuracy.md).
  { name: 'intent-probe (word classes)', file: 'test/eval/intent-probe-classes.jsonl', format: 'messages' },
  // Written by intent13 before any change of that round, in its own wording, with the design set above: 18 messages of the same four classes in other words, and three near misses. Scored before and after as a figure only; nothing was chosen on it (docs/intent-accuracy.md).
  { name: 'intent-probe-4 (check)', file: 'test/eval/intent-probe-check-4.jsonl', format: 'messages' },
  // Written by embed1 (issues 10/12, word vectors) after the vote was built and before either set was scored, in its own wording:
  // messages whose telling word no training example has (poorly, newshound, brusque, sweetheart, dossier, chores, under wraps).
  // The design set was read for misses; the check (12 more of the same kinds) only scored (docs/word-vectors.md).
  { name: 'words-probe', file: 'test/eval/words-probe.jsonl', format: 'messages' },
  { name: 'words-probe (check)', file: 'test/eval/words-probe-check.jsonl', format: 'messages' },
  // Written by vec3 before any change to the vote: polite wrappers round out-of-scope asks, and topics told in words no example uses.
  { name: 'vote-probe-1', file: 'test/eval/vote-probe-1.jsonl', format: 'messages' },
  { name: 'vote-probe-1 (check)', file: 'test/eval/vote-probe-1-check.jsonl', format: 'messages' },
  { name: 'intent-holdout', file: 'test/eval/intent-holdout.jsonl', format: 'messages' },
  { name: 'ashdown (unseen protocol)', file: 'test/eval/ashdown.jsonl', format: 'messages', withProtocol: 'test/eval/protocols/ashdown.txt' },
  { name: 'answers-validation', file: 'test/eval/answers-validation.jsonl', format: 'answers', withProtocol: 'test/eval/protocols/ashdown.txt' },
  // Written in the fourth round before measuring, from the Ashdown text only; it then guided the clause-topic prior (docs/answers.md): a design set, not held out.
  { name: 'answers-probe (ashdown)', file: 'test/eval/answers-probe-ashdown.jsonl', format: 'answers', withProtocol: 'test/eval/protocols/ashdown.txt' },
  // Written in the fifth round (issue 10, the sentence within the clause) before any change, over shipped protocols and Ashdown; it then guided that round's choices: a design set.
  { name: 'answers-probe (sentences)', file: 'test/eval/answers-probe-sentences.jsonl', format: 'answers', withProtocol: 'test/eval/protocols/ashdown.txt' },
  // Written in the sixth answer round (issue 10) before any change: ten Ashdown questions and a protocol of that round's
  // own (Brindlecombe, flat "1."–"30." paragraphs under lettered sections) with twenty questions; it then guided that
  // round's choices: design sets, not held out (docs/answers.md).
  { name: 'answers-probe (remedies, ashdown)', file: 'test/eval/answers-probe-remedies-ashdown.jsonl', format: 'answers', withProtocol: 'test/eval/protocols/ashdown.txt' },
  { name: 'answers-probe (brindlecombe)', file: 'test/eval/answers-probe-brindlecombe.jsonl', format: 'answers', withProtocol: 'test/eval/protocols/brindlecombe.txt' },
  // Written by cite8 (issue 12, clause hit@3) before any clause-ranking change, in its own wording: plain and messy
  // messages on the unmapped Brindlecombe protocol with the clauses a reply should cite; it then guided that round's
  // choices: a design set, not held out (docs/citations.md).
  { name: 'clause-probe (brindlecombe)', file: 'test/eval/clause-probe-brindlecombe.jsonl', format: 'messages', withProtocol: 'test/eval/protocols/brindlecombe.txt' },
  // Written by cite9 (issues 10/12, which clause first) before any change: a protocol of its own in another drafting style
  // (unnumbered capital headings, long compound paragraphs 1.–37., a "Town Manager" for the clerk, topics in another order)
  // and 42 messages with the clause that answers each; it then guided that round's choices: a design set (docs/citations.md).
  { name: 'clause-probe (foxleigh)', file: 'test/eval/clause-probe-foxleigh.jsonl', format: 'messages', withProtocol: 'test/eval/protocols/foxleigh.txt' },
  // Written by cite10 (issues 10/12, unmapped clause ranking) before any change, in its own wording: 34 plain and messy
  // messages on the unmapped Hollinsford protocol with the clause that answers each. A check: nothing was chosen on it (docs/citations.md).
  { name: 'clause-probe (hollinsford, check)', file: 'test/eval/clause-probe-hollinsford.jsonl', format: 'messages', withProtocol: 'test/eval/protocols/hollinsford.txt' },
  // Written by cite11 (issues 10/12, unmapped clause ranking) before any change, in its own wording: a protocol in three-level
  // numbering (1.1.1, one-sentence rules, numbered sub-headings), 36 messages to choose on (a design set) and 16 written with
  // them and never used to choose (a check) (docs/citations.md).
  { name: 'clause-probe (thornwick)', file: 'test/eval/clause-probe-thornwick.jsonl', format: 'messages', withProtocol: 'test/eval/protocols/thornwick.txt' },
  { name: 'clause-probe (thornwick, check)', file: 'test/eval/clause-probe-thornwick-check.jsonl', format: 'messages', withProtocol: 'test/eval/protocols/thornwick.txt' },
  // Written by cite13 (issue 12, a backstory pulling citations from the asking sentence) before any change, in its own wording:
  // 24 messages on Cottingham and Halstead whose story names other topics before the question, with the clauses that answer
  // the question (a design set), and 10 more written with them and never used to choose (a check) (docs/citations.md).
  { name: 'clause-probe (backstory)', file: 'test/eval/clause-probe-backstory.jsonl', format: 'messages' },
  { name: 'clause-probe (backstory, check)', file: 'test/eval/clause-probe-backstory-check.jsonl', format: 'messages' },
  // Written by cite15 before any change, in its own wording: two-topic questions on Halstead and Cottingham whose reading
  // has a close runner-up, labelled with the clause that answers: a design set (docs/citations.md, tenth session, cite15).
  { name: 'clause-probe (runner-up)', file: 'test/eval/clause-probe-runnerup.jsonl', format: 'messages' },
  // Written by cite15 with the design set, before any change, in the same style; its misses are never read: a check.
  { name: 'clause-probe (runner-up, check)', file: 'test/eval/clause-probe-runnerup-check.jsonl', format: 'messages' },
  // Written by messy31 (issues 10/12, 2026-12-02) before any change, in its own wording: messy messages (a backstory before
  // the question, pasted emails, two questions, slang, typos) on Halstead and Cottingham (mapped) and on the unmapped
  // Quenby, Kelsbrook and Pelsworth protocols, labelled with the clause(s) a reply should cite: a design set.
  { name: 'clause-probe (messy52)', file: 'test/eval/clause-probe-messy52.jsonl', format: 'messages', withProtocol: MESSY52_PROTOCOLS },
  // Written by messy31 with the design set, before any change, in the same styles; its misses are never read: a check.
  { name: 'clause-probe (messy52, check)', file: 'test/eval/clause-probe-messy52-check.jsonl', format: 'messages', withProtocol: MESSY52_PROTOCOLS },
  // Written in the third session of 2026-11-30 by a helper who read neither intents/, src/ nor any evaluation set: a new
  // protocol in a new style ("PART n – …", 1.1–10.4) and questions about it. Scored once, to decide whether to keep the
  // clause-topic prior of the fourth answer round (kept, docs/answers.md); nothing else was chosen on it.
  { name: 'wexcombe (unseen protocol)', file: 'test/eval/messages-wexcombe.jsonl', format: 'messages', withProtocol: 'test/eval/protocols/wexcombe.txt', heldOut: true },
  { name: 'answers (wexcombe)', file: 'test/eval/answers-wexcombe.jsonl', format: 'answers', withProtocol: 'test/eval/protocols/wexcombe.txt', heldOut: true },
  // Written by answers49 (issue 10) before any change, in its own wording: a parish council's protocol as Word publishes
  // one (headed sections, lettered definitions, a roles table turned to text, cross-references, a press appendix `A1`-`A4`)
  // and 42 questions a councillor, officer or clerk would type, not in the text's words: a design set (docs/answers.md).
  { name: 'answers (scarrowby, design)', file: 'data/answers/design/pairs-scarrowby-49.jsonl', format: 'answers', withProtocol: 'data/answers/design/scarrowby.txt' },
  // Written by answers49 with the design set, before any change: a town council's flat protocol with a title over each
  // rule, and 20 questions; scored before and after only, its misses never read: a check.
  { name: 'answers (hembleton, check)', file: 'data/answers/check/pairs-hembleton-49.jsonl', format: 'answers', withProtocol: 'data/answers/check/hembleton.txt', heldOut: true },
  // Written by answers51 (issue 10) before any change, in its own wording: a town council's code with titled clauses of
  // 4-6 sentences on related points (so the sentence matters), and 52 questions whose key sits in one sentence: a design set.
  { name: 'answers (dunmere, design)', file: 'data/answers/design/pairs-dunmere-51.jsonl', format: 'answers', withProtocol: 'data/answers/design/dunmere.txt' },
  // Written by answers51 with the design set, before any change: a parish protocol of one long clause per section, and
  // 21 questions; scored before and after only, its misses never read: a check.
  { name: 'answers (pollbridge, check)', file: 'data/answers/check/pairs-pollbridge-51.jsonl', format: 'answers', withProtocol: 'data/answers/check/pollbridge.txt', heldOut: true },
  // Written by answers52 (issue 10) before any change, in its own wording: a borough council's protocol as text copied out
  // of its PDF (lines wrapped at the page width, words hyphenated at line ends, a running header and a "Page n of m" footer
  // between pages, even mid-sentence), `PART n – …` headings over numbered subtitles (`3.2 Requests to Officers`) over
  // three-level clauses `3.2.1`, a definitions clause up front and long clauses covering several rules; 50 questions not
  // in the text's words: a design set (docs/answers.md).
  { name: 'answers (garthwaite, design)', file: 'data/answers/design/pairs-garthwaite-52.jsonl', format: 'answers', withProtocol: 'data/answers/design/garthwaite.txt' },
  // Written by answers52 with the design set, before any change: a town council's protocol copied out of a PDF, two-level
  // clauses under `Section n: …` headings, each a long paragraph of several rules, a footer with the page number; 22
  // questions, scored before and after only, its misses never read: a check.
  { name: 'answers (hallowmere, check)', file: 'data/answers/check/pairs-hallowmere-52.jsonl', format: 'answers', withProtocol: 'data/answers/check/hallowmere.txt', heldOut: true },
  // Written by answers61 with its check, before any change: a town council's protocol of 14 numbered sections (a definitions
  // list of (a)–(d), a Deputy Clerk, an RFO, a Staffing Committee and its Chair, times "within 10 working days"), 2,600 words;
  // 59 questions of who decides, who to tell, can I, how long, what happens if: a design set (docs/answers-round61.md).
  { name: 'answers (penhallow, design)', file: 'data/answers/design/pairs-penhallow-61.jsonl', format: 'answers', withProtocol: 'data/answers/design/penhallow.txt' },
  // Written by answers61 with the design set, before any change: a parish council's protocol of ten short sections, the Clerk
  // also the RFO, an Assistant Clerk and a Caretaker; 26 questions, scored before and after only, its misses never read: a check.
  { name: 'answers (yarncliffe, check)', file: 'data/answers/check/pairs-yarncliffe-61.jsonl', format: 'answers', withProtocol: 'data/answers/check/yarncliffe.txt', heldOut: true },
  // Written by answers65 with its check, before any change: a town council's protocol in `Part n – …` headings over
  // paragraphs 3.1, 3.2 (some with lettered sub-paragraphs (a)–(d)), an Assistant Town Clerk, a Finance Officer, a Community
  // Hall Manager, an Outdoor Services Team and a Personnel Committee; 58 questions of who decides, who to tell, can I, how
  // long, what happens if, how do I: a design set (docs/answers-round65.md).
  { name: 'answers (quillbury, design)', file: 'data/answers/design/pairs-quillbury-65.jsonl', format: 'answers', withProtocol: 'data/answers/design/quillbury.txt' },
  // Written by answers65 with the design set, before any change: a parish council's protocol of 30 flat numbered paragraphs
  // under headings, the Parish Clerk also the RFO, a Deputy Clerk, a Lengthsman and an HR Committee; 26 questions, scored
  // before and after only, its misses never read: a check.
  { name: 'answers (marshcombe, check)', file: 'data/answers/check/pairs-marshcombe-65.jsonl', format: 'answers', withProtocol: 'data/answers/check/marshcombe.txt', heldOut: true },
  // Written before the second round of answer work and kept apart from its tuning (docs/answers.md).
  { name: 'answers-holdout', file: 'test/eval/answers-holdout.jsonl', format: 'answers' },
  { name: 'dialogues-validation', file: 'test/eval/dialogues-validation.jsonl', format: 'dialogues' },
  { name: 'dialogues-holdout', file: 'test/eval/dialogues-holdout.jsonl', format: 'dialogues' },
  // Written by follow10 (thread follow-ups) before any change, in its own wording: follow-ups in styles the other dialogue
  // sets lack (one-word, typos and slang, corrections, answering the bot's offer, a new topic in a "what about …", complete
  // questions on a neighbouring topic, pointing back two turns, backstory openers); probe-1 guided that round's choices
  // (a design set; pa41-pa56 were added after the first changes), probe-2 was written with pa01-pa40 and only scored
  // before and after (a check). Intents only (docs/conversation.md).
  { name: 'dialogues-probe-1', file: 'test/eval/dialogues-probe-1.jsonl', format: 'dialogues' },
  { name: 'dialogues-probe-2 (check)', file: 'test/eval/dialogues-probe-2.jsonl', format: 'dialogues' },
  // Written by follow11 (thread follow-ups) before any change, in its own wording: styles the earlier dialogue sets lack
  // (an acknowledgement before the follow-up: "thanks - and …", "fair enough. …", "got it. …"; "also …" / "one more thing";
  // asking about the answer itself: "where does it say that?", "tell me more", "explain that in plain English"; a pronoun
  // turning to a neighbouring topic: "would that count as a breach?"; backstory and statements as follow-ups; "so I can't …?"
  // conclusions; "what counts as urgent?", "is there a form?", "by when?"). probe-3 guided that round's choices (a design
  // set; pc31-pc44 were added after the first changes); probe-4 was written with pc01-pc30, before any change, and only
  // scored (a check). Intents only (docs/conversation.md).
  { name: 'dialogues-probe-3', file: 'test/eval/dialogues-probe-3.jsonl', format: 'dialogues' },
  { name: 'dialogues-probe-4 (check)', file: 'test/eval/dialogues-probe-4.jsonl', format: 'dialogues' },
  // Written by follow12 (thread follow-ups) before any change, in its own wording: "oh and …" / "one more thing"; first-person
  // statements that add context mid-thread ("I've already asked him twice"); short definite questions ("what's the time
  // limit?", "who's the right person?"); negative and tag questions ("isn't that a breach?", "I can still speak, can't I?");
  // "say …, then what?" / "suppose …"; "does it matter / make a difference if …"; unpunctuated dictation. probe-5 guided
  // that round's choices (a design set); probe-6 was written with it, before any change, and only scored (a check).
  { name: 'dialogues-probe-5', file: 'test/eval/dialogues-probe-5.jsonl', format: 'dialogues' },
  { name: 'dialogues-probe-6 (check)', file: 'test/eval/dialogues-probe-6.jsonl', format: 'dialogues' },
  // Written by follow12 after its first changes, to see what they cost: off-topic turns mid-thread that should stay out of
  // scope ("I've been to the dentist this morning", "doesn't the football start at eight?", "what's the wifi password?").
  // Two changes were narrowed on it (docs/conversation.md).
  { name: 'dialogues-probe-7 (off-topic mid-thread)', file: 'test/eval/dialogues-probe-7.jsonl', format: 'dialogues' },
  // follow13's design set (the asker's role changed, a different council body named, the bot corrected) and its check.
  { name: 'dialogues-probe-8', file: 'test/eval/dialogues-probe-8.jsonl', format: 'dialogues' },
  { name: 'dialogues-probe-9 (check)', file: 'test/eval/dialogues-probe-9.jsonl', format: 'dialogues' },
  // follow14's design set ("you said …", another point of view, hypotheticals, a condition that moves the topic) and its check.
  { name: 'dialogues-probe-10', file: 'test/eval/dialogues-probe-10.jsonl', format: 'dialogues' },
  { name: 'dialogues-probe-11 (check)', file: 'test/eval/dialogues-probe-11.jsonl', format: 'dialogues' },
  // follow15's design set (a side named without "point of view": "speaking for the officers' side", "in her shoes") and its check.
  { name: 'dialogues-probe-12', file: 'test/eval/dialogues-probe-12.jsonl', format: 'dialogues' },
  { name: 'dialogues-probe-13 (check)', file: 'test/eval/dialogues-probe-13.jsonl', format: 'dialogues' },
  // follow16's design set (a vague first turn, then a follow-up that says plainly what it asks) and its check.
  { name: 'dialogues-probe-14', file: 'test/eval/dialogues-probe-14.jsonl', format: 'dialogues' },
  { name: 'dialogues-probe-15 (check)', file: 'test/eval/dialogues-probe-15.jsonl', format: 'dialogues' },
  // follow17's design set (a follow-up naming only someone or somewhere else after an out-of-scope or unsure turn) and its check.
  { name: 'dialogues-probe-16', file: 'test/eval/dialogues-probe-16.jsonl', format: 'dialogues' },
  { name: 'dialogues-probe-17 (check)', file: 'test/eval/dialogues-probe-17.jsonl', format: 'dialogues' },
  // follow18's design set (a follow-up to a first turn the bot was unsure of, worded unusually) and its check, both written before any change.
  { name: 'dialogues-probe-18', file: 'test/eval/dialogues-probe-18.jsonl', format: 'dialogues' },
  { name: 'dialogues-probe-19 (check)', file: 'test/eval/dialogues-probe-19.jsonl', format: 'dialogues' },
  // follow18's second design set (a thing or a place carried on after a question the protocol does not cover) and its check, written before that change.
  { name: 'dialogues-probe-20', file: 'test/eval/dialogues-probe-20.jsonl', format: 'dialogues' },
  { name: 'dialogues-probe-21 (check)', file: 'test/eval/dialogues-probe-21.jsonl', format: 'dialogues' },
  // follow19's design set (a follow-up that clarifies after a first reading the bot was unsure of or got wrong) and its check, written before any change.
  { name: 'dialogues-probe-22', file: 'test/eval/dialogues-probe-22.jsonl', format: 'dialogues' },
  { name: 'dialogues-probe-23 (check)', file: 'test/eval/dialogues-probe-23.jsonl', format: 'dialogues' },
  // follow21's design set (a follow-up that points back to the thread's thing but asks a question of its own, and true
  // follow-ups of the same shape that stay) and its check, both written before any change.
  { name: 'dialogues-probe-24', file: 'test/eval/dialogues-probe-24.jsonl', format: 'dialogues' },
  { name: 'dialogues-probe-25 (check)', file: 'test/eval/dialogues-probe-25.jsonl', format: 'dialogues' },
  // follow22's design set (2026-12-02, written by follow22 before any change: follow-ups that point back with a pronoun and
  // carry on the thread's topic, and ones of the same shape that ask another topic's question) and its check, written at
  // the same time in other words, scored before and after only.
  { name: 'dialogues-probe-26', file: 'test/eval/dialogues-probe-26.jsonl', format: 'dialogues' },
  { name: 'dialogues-probe-27 (check)', file: 'test/eval/dialogues-probe-27.jsonl', format: 'dialogues' },
  // follow23's design set (2026-12-02, written by follow23 before any change: "it"/"that"/"this" follow-ups that lean on the
  // thread and "it" follow-ups that start a topic of their own, ellipsis, a role change, corrections, thanks mid-thread; clause
  // labels where the protocol's text settles them) and its check, written at the same time in other words, scored before and after only.
  { name: 'dialogues-probe-28 (design)', file: 'test/eval/dialogues-probe-28.jsonl', format: 'dialogues' },
  { name: 'dialogues-probe-29 (check)', file: 'test/eval/dialogues-probe-29.jsonl', format: 'dialogues' },
  // follow24's design set (2026-12-02, written by follow24 before any change: threads ending in a follow-up that asks for someone or
  // something other than what was just quoted, "instead", "someone else", "other than her", "if not the clerk") and its check,
  // written at the same time in other words, scored before and after only.
  { name: 'dialogues-probe-30 (design)', file: 'test/eval/dialogues-probe-30.jsonl', format: 'dialogues' },
  { name: 'dialogues-probe-31 (check)', file: 'test/eval/dialogues-probe-31.jsonl', format: 'dialogues' },
  // follow25's design set (2026-12-02, written by follow25 before any change: "instead / anyone else" asked two turns after the
  // first answer, "other than her" / "not him", a new councillor asking what they may ask of the Clerk, follow-ups that change
  // only the asker's side, the time, or ask what happens if not; clause labels where the text settles them) and its check,
  // written at the same time in other words, scored before and after only.
  { name: 'dialogues-probe-32 (design)', file: 'test/eval/dialogues-probe-32.jsonl', format: 'dialogues' },
  { name: 'dialogues-probe-33 (check)', file: 'test/eval/dialogues-probe-33.jsonl', format: 'dialogues' },
  // follow26's design set (2026-12-02, written by follow26 before any change: bare short follow-ups after an answer asking for
  // someone or something else, "anybody else?", "no one else?", "what else then?", "and otherwise?", "any other way?", and a
  // greeting or thanks that must stay one) and its check, written at the same time in other words, scored before and after only.
  { name: 'dialogues-probe-34 (design)', file: 'test/eval/dialogues-probe-34.jsonl', format: 'dialogues' },
  { name: 'dialogues-probe-35 (check)', file: 'test/eval/dialogues-probe-35.jsonl', format: 'dialogues' },
  // follow27's design set (2026-12-02, written by follow27 before any change: a turn after "and if I'm an officer?" asked in that
  // capacity, "what else can I do then?" / "anything else I can do?" after an answer, and time follow-ups, "how long does
  // that take?", "by when?") and its check, written at the same time in other words, scored before and after only.
  { name: 'dialogues-probe-36 (design)', file: 'test/eval/dialogues-probe-36.jsonl', format: 'dialogues' },
  { name: 'dialogues-probe-37 (check)', file: 'test/eval/dialogues-probe-37.jsonl', format: 'dialogues' },
  // follow28's design set (2026-12-02, written by follow28 before any change: a follow-up that names a matter of its own after
  // "and if …", "and if a councillor bullies me, what then?" after a thread on expectations, short follow-ups that must stay on
  // the thread, "and for officers?", "what if she says no?", and "what else can I do?" where the protocol has one route) and its
  // check, written at the same time in other words, scored before and after only.
  { name: 'dialogues-probe-38 (design)', file: 'test/eval/dialogues-probe-38.jsonl', format: 'dialogues' },
  { name: 'dialogues-probe-39 (check)', file: 'test/eval/dialogues-probe-39.jsonl', format: 'dialogues' },
  // follow29's design set (2026-12-02, written by follow29 before any change: threads of 3-4 turns with short follow-ups,
  // "what about officers?", "and if it's urgent?", "who decides then?", "same for the vice-chairman?", pronouns ("can she be
  // disciplined for it?"), a follow-up that changes the party, one that is a new question of its own and one out of scope) and
  // its check, written at the same time in other words, scored before and after only.
  { name: 'dialogues-probe-40 (design)', file: 'test/eval/dialogues-probe-40.jsonl', format: 'dialogues' },
  { name: 'dialogues-probe-41 (check)', file: 'test/eval/dialogues-probe-41.jsonl', format: 'dialogues' },
  // follow30's design set (2026-12-02, written by follow30 before any change: threads of 3-4 turns whose follow-ups change
  // the party, whom the thread is about ("and if it's the mayor I want to complain about?", "what if it's a fellow councillor
  // who swore at me?", "same if the clerk does it?"), who asks ("and if an officer wants to complain about me?"), the chair,
  // vice-chair, deputy mayor, group leader and a member of staff, with pronouns; and some that must keep their topic
  // ("what if it's a fellow councillor I'm criticising?", "what if it's the chairman's son instead?") and its check, written
  // at the same time in other words, scored before and after only.
  { name: 'dialogues-probe-42 (design)', file: 'test/eval/dialogues-probe-42.jsonl', format: 'dialogues' },
  { name: 'dialogues-probe-43 (check)', file: 'test/eval/dialogues-probe-43.jsonl', format: 'dialogues' },
  // follow31's design set (2026-12-02, written by follow31 before any change: threads of 3 turns whose follow-ups ask who
  // decides, approves or pays, "who pays if it gets damaged?", "who approves the spending in the end?", "who decides whether
  // it's dealt with formally?", after a loan of equipment, a document, a complaint, an agenda item, a course or an event;
  // and a condition that names a new harm by someone, "and if the receptionist hangs up on me when I ring to chase it?")
  // and its check, written at the same time in other words, scored before and after only.
  { name: 'dialogues-probe-44 (design)', file: 'test/eval/dialogues-probe-44.jsonl', format: 'dialogues' },
  { name: 'dialogues-probe-45 (check)', file: 'test/eval/dialogues-probe-45.jsonl', format: 'dialogues' },
  // Follow-ups, round 32: who decides, approves or rules on the thread's matter, and whether that decision stands ("is that
  // her final word?", "can her ruling be challenged?", "who okays it?", "who has to approve what I tell them?") after a
  // refused document, a press enquiry, a room booking, an interest, a complaint; threads on the agenda that must stay on it;
  // and its check, written at the same time in other words, scored before and after only.
  { name: 'dialogues-probe-46 (design)', file: 'test/eval/dialogues-probe-46.jsonl', format: 'dialogues' },
  { name: 'dialogues-probe-47 (check)', file: 'test/eval/dialogues-probe-47.jsonl', format: 'dialogues' },
  // Written apart from the design work and never used to choose anything (test/eval/blind/README.md).
  { name: 'blind messy', file: 'test/eval/blind/messy.jsonl', format: 'messages', heldOut: true },
  { name: 'blind answers', file: 'test/eval/blind/answers.jsonl', format: 'answers', heldOut: true },
  { name: 'blind answers (ashdown)', file: 'test/eval/blind/answers-ashdown.jsonl', format: 'answers', withProtocol: 'test/eval/protocols/ashdown.txt', heldOut: true },
  { name: 'blind dialogues', file: 'test/eval/blind/dialogues.jsonl', format: 'dialogues', heldOut: true },
];

/** The protocol files a set adds in memory (none, one or several). */
export const protocolFilesOf = (set: Pick<EvalSet, 'withProtocol'>): readonly string[] =>
  set.withProtocol === undefined ? [] : typeof set.withProtocol === 'string' ? [set.withProtocol] : set.withProtocol;

export const resolveInProject = (file: string): string => (path.isAbsolute(file) ? file : path.join(PROJECT_ROOT, file));
