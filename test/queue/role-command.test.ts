import { parseRoleRequest } from '../../src/queue/role-command';

describe('reading a role command', () => {
  test('a Clerk naming someone and one role sets it, in any of its words', () => {
    expect(parseRoleRequest('cllr', true)).toEqual({ kind: 'set', role: 'councillor' });
    expect(parseRoleRequest('is an Officer.', true)).toEqual({ kind: 'set', role: 'officer' });
    expect(parseRoleRequest('clerk', true)).toEqual({ kind: 'set', role: 'clerk' });
  });

  test('no one named: the asker sees their own role', () => {
    expect(parseRoleRequest('', false)).toEqual({ kind: 'show' });
    expect(parseRoleRequest('me', false)).toEqual({ kind: 'show' });
  });

  test('two roles, or none, is a usage message', () => {
    expect(parseRoleRequest('officer clerk', true)).toEqual({ kind: 'usage' });
    expect(parseRoleRequest('boss', true)).toEqual({ kind: 'usage' });
  });

  test.each(Object.getOwnPropertyNames(Object.prototype))('"%s" is not a role', (word) => {
    expect(parseRoleRequest(word, true)).toEqual({ kind: 'usage' });
  });
});
