import { Types } from 'mongoose';
import { valueKey } from '../../subgraphs/runtime/versions/result-cache';

describe('keys of kept counts', () => {
  it('spell out dates, ids and patterns, so different filters never share a key', () => {
    const filters = [
      { fullName: /siti/i },
      { fullName: /siti/ },
      { fullName: /ayu/i },
      { registeredAt: { $gte: new Date('2026-01-01T00:00:00Z') } },
      { registeredAt: { $gte: new Date('2026-01-02T00:00:00Z') } },
      { workerId: new Types.ObjectId('64b000000000000000000001') },
      { workerId: new Types.ObjectId('64b000000000000000000002') },
      {},
    ];
    const keys = filters.map(valueKey);
    expect(new Set(keys).size).toBe(filters.length);
    expect(keys[0]).toBe('{"fullName":{"$regex":"siti","$flags":"i"}}');
    expect(keys[3]).toBe('{"registeredAt":{"$gte":{"$date":"2026-01-01T00:00:00.000Z"}}}');
    expect(keys[5]).toBe('{"workerId":{"$oid":"64b000000000000000000001"}}');
  });

  it('gives the same filter the same key', () => {
    expect(valueKey({ status: 'READY', provinceCode: '35' })).toBe(valueKey({ status: 'READY', provinceCode: '35' }));
  });
});
