import { checkVariables } from '../../lib/http/graphql-handler';
import { HttpError } from '../../lib/http/http-error';

function refusal(variables: unknown, maxStringLength = 10): { status: number; code: string; message: string } {
  try {
    checkVariables(variables, maxStringLength);
  } catch (err) {
    if (!(err instanceof HttpError)) throw err;
    return { status: err.status, code: err.code, message: err.message };
  }
  throw new Error('expected the variables to be refused');
}

describe('variables check', () => {
  it('accepts ordinary variables, strings at the limit included', () => {
    expect(() => checkVariables({ filter: { category: 'x'.repeat(10), tags: ['a', 'b'] }, n: 3, none: null }, 10)).not.toThrow();
    expect(() => checkVariables(undefined, 10)).not.toThrow();
  });

  it('refuses a key starting with $ at any depth, naming its path', () => {
    expect(refusal({ $where: '1' })).toEqual({ status: 400, code: 'BAD_USER_INPUT', message: 'variables.$where: keys in variables must not start with "$"' });
    expect(refusal({ filter: { list: [{ ok: 1 }, { name: { $ne: null } }] } }).message).toBe('variables.filter.list[1].name.$ne: keys in variables must not start with "$"');
  });

  it('refuses a string over the limit, naming its path and length', () => {
    expect(refusal({ filter: { tags: ['ok', 'x'.repeat(11)] } })).toEqual({
      status: 400,
      code: 'BAD_USER_INPUT',
      message: 'variables.filter.tags[1] is 11 characters long; strings in variables are limited to 10',
    });
  });
});

describe('variables check on deeply nested input', () => {
  it('names the path of a key 100,000 levels down without overflowing the stack', () => {
    let value: unknown = { $gt: 1 };
    for (let i = 0; i < 100_000; i++) value = [value];
    const message = refusal({ deep: value }).message;
    expect(message).toBe(`variables.deep${'[0]'.repeat(100_000)}.$gt: keys in variables must not start with "$"`);
  });
});
