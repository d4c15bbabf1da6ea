import type DataLoader from 'dataloader';
import { keyLoader } from '../../runtime/loaders';
import type { Kp2miModels } from '../models';
import type { CountryDoc } from '../models/country';

export class CountryRepository {
  private readonly byCode: DataLoader<string, CountryDoc | null>;

  constructor(private readonly models: Kp2miModels) {
    this.byCode = keyLoader<CountryDoc>(models.Country);
  }

  findByCode(code: string): Promise<CountryDoc | null> {
    return this.byCode.load(code.toUpperCase());
  }

  /** A few dozen documents: read whole, ordered by name. */
  async all(): Promise<CountryDoc[]> {
    const countries = (await this.models.Country.find().sort({ name: 1 }).lean()) as CountryDoc[];
    for (const country of countries) this.byCode.prime(country._id, country);
    return countries;
  }
}
