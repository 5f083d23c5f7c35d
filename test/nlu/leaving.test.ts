import { asksAboutReplacingStaff } from '../../src/nlu/leaving';
import { assistantFor, COUNCILLOR_ASKER } from '../support/shippedAssistant';

const councillor = COUNCILLOR_ASKER;

describe('council staff leaving, and who takes their place', () => {
  test('is told by a place to fill and a member of the council staff', () => {
    expect(asksAboutReplacingStaff("The caretaker's off in June. Who picks his successor?")).toBe(true);
    expect(asksAboutReplacingStaff('Our clerk leaves at Easter. Who will replace her?')).toBe(true);
    // someone else's place
    expect(asksAboutReplacingStaff('The vicar leaves at Easter. Who will replace him?')).toBe(false);
    // staff, but nobody's place to fill
    expect(asksAboutReplacingStaff('The clerk ordered a replacement boiler. Was that her decision?')).toBe(false);
    // council staff's job words, but at another body
    expect(asksAboutReplacingStaff('The school caretaker is retiring at half term. Who will be his replacement?')).toBe(false);
  });

  test('a colleague named by first name alone is council staff, unless another body or post is named', () => {
    expect(asksAboutReplacingStaff("Brenda's retiring at Easter. Who decides on her replacement?")).toBe(true);
    expect(asksAboutReplacingStaff('Now that Tom has handed in his notice, how do we go about replacing him?')).toBe(true);
    expect(asksAboutReplacingStaff('Ken is stepping down as chairman of the bowls club. Any thoughts on his successor?')).toBe(false);
    expect(asksAboutReplacingStaff('Auntie Val is leaving her job at Tesco. Who is replacing her?')).toBe(false);
    expect(asksAboutReplacingStaff('Our postman Terry is retiring. Do you know who his replacement will be?')).toBe(false);
    expect(asksAboutReplacingStaff('Father Michael is leaving at Easter. Who chooses his successor?')).toBe(false);
  });

  test('a colleague named by first name leaving reads as recruitment, however unsure the classifier', () => {
    expect(assistantFor('halstead').answer("Brenda's leaving in the autumn after eighteen years. How do we go about getting her replacement?", councillor).intent)
      .toBe('employment_and_appointments');
  });

  test('reads as recruitment, not as hall hire', () => {
    expect(assistantFor('flitwick').answer('The deputy clerk is retiring at Christmas. Who handles the hiring of her replacement?', councillor).intent)
      .toBe('employment_and_appointments');
  });

  test('someone in the town leaving is still out of scope', () => {
    expect(assistantFor('halstead').answer('The head teacher at the primary is retiring. Does the council have a say in her replacement?', councillor).intent)
      .toBe('out_of_scope');
    expect(assistantFor('alsager').answer('Our vicar is off to a new parish in June. Any idea who his successor will be?', councillor).intent)
      .toBe('out_of_scope');
  });
});

describe('the ways people ask who takes a leaving colleague\'s place', () => {
  test('"who replaces her", "takes over from him", "fill her shoes", "step into his role", "advertise her job"', () => {
    expect(asksAboutReplacingStaff('The RFO has handed in her notice. Who replaces her?')).toBe(true);
    expect(asksAboutReplacingStaff("Our caretaker's retiring after the summer. Who takes over from him?")).toBe(true);
    expect(asksAboutReplacingStaff('The clerk is leaving us in June. Who gets to fill her shoes?')).toBe(true);
    expect(asksAboutReplacingStaff('Since Hamid resigned, who steps into his role?')).toBe(true);
    expect(asksAboutReplacingStaff('The administrator is moving on. Do we have to advertise her job?')).toBe(true);
  });

  test('covering an absence is not a place to fill', () => {
    expect(asksAboutReplacingStaff("The clerk's away on holiday next week. Who takes over from her?")).toBe(false);
    expect(asksAboutReplacingStaff('Our groundsman is off sick. Who fills his shoes on the mowing rota?')).toBe(false);
    expect(asksAboutReplacingStaff('The assistant is on paternity leave. Who steps into his role meanwhile?')).toBe(false);
  });

  test('someone else\'s organisation is still someone else\'s place to fill', () => {
    expect(asksAboutReplacingStaff('The landlord of the Swan is retiring. Who takes over from him?')).toBe(false);
    expect(asksAboutReplacingStaff('The scoutmaster is leaving the troop. Who fills his shoes?')).toBe(false);
  });

  test('a colleague leaving asked "who takes over from her" reads as recruitment', () => {
    expect(assistantFor('alsager').answer('Our deputy clerk is retiring at Easter. Who takes over from her?', councillor).intent)
      .toBe('employment_and_appointments');
  });
});

describe('a weak topic reading of a colleague leaving', () => {
  test('gives way to recruitment when the message asks who takes their place', () => {
    // read as a complaint about an officer at 0.28 without this
    const reply = assistantFor('halstead').answer('The RFO has given notice. Who replaces her?', councillor);
    expect(reply.intent).toBe('employment_and_appointments');
  });

  test('a confident reading of something else in a leaving story stays', () => {
    // the clerk's sick leave is an absence, and who sets the agenda meanwhile is the question
    expect(assistantFor('halstead').answer("The clerk's off on long-term sick leave. Who takes over from her on the agenda for next month?", councillor).intent)
      .toBe('decisions_and_agendas');
  });
});

