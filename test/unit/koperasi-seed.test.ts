import { kurBankByCode, KUR_BANKS, lendsIn } from '../../subgraphs/koperasi-ukm/kur';
import { generateKoperasiData } from '../../scripts/seed/koperasi-ukm';
import { SEED } from '../../scripts/seed/seed';
import { generateWorkers } from '../../scripts/seed/workers';

describe('the seeded KUR applications', () => {
  // The demo data as `npm run seed -- --workers 10000` makes it.
  const data = generateKoperasiData(SEED, [...generateWorkers(SEED, 10_000)]);
  const businesses = new Map(data.businesses.map((business) => [business._id, business]));

  it('go only to banks that lend in the business\'s province', () => {
    const misplaced = data.financingApplications.filter((application) => {
      const business = businesses.get(application.businessId)!;
      return !lendsIn(kurBankByCode(application.bank)!, business.provinceCode);
    });
    expect(misplaced).toEqual([]);
  });

  it('include every regional development bank, so the rule above is put to the test', () => {
    const used = new Set(data.financingApplications.map((application) => application.bank));
    expect(KUR_BANKS.filter((bank) => bank.provinceCodes && !used.has(bank.code)).map((bank) => bank.code)).toEqual([]);
  });
});
