import type { Connection } from 'mongoose';
import { Types } from 'mongoose';
import { BDI_TRAINING_CENTERS, ESDM_TRAINING_CENTERS } from '../../scripts/seed/training-centers';
import { gatewayClient, openDatabase } from './support/clients';
import { markWritten } from '../../subgraphs/runtime/versions/collection-versions';

let koperasi: Connection;
const businessId = new Types.ObjectId();

beforeAll(async () => {
  koperasi = await openDatabase('koperasi_ukm');
  await koperasi.db!.collection('businesses').insertOne({
    _id: businessId,
    name: 'Kopi Purna Jaya',
    ownerWorkerId: null,
    ownedByReturnedWorker: true,
    provinceCode: '52',
    sector: 'FOOD_BEVERAGE',
    scale: 'MICRO',
    foundedOn: new Date('2024-03-01'),
  });
  await markWritten(koperasi.db!, 'businesses');
});
afterAll(async () => {
  await koperasi.db!.collection('businesses').deleteOne({ _id: businessId });
  await markWritten(koperasi.db!, 'businesses');
  await koperasi.close();
});

// MongoDB orders strings by code point, not by locale.
const byName = <T extends { name: string }>(items: readonly T[]) => [...items].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

describe('one request across the four subgraphs', () => {
  it('answers from kp2mi, esdm, perindustrian and koperasi-ukm in one operation', async () => {
    const data = await gatewayClient().request(
      `query($id: ID!) {
        country(code: "HK") { code name }
        esdmTrainingCenters { code name city }
        bdiTrainingCenters { code name city }
        businesses(filter: { ownedByReturnedWorker: true, provinceCode: "52" }) { totalCount edges { node { id name } } }
        business(id: $id) { id name ownedByReturnedWorker province { code name } sector scale foundedOn }
      }`,
      { id: businessId.toHexString() },
    );
    const matching = await koperasi.db!.collection('businesses').find({ ownedByReturnedWorker: true, provinceCode: '52' }).sort({ name: 1, _id: 1 }).limit(20).toArray();
    expect(matching.map((b) => b._id.toHexString())).toContain(businessId.toHexString());
    expect(data).toEqual({
      country: { code: 'HK', name: 'Hong Kong' },
      esdmTrainingCenters: byName(ESDM_TRAINING_CENTERS).map(({ _id, name, city }) => ({ code: _id, name, city })),
      bdiTrainingCenters: byName(BDI_TRAINING_CENTERS).map(({ _id, name, city }) => ({ code: _id, name, city })),
      businesses: {
        totalCount: await koperasi.db!.collection('businesses').countDocuments({ ownedByReturnedWorker: true, provinceCode: '52' }),
        edges: matching.map((b) => ({ node: { id: b._id.toHexString(), name: b.name } })),
      },
      business: {
        id: businessId.toHexString(),
        name: 'Kopi Purna Jaya',
        ownedByReturnedWorker: true,
        province: { code: '52', name: 'Nusa Tenggara Barat' },
        sector: 'FOOD_BEVERAGE',
        scale: 'MICRO',
        foundedOn: '2024-03-01',
      },
    });
  });
});
