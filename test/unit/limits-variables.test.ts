import { checkDepth, checkVariables } from '../../lib/http/graphql-handler';
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

describe('nesting of variables and other request members', () => {
  const nested = (levels: number, leaf: unknown = 1): unknown => {
    let value: unknown = leaf;
    for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { a: value };
    return value;
  };

  it('accepts 16 levels of objects and lists, and refuses 17 before walking further', () => {
    expect(() => checkVariables(nested(16), 10)).not.toThrow();
    expect(refusal(nested(17))).toEqual({ status: 400, code: 'BAD_USER_INPUT', message: 'variables is nested more than 16 levels deep; no request to this graph needs that many' });
  });

  it('refuses 100,000 levels at once, without overflowing the stack, whatever lies at the bottom', () => {
    expect(refusal({ deep: nested(100_000, { $gt: 1 }) }).message).toBe('variables is nested more than 16 levels deep; no request to this graph needs that many');
  });

  it('bounds the depth of extensions (or any other member) the same way', () => {
    expect(() => checkDepth(nested(16), 'extensions')).not.toThrow();
    expect(() => checkDepth(nested(5_000), 'extensions')).toThrow(new HttpError(400, 'BAD_USER_INPUT', 'extensions is nested more than 16 levels deep; no request to this graph needs that many'));
  });
});
