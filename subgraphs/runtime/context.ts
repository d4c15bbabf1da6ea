import type { Identity } from '../../lib/identity';
import type { Logger } from '../../lib/logger';
import type { AuditLog } from './audit/audit-log';
import type { PrivacyGuard } from './privacy/privacy-guard';

/** The per-request context every subgraph resolver receives. */
export interface SubgraphContext<TSources> {
  dataSources: TSources;
  requestId: string;
  /** Who is asking, as the gateway verified and signed it. */
  identity: Identity;
  logger: Logger;
  /** The audit trail of this request: personal-data reads and writes go on record here. */
  audit: AuditLog;
  /** The purpose, restriction and bulk-limit checks of this request's personal data. */
  privacy: PrivacyGuard;
}
