import DataLoader from 'dataloader';
import { Types } from 'mongoose';
import type { Claims } from '../../runtime/claims';
import { keyLoader, WHOLE_BATCH } from '../../runtime/loaders';
import { parseObjectId } from '../../runtime/object-id';
import { paginate, type Connection, type Filter, type PageArgs } from '../../runtime/pagination';
import type { TrainingModels } from '../models';
import type { CourseDoc } from '../models/course';
import type { JobSector } from '../training-ministry';

export interface CourseFilterInput {
  skillArea?: string | null;
  city?: string | null;
  hasSeats?: boolean | null;
}

/** By title, ties by id; documented in the schema. */
const ORDER = { field: 'title', direction: 1 } as const;

/** Recommendations for a job opening: the sector's courses with seats, most seats first, then by title and id. */
const RECOMMENDATION_LIMIT = 5;
const RECOMMENDATION_SORT = { seatsAvailable: -1, title: 1, _id: 1 } as const;

/** Turns the typed GraphQL filter into a MongoDB filter; strings are matched exactly, never as operators or patterns. */
export function courseFilter(input: CourseFilterInput | null | undefined): Filter {
  const filter: Filter = {};
  if (!input) return filter;
  if (input.skillArea != null) filter.skillArea = input.skillArea;
  if (input.city != null) filter.city = input.city;
  if (input.hasSeats != null) filter.seatsAvailable = input.hasSeats ? { $gt: 0 } : 0;
  return filter;
}

export class CourseRepository {
  private readonly byId: DataLoader<string, CourseDoc | null>;
  private readonly recommendedBySector: DataLoader<string, CourseDoc[]>;

  constructor(
    private readonly models: TrainingModels,
    courseSectors: readonly JobSector[],
    /** The ministry's course connection, e.g. `Query.energyCourses`, which its cursors name. */
    private readonly connection: string,
    /** Decides which of racing requests changes the seats (see changeSeats). */
    private readonly claims: Claims,
  ) {
    this.byId = keyLoader<CourseDoc>(models.Course, { toStored: (id) => new Types.ObjectId(id) });
    // One find for every opening of the request, whatever their number; sectors no course prepares for cost nothing.
    this.recommendedBySector = new DataLoader<string, CourseDoc[]>(async (sectors) => {
      const wanted = courseSectors.filter((sector) => sectors.includes(sector));
      const courses =
        wanted.length === 0
          ? []
          : ((await models.Course.find({ sector: { $in: wanted }, seatsAvailable: { $gt: 0 } }).sort(RECOMMENDATION_SORT).batchSize(WHOLE_BATCH).lean()) as CourseDoc[]);
      return sectors.map((sector) => courses.filter((course) => course.sector === sector).slice(0, RECOMMENDATION_LIMIT));
    });
  }

  /** Batched with every other course lookup of the request, entity references from the gateway included. */
  findById(id: string): Promise<CourseDoc | null> {
    return this.byId.load(parseObjectId(id, 'id', 'course').toHexString());
  }

  list(filter: CourseFilterInput | null | undefined, page: PageArgs): Promise<Connection<CourseDoc>> {
    return paginate<CourseDoc>(this.models.Course, { connection: this.connection, filter: courseFilter(filter), order: ORDER, page });
  }

  recommendedFor(sector: string): Promise<CourseDoc[]> {
    return this.recommendedBySector.load(sector);
  }

  /** Takes one seat; false when none was left. */
  async takeSeat(courseId: string): Promise<boolean> {
    return (await this.changeSeats(courseId, -1)) === 'changed';
  }

  /** Gives back a seat taken for an enrollment that could not be written. */
  async releaseSeat(courseId: string): Promise<void> {
    await this.changeSeats(courseId, 1);
  }

  /**
   * One change of the seat count, made by the holder of the claim on the course's current
   * `seatVersion` and guarded by it, so racing requests in any replica apply their changes one
   * after another and none is lost (see Claims).
   */
  private async changeSeats(courseId: string, delta: 1 | -1): Promise<'changed' | 'none left' | 'gone'> {
    const _id = new Types.ObjectId(courseId);
    const outcome = await this.claims.retry(`The seats of course "${courseId}"`, async () => {
      const course = (await this.models.Course.findById(_id, { seatsAvailable: 1, seatVersion: 1 }).lean()) as Pick<CourseDoc, 'seatsAvailable' | 'seatVersion'> | null;
      if (!course) return 'gone' as const;
      if (delta < 0 && course.seatsAvailable <= 0) return 'none left' as const;
      const version = course.seatVersion ?? 0;
      const changed = await this.claims.once(`course-seats:${courseId}:${version}`, () =>
        this.models.Course.updateOne(
          { _id, seatVersion: version === 0 ? { $in: [0, null] } : version },
          { $set: { seatsAvailable: course.seatsAvailable + delta, seatVersion: version + 1 } },
        ),
      );
      return changed.held && changed.value.modifiedCount === 1 ? ('changed' as const) : undefined;
    });
    this.byId.clear(courseId);
    return outcome;
  }
}
