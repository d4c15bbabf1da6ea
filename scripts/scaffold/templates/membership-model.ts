/** `models/membership.ts`: the example entity's mongoose model. */
export function membershipModelTemplate(): string {
  return `import { Schema, type Connection, type InferSchemaType, type Types } from 'mongoose';

export const MEMBERSHIP_STATUSES = ['ACTIVE', 'ENDED'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export const membershipSchema = new Schema(
  {
    /** kp2mi's worker id; kp2mi's data is never copied here. */
    workerId: { type: Schema.Types.ObjectId, required: true },
    number: { type: String, required: true, trim: true, maxlength: 30 },
    status: { type: String, required: true, enum: MEMBERSHIP_STATUSES },
    joinedOn: { type: Date, required: true },
  },
  { collection: 'memberships', versionKey: false },
);

// A worker's memberships, in the order the worker's field lists them.
membershipSchema.index({ workerId: 1, joinedOn: 1, _id: 1 });

export type MembershipDoc = InferSchemaType<typeof membershipSchema> & { _id: Types.ObjectId };

export const membershipModel = (connection: Connection) => connection.model('Membership', membershipSchema);
`;
}
