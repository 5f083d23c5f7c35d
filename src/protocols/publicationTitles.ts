import type { Clause } from './parse';

/**
 * The council's own names for its newsletter or its local paper, read from its protocol's text: "the Mossgate
 * Messenger", "the Westerleigh Crier", "the Tidewell Gazette". A question naming one ("Can I write a piece for the
 * Mossgate Messenger?") holds no word the classifier knows as the press, and such questions went to document access,
 * agendas or out of scope; the protocol itself says the name is a publication, so the message can read it as one
 * (`readPublicationTitles` in src/nlu).
 *
 * A name is trusted only when both hold, since a capitalised name in a protocol is as often a place or a body:
 * - it ends in a word newspapers and newsletters are called by (Messenger, Gazette, Chronicle, Crier, Herald…);
 * - the sentence naming it speaks of the press or publicity (press, newspaper, newsletter, magazine, media, radio…).
 */

/** Words a newspaper's or newsletter's title ends in. */
const PERIODICAL = String.raw`(?:Messenger|Crier|Chronicle|Gazette|Herald|Times|News|Echo|Courier|Advertiser|Bulletin|Mercury|Observer|Journal|Express|Recorder|Argus|Clarion|Newsletter|Magazine)`;

/** Periodical words distinct enough to stand for the title alone ("the Crier"); "the news" or "the times" would not. */
const SHORT_FORM = /^(?:messenger|crier|chronicle|gazette|herald|courier|advertiser|mercury|observer|argus|clarion)$/;

/** "the" and a name of up to three capitalised words, the last a periodical word ending the name ("the Clarion Hall" is a place). */
const PUBLICATION = new RegExp(String.raw`\bthe ((?:[A-Z][a-z]+ ){0,2}${PERIODICAL})\b(?! [A-Z])`, 'g');

/** A sentence about the press or the council's publicity. */
const ABOUT_THE_PRESS = /\b(?:press|newspapers?|newsletters?|magazines?|media|radio|broadcasters?|reporters?|journalists?|publications?|publicity)\b/i;

/** Councillors' side and bodies, never a publication ("the Town Council Leader"). */
const NOT_A_PUBLICATION = /\b(?:Council|Councillors?|Members?|Chair|Mayor|Committee|Board|Panel|Group|Clerk|Officer)\b/;

/**
 * The publication titles a protocol's text names, lower-cased, longest first: each full title ("westerleigh crier")
 * and the short form the text or a reader may use ("the crier"); none when it names none.
 */
export function publicationTitles(clauses: readonly Pick<Clause, 'text'>[]): string[] {
  const titles = new Set<string>();
  for (const { text } of clauses) {
    for (const sentence of text.split(/(?<=[.;:])\s+/)) {
      if (!ABOUT_THE_PRESS.test(sentence)) continue;
      for (const m of sentence.matchAll(PUBLICATION)) {
        if (NOT_A_PUBLICATION.test(m[1])) continue;
        const title = m[1].toLowerCase();
        titles.add(title);
        const last = title.split(' ').pop()!;
        if (last !== title && SHORT_FORM.test(last)) titles.add(`the ${last}`);
      }
    }
  }
  return [...titles].sort((a, b) => b.length - a.length);
}
