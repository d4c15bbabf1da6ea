import type DataLoader from 'dataloader';
import { Types } from 'mongoose';
import { notFound } from '../../runtime/errors';
import { groupLoader, keyLoader } from '../../runtime/loaders';
import { parseObjectId } from '../../runtime/object-id';
import { paginate, type Connection, type PageArgs } from '../../runtime/pagination';
import type { KoperasiModels } from '../models';
import type { ProductDoc } from '../models/product';
import type { BusinessRepository } from './business-repository';
import { MarketedProducts, PRODUCT_ORDER } from './marketed-products';
import { newProduct, type AddProductInput } from './new-product';
import { productFilter, type ProductFilterInput } from './product-filter';

const toObjectId = (id: string) => new Types.ObjectId(id);

export class ProductRepository {
  private readonly byId: DataLoader<string, ProductDoc | null>;
  private readonly byBusiness: DataLoader<string, ProductDoc[]>;
  private readonly marketed: MarketedProducts;

  constructor(
    private readonly models: KoperasiModels,
    private readonly businesses: BusinessRepository,
  ) {
    this.byId = keyLoader<ProductDoc>(models.Product, { toStored: toObjectId });
    this.byBusiness = groupLoader<ProductDoc>(models.Product, { field: 'businessId', toStored: toObjectId, sort: { name: 1, _id: 1 } });
    this.marketed = new MarketedProducts(models.Product);
  }

  findById(id: string): Promise<ProductDoc | null> {
    return this.byId.load(parseObjectId(id, 'id', 'product').toHexString());
  }

  forBusiness(businessId: Types.ObjectId): Promise<ProductDoc[]> {
    return this.byBusiness.load(businessId.toHexString());
  }

  list(filter: ProductFilterInput | null | undefined, page: PageArgs): Promise<Connection<ProductDoc>> {
    return paginate<ProductDoc>(this.models.Product, { connection: 'Query.products', filter: productFilter(filter), order: PRODUCT_ORDER, page });
  }

  marketedIn(countryCode: string, page: PageArgs): Promise<Connection<ProductDoc>> {
    return this.marketed.page(countryCode, page);
  }

  async add(input: AddProductInput): Promise<ProductDoc> {
    const product = newProduct(input);
    if (!(await this.businesses.get(product.businessId))) throw notFound(`No business with id ${product.businessId.toHexString()}`, 'input.businessId');
    await this.models.Product.create(product);
    return product as ProductDoc;
  }
}
