import path from 'node:path';
import { Assistant } from '../../src/assistant/assistant';
import { canonicalWords, contentStems } from '../../src/nlu/normalize';
import { DEFAULT_FEATURE_OPTIONS, featureParts } from '../../src/nlu/features';
import { questionWeight, withoutProtocolFrame } from '../../src/nlu/engine';
import { findQuestion, separateQuestions } from '../../src/nlu/question';
import { judgeScope, ScopeModel, outOfScopeReason, runnersUp, SCOPE_THRESHOLDS } from '../../src/nlu/scope';
import { EVERYDAY_BACKSTORY, withEverydayBackstory } from '../../src/nlu/augment';
import { SpellingCorrector } from '../../src/nlu/spelling';
import { ProtocolLibrary } from '../../src/protocols/library';
import { MODEL_CACHE_DIR } from '../support/model';

const root = path.join(__dirname, '../..');

describe('the words councils use', () => {
  test.each([
    ['cllr', 'councillor'],
    ['SO\'s', 'standing orders'],
    ['FB', 'facebook'],
    ['shld', 'should'],
    ['the TC', 'the town clerk officer'],
    ['the TC meeting', 'the town council meeting'],
    ['organised', 'organized'],
    ['behaviour', 'behavior'],
    ['complant', 'complaint'],
    // clipped words the vowel-dropping reader of spelling.ts misread (committees, survey, turning)
    ['comms', 'communications'],
    ['sry', 'sorry'],
    ['trng', 'training'],
    ['the dep clerk', 'the deputy clerk officer'],
    // colloquial words and phrases, read as the words the examples use
    ['slagging off the clerk', 'criticising off the clerk officer'],
    ['she keeps stonewalling me', 'she keeps ignoring me'],
    ['keep it hush-hush', 'keep it confidential'],
    ['my hubby', 'my husband'],
    ['the Tory group', 'the tory party group'],
    // a story's date: every day the same everyday word
    ['on Thursday', 'on weekday'],
    ['rang me Weds', 'rang me weekday'],
  ])('%s reads as %s', (written, read) => {
    expect(canonicalWords(written).join(' ')).toBe(read);
  });

  test('chat fillers say nothing about the topic and are dropped; clipped slang reads as the word', () => {
    expect(canonicalWords('tbh lol the clerk ngl')).toEqual(['the', 'clerk', 'officer']);
    expect(contentStems('soz, dunno if im gonna make it')).toEqual(contentStems('sorry, do not know if i am going to make it'));
  });

  test('a word that names an Object property is just a word', () => {
    expect(canonicalWords('constructor toString __proto__ hasOwnProperty')).toEqual(['constructor', 'tostring', 'proto', 'hasownproperty']);
    expect(contentStems('Who pays the constructor?')).toEqual(['pai', 'constructor']);
  });
});

describe('finding the question in a message', () => {
  test('backstory is kept apart from the sentence that asks', () => {
    const parts = findQuestion('We had a long meeting last night. The clerk was there. Can I ask her for the budget papers?');
    expect(parts.asking).toEqual(['Can I ask her for the budget papers?']);
    expect(parts.backstory).toHaveLength(2);
    expect(parts.hasContext).toBe(true);
  });

  test('"the actual question" points at the question', () => {
    const parts = findQuestion('Lots going on with the hall. The actual question: who signs the letters to the hirers');
    expect(parts.pointedAt).toBe('who signs the letters to the hirers');
    expect(parts.asking).toContain('who signs the letters to the hirers');
  });

  test('quoted email lines, "On … wrote:" replies and forwarded headers are evidence, not the question', () => {
    const reply = findQuestion('Is he allowed to ask this?\n\nOn Mon, 3 Feb, Cllr Smith wrote:\n> Can you send me the staff sickness records?');
    expect(reply.asking).toEqual(['Is he allowed to ask this?']);
    expect(reply.quoted).toEqual(['Can you send me the staff sickness records?']);

    const bottom = findQuestion('From: Cllr Peters\nSubject: Bench\nGet the handyman to move the bench by Friday.\nThanks\n\nCan he tell me to do that? I am the clerk.\n');
    expect(bottom.asking).toEqual(['Can he tell me to do that?']);
    expect(bottom.backstory).toEqual(['I am the clerk.']);
    expect(bottom.quoted).toEqual(['Get the handyman to move the bench by Friday.', 'Thanks']);

    const forwarded = findQuestion('What do I do?\n---------- Forwarded message ---------\nFrom: a resident\nSubject: hedge\nWhy has nobody cut the hedge?');
    expect(forwarded.asking).toEqual(['What do I do?']);
    expect(forwarded.quoted).toEqual(['Why has nobody cut the hedge?']);
  });

  test('a long passage in quotation marks is what someone else said', () => {
    const parts = findQuestion('A member wrote "please keep this between us and do not tell the others" - can I?');
    expect(parts.quoted).toEqual(['please keep this between us and do not tell the others']);
  });

  test('words that only hand over a pasted message are not part of the question', () => {
    const inline = findQuestion('Got this from a cllr: "Could you draft my reply to the resident about the bus shelter for me?" Am I ok to do that?');
    expect(inline.asking).toEqual(['Am I ok to do that?']);
    expect(inline.framing).toEqual(['Got this from a cllr:']);

    const below = findQuestion('> Could you book the hall for my birthday party at the staff rate?\nA member sent me that. Is it allowed?');
    expect(below.asking).toEqual(['Is it allowed?']);
    expect(below.backstory).toEqual([]);

    // Without pasted text there is nothing handed over: the sentence is the story.
    expect(findQuestion('Got this from a cllr this morning, can you tell me if it is OK?').framing).toEqual([]);
  });

  test('a verb before its subject asks only where a clause opens', () => {
    expect(findQuestion('The rumour in the office is that the budget is late. Can I see the draft?').asking).toEqual(['Can I see the draft?']);
    expect(findQuestion('I have read it all, but can we ask for the minutes').asking).toEqual(['I have read it all, but can we ask for the minutes']);
  });

  test('two questions are separated; a short follow-on stays with its question', () => {
    expect(separateQuestions(findQuestion('Can I see the tender papers? Also when are the bins collected?'))).toHaveLength(2);
    expect(separateQuestions(findQuestion('Can I see the tender papers? or not?'))).toHaveLength(0);
    // An asking phrase alone asks about the question before it; a message that asks nothing is one question.
    expect(separateQuestions(findQuestion('Will the meeting still go ahead if four of us are away? need to know numbers'))).toHaveLength(0);
    expect(separateQuestions(findQuestion('The paper keeps ringing our assistant about the planning row. She wants guidance on what she can say.'))).toHaveLength(0);
  });
});

describe('"does the protocol cover…" names the protocol, not the topic', () => {
  test.each([
    ['Does the protocol say anything about councillors parking in the staff bays?', 'councillors parking in the staff bays?'],
    ['what does our protocol say re members using the office photocopier', 'members using the office photocopier'],
    ['Is there anything in the protocol about councillors ringing staff at home?', 'councillors ringing staff at home?'],
    ["whats the rule on members using the office kettle", 'members using the office kettle'],
  ])('"%s" is read as what follows', (text, topic) => {
    expect(withoutProtocolFrame(text)).toBe(topic);
  });

  test('a question about the protocol itself keeps its words', () => {
    expect(withoutProtocolFrame('Does the protocol cover every situation?')).toBe('Does the protocol cover every situation?');
    expect(withoutProtocolFrame('The clerk said no. What does our protocol say?')).toBe('The clerk said no. What does our protocol say?');
  });
});

describe('how much the asking sentence counts against its story', () => {
  test('a question without topic words of its own leans on its story', () => {
    expect(questionWeight(['Is there anything in the protocol about this?'])).toBeLessThan(0.1);
    expect(questionWeight(['Should I be telling him anything?'])).toBeLessThan(0.1);
  });

  test('a question with topic words of its own counts for more', () => {
    expect(questionWeight(['Can I see the tender papers for the pavilion?'])).toBeGreaterThan(0.5);
  });

  test('a short question after a story that says what it is about counts for less than the same question alone', () => {
    const question = ['Can I still see the papers?'];
    const story = ['My brother-in-law has put in a bid for the allotment land the council is selling.'];
    expect(questionWeight(question, story)).toBeLessThan(questionWeight(question));
    // A word or two before the question does not say what the message is about: the question keeps its weight.
    expect(questionWeight(question, ['Quick one.'])).toBe(questionWeight(question));
  });
});

describe('who a complaint is about', () => {
  test.each([
    ['a complaint about how a cllr treated the caretaker', 'councillor'],
    ['unhappy with the way the clerk spoke to me', 'clerk'],
    ['worried about the behaviour of a member', 'councillor'],
  ])('"%s" points at the %s, past the words that say how', (text, person) => {
    expect(featureParts(text, undefined, DEFAULT_FEATURE_OPTIONS).pointing.map(([, to]) => to)).toContain(person);
  });
});

describe('spelling', () => {
  const corrector = new SpellingCorrector(['a complaint about a complaint', 'the election of the election', 'headed paper headed paper', 'the library and the library']);

  test('a typo becomes the example word one edit away', () => {
    expect(corrector.correct('the libary')).toBe('the library');
    expect(corrector.correct('my complant')).toBe('my complaint');
  });

  test('text-speak that drops vowels reads as the example word it abbreviates; acronyms, fillers and known words stay', () => {
    const speak = new SpellingCorrector(['the leader and the leader and the leader', 'an officer, an officer, an officer', 'send it, send it, send it', 'the debts and debts and debts']);
    expect(speak.correct('grp ldr wants an offcr there, snd it')).toBe('grp leader wants an officer there, send it');
    expect(speak.correct('a DBS check, tbh')).toBe('a DBS check, tbh');
  });

  test('a real English word is left alone, even one edit from an example word', () => {
    expect(corrector.correct('a heated meeting about the selection of a compliant bidder')).toBe('a heated meeting about the selection of a compliant bidder');
  });
});

describe('scope signals', () => {
  const model = new ScopeModel([
    { text: 'Can I see the tender documents for the pavilion?', label: 'document_access' },
    { text: 'when are the bins collected on my street', label: 'out_of_scope' },
    { text: 'the councillor wants to read the committee papers', label: 'document_access' },
  ]);

  test('key-mashing and runs of one letter are gibberish; words are not', () => {
    expect(outOfScopeReason({ label: 'document_access', confidence: 0.9 }, model.signals('asdfghjkl qwrtp', 'document_access'), true)).toBe('gibberish');
    expect(outOfScopeReason({ label: 'document_access', confidence: 0.9 }, model.signals('rrrrr', 'document_access'), true)).toBe('gibberish');
    expect(outOfScopeReason({ label: 'document_access', confidence: 0.9 }, model.signals('can I see the tender documents', 'document_access'), true)).toBeUndefined();
  });

  test('a three-letter abbreviation alone is not taken for a word, though normalize reads it as one; key-mashing is gibberish', () => {
    const hours = new ScopeModel([{ text: 'how many hours before the meeting', label: 'response_times' }]);
    const sure = { label: 'response_times', confidence: 0.9 };
    // "hrs" reads as "hours" (normalize.ts); a word of four letters or more read so counts as a word (see the end-to-end cases).
    expect(outOfScopeReason(sure, hours.signals('hrs', sure.label), true)).toBe('gibberish');
    expect(outOfScopeReason(sure, hours.signals('asdfghjkl', sure.label), true)).toBe('gibberish');
  });

  test('a message with no letters, or of words no example uses, is out of scope', () => {
    expect(outOfScopeReason({ label: 'greeting', confidence: 0.9 }, model.signals('👍 🎉', 'greeting'), false)).toBe('no_words');
    expect(model.signals('zebra crossing paint', 'document_access').unknownShare).toBe(1);
  });

  test('a typo one edit from an example word is not an unknown word', () => {
    expect(model.signals('the councillor wants the tendr documents', 'document_access').unknownShare).toBe(0);
    // A single word is not taken for a typo: a lone unrelated word stays unknown.
    expect(model.signals('tendr', 'document_access').unknownShare).toBe(1);
  });

  test('names and other words no example uses leave the coverage to the words the examples know', () => {
    expect(model.signals('Pemberton wants the Hollinsworth committee papers', 'document_access').coverage).toBe(1);
    expect(model.signals('Pemberton wants the Hollinsworth committee papers', 'document_access').unknownShare).toBeGreaterThan(0);
  });

  test('a weak reading whose intent explains little of the message is out of scope', () => {
    const signals = model.signals('the pavilion roof contractor zebra', 'document_access');
    expect(outOfScopeReason({ label: 'document_access', confidence: SCOPE_THRESHOLDS.coverageConfidence - 0.05 }, { ...signals, coverage: 0, unknownShare: 0 }, true)).toBe('unexplained');
    expect(outOfScopeReason({ label: 'document_access', confidence: 0.95 }, { ...signals, coverage: 0, unknownShare: 0 }, true)).toBeUndefined();
  });
});

describe('a messy message the runner-up intent explains', () => {
  const model = new ScopeModel([
    { text: 'is it ok to slag off the clerk on facebook', label: 'respect_and_courtesy' },
    { text: 'my cousin works in the office, do I tell anyone', label: 'personal_relationships' },
    { text: 'when are the bins collected on my street', label: 'out_of_scope' },
  ]);
  const isTopic = (label: string) => label !== 'out_of_scope';
  const text = 'people slag off the clerk on facebook, ok?';

  test('is not out of scope when the top intent alone explains little of it', () => {
    const weak = { label: 'personal_relationships', confidence: 0.3 };
    const others = runnersUp([weak, { label: 'respect_and_courtesy', probability: 0.2 }, { label: 'out_of_scope', probability: 0.1 }] as never, isTopic);
    expect(others).toEqual(['respect_and_courtesy']);
    const topOnly = model.signals(text, weak.label);
    expect(outOfScopeReason(weak, topOnly, true)).toBe('unexplained');
    expect(outOfScopeReason(weak, model.signals(text, weak.label, others), true)).toBeUndefined();
    expect(outOfScopeReason(weak, model.signals(text, weak.label, others), true, { ...SCOPE_THRESHOLDS, coverageRanks: 1 })).toBe('unexplained');
  });

  test('a weak out-of-scope reading yields to a topic close behind it that explains the message', () => {
    const signals = { ...model.signals(text, 'out_of_scope', ['respect_and_courtesy']) };
    const weak = { label: 'out_of_scope', confidence: 0.25 };
    const close = { label: 'respect_and_courtesy', confidence: 0.2 };
    expect(judgeScope(weak, close, signals, isTopic)).toEqual({ label: 'respect_and_courtesy', confidence: 0.2 });
    // Not when out of scope is sure of itself, the topic is far behind, or its words do not explain the message.
    expect(judgeScope({ ...weak, confidence: 0.6 }, close, signals, isTopic).reason).toBe('classified');
    expect(judgeScope(weak, { ...close, confidence: 0.05 }, signals, isTopic).reason).toBe('classified');
    expect(judgeScope(weak, close, { ...signals, runnerUpCoverage: [0.1] }, isTopic).reason).toBe('classified');
    expect(judgeScope(weak, close, signals, isTopic, { ...SCOPE_THRESHOLDS, weakOutOfScope: 0 }).reason).toBe('classified');
  });

  test('a topic that overtakes a weak out-of-scope reading is still checked for gibberish', () => {
    const signals = model.signals('asdfghjkl qwrtp zxcvb', 'out_of_scope', ['respect_and_courtesy']);
    expect(judgeScope({ label: 'out_of_scope', confidence: 0.25 }, { label: 'respect_and_courtesy', confidence: 0.2 }, { ...signals, runnerUpCoverage: [1] }, isTopic).reason).toBe('gibberish');
  });

  test('only topic intents among the next two count as runners-up', () => {
    const ranked = [{ label: 'a' }, { label: 'out_of_scope' }, { label: 'b' }, { label: 'c' }];
    expect(runnersUp(ranked, isTopic)).toEqual(['b']);
  });
});

describe('everyday backstory is not a topic', () => {
  const items = [
    ...['a', 'b', 'c', 'd'].map((x) => ({ text: `topic question ${x}`, label: 'documents' })),
    ...['a', 'b'].map((x) => ({ text: `bins question ${x}`, label: 'out_of_scope' })),
  ];
  const copies = (every?: number) => withEverydayBackstory(items, (label) => label !== 'out_of_scope', every).slice(items.length);

  test('every second topic example is also trained with a backstory sentence before it; out-of-scope ones are not', () => {
    expect(copies().map((c) => c.label)).toEqual(['documents', 'documents']);
    for (const copy of copies()) expect(EVERYDAY_BACKSTORY.some((story) => copy.text === `${story} topic question ${copy.text.slice(-1)}`)).toBe(true);
    expect(copies(1)).toHaveLength(4);
  });

  test('the copies are the same each time, so the compiled model cache still matches', () => {
    expect(copies()).toEqual(copies());
  });

  test('no backstory sentence carries a topic word of an intent', () => {
    const topicWords = contentStems('councillor officer clerk chair committee protocol complain agenda document confidential press letter contract declare interest staff');
    for (const story of EVERYDAY_BACKSTORY) expect(contentStems(story).filter((s) => topicWords.includes(s))).toEqual([]);
  });
});

describe('messages as people write them, end to end', () => {
  const library = ProtocolLibrary.load(path.join(root, 'data/protocols'));
  const assistant = Assistant.create({ config: { COUNCIL: 'flitwick', INTENTS_DIR: path.join(root, 'intents'), MODEL_CACHE_DIR }, library });
  const asker = { id: 'test', name: 'Jo', role: 'councillor' as const };

  test.each(['banana', 'How many councillors do we need to be quorate?', 'how do I get the council email on my new phone'])('"%s" is out of scope, with the offer to pass it to the Clerk', (text) => {
    const reply = assistant.answer(text, asker);
    expect(reply.intent).toBe('out_of_scope');
    expect(reply.clauses).toEqual([]);
    expect(reply.actions.map((a) => a.kind)).toContain('question');
  });

  test.each([
    ['agnda', 'decisions_and_agendas'],
    ['cmtee', 'chairs_and_committees'],
  ])('"%s", a misspelling normalize reads as a word the examples use, is read as that word, not as gibberish', (text, intent) => {
    expect(assistant.answer(text, asker).intent).toBe(intent);
  });

  test.each(['asdfghjkl', '🤷'])('"%s" is out of scope and asks nothing: no question to pass to the Clerk', (text) => {
    const reply = assistant.answer(text, asker);
    expect(reply.intent).toBe('out_of_scope');
    expect(reply.clauses).toEqual([]);
    expect(reply.actions).toEqual([]);
    expect(reply.summary).toMatch(/didn't catch a question/);
  });

  test("a resident's complaint about a council service is out of scope, not a complaint about a councillor or officer", () => {
    const reply = assistant.answer('A resident says our grass-cutting contractor scratched his car on Monday. Who handles that?', { ...asker, role: 'officer' });
    expect(reply.intent).toBe('out_of_scope');
  });

  test('the question after a backstory decides the topic', () => {
    const reply = assistant.answer(
      'The summer fair was great and loads of residents came. The weather held too. Anyway, can I tell the groundsman myself to mow the field before the next one?',
      asker,
    );
    expect(reply.intent).toBe('instructing_officers');
  });

  test('two questions: a covered one is answered even when the one the protocol does not cover has most of the words', () => {
    const reply = assistant.answer(
      'What time does the recycling centre open on bank holidays, my neighbour wants to know, she has got a load of garden waste? Oh and can I ask the office to chase it for her?',
      asker,
    );
    expect(reply.intent).not.toBe('out_of_scope');
    expect(reply.notice).toMatch(/You also asked: "What time does the recycling centre open/);
  });

  test('a story full of names and places is not "not covered" for its names', () => {
    const reply = assistant.answer(
      'Our clerk Norma retired in July and we have had an interim, Rajesh, since. Cllr Doherty wants Rajesh gone and his mate Colin, a retired bank manager, put in without an interview. Can he push that?',
      { ...asker, role: 'officer' },
    );
    expect(reply.intent).not.toBe('out_of_scope');
  });

  test('"what should I do with this?" above a pasted email asks about the email, not about the bot', () => {
    const reply = assistant.answer("What should I do with this?\n\nOn Tue, 4 Mar, Cllr Webb wrote:\n> Can you send me the bank details of all our suppliers?", { ...asker, role: 'officer' });
    expect(['help', 'greeting', 'thanks']).not.toContain(reply.intent);
  });

  test('two questions: the protocol one is answered, the other named as not covered', () => {
    const reply = assistant.answer('Can I see the tender documents for the pavilion? Also when are the bins collected?', asker);
    expect(reply.intent).toBe('document_access');
    expect(reply.notice).toMatch(/You also asked: "when are the bins collected"\. Flitwick Town Council's protocol doesn't cover that/);
  });
});
