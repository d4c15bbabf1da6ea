import { Types } from 'mongoose';
import type { Ministry } from '../../../lib/identity';
import { REFUSAL_GROUNDS, type PurposeRegistry, type RefusalGround } from '../../../lib/privacy/purposes';
import type { AuditLog } from '../audit/audit-log';
import type { DataSubjectStateModel } from './data-subject-state';
import type { Correction, PersonalDataStore } from './personal-data-store';

export const DATA_SUBJECT_REQUEST_TYPES = ['ACCESS', 'RECTIFY', 'RESTRICT', 'LIFT_RESTRICTION', 'ERASE'] as const;
export type DataSubjectRequestType = (typeof DATA_SUBJECT_REQUEST_TYPES)[number];

/** What KP2MI sends each ministry: the request, the person, and who received it. */
export interface PartRequest {
  requestId: string;
  workerId: string;
  type: DataSubjectRequestType;
  corrections: Correction[];
}

export interface KeptField {
  field: string;
  purposeCode: string;
  retentionDuty: string;
  until: string;
}

/** One ministry's part, done (or refused on its registry's ground), as it reports it back. */
export interface PartReport {
  ministry: Ministry;
  status: 'DONE' | 'REFUSED';
  refusalGround: RefusalGround | null;
  note: string;
  erased: string[];
  kept: KeptField[];
  corrected: string[];
}

export interface PartSettings {
  ministry: Ministry;
  registry: PurposeRegistry;
  states: DataSubjectStateModel;
  store: PersonalDataStore;
}

const addMonths = (date: Date, months: number) => {
  const until = new Date(date);
  until.setUTCMonth(until.getUTCMonth() + months);
  return until;
};

/**
 * Which of the person's values a retention duty of this ministry still keeps: a purpose of the
 * ministry, resting on a legal obligation that obliges keeping (`retentionDuty`), allowing the
 * field, whose period from the record's last event has not ended. The longest such period wins.
 */
export function retained(settings: Pick<PartSettings, 'ministry' | 'registry'>, field: string, since: Date, now: Date): (KeptField & { ground: RefusalGround | null }) | null {
  let best: (KeptField & { ground: RefusalGround | null }) | null = null;
  for (const purpose of settings.registry.purposes) {
    if (purpose.ministry !== settings.ministry || !purpose.retentionDuty || !purpose.fields.includes(field)) continue;
    const until = addMonths(since, purpose.retentionMonths);
    if (until <= now || (best && until.toISOString().slice(0, 10) <= best.until)) continue;
    const ground = purpose.erasureRefusalGround ? REFUSAL_GROUNDS[purpose.erasureRefusalGround].name : null;
    best = { field, purposeCode: purpose.code, retentionDuty: purpose.retentionDuty, until: until.toISOString().slice(0, 10), ground };
  }
  return best;
}

/**
 * Carries out one ministry's part of a data-subject request in its own database, on record in
 * its own audit trail. Safe to repeat with the same request (a retry after a lost answer).
 */
export async function carryOutPart(settings: PartSettings, request: PartRequest, audit: AuditLog, now = new Date()): Promise<PartReport> {
  const { ministry, states, store } = settings;
  const workerId = new Types.ObjectId(request.workerId);
  const report: PartReport = { ministry, status: 'DONE', refusalGround: null, note: '', erased: [], kept: [], corrected: [] };
  const record = (action: 'RESTRICT' | 'LIFT_RESTRICTION' | 'RECTIFY' | 'ERASE', fields: string[], extra: { changes?: { field: string; oldValue: string | null; newValue: string | null }[] } = {}) =>
    audit.processed(action, 'dataSubjectRequest', { recordType: 'DataSubjectRequest', recordId: request.requestId, workerId, fields, ...extra });

  switch (request.type) {
    case 'ACCESS':
      report.note = 'Answered by the data-subject report, which reads this ministry’s part of the record.';
      return report;
    case 'RESTRICT':
      await states.updateOne({ _id: workerId }, { $set: { restriction: { requestId: request.requestId, since: now } } }, { upsert: true });
      await record('RESTRICT', []);
      report.note = 'Personal data of this person is refused here except under purposes resting on a legal obligation.';
      return report;
    case 'LIFT_RESTRICTION':
      await states.updateOne({ _id: workerId }, { $set: { restriction: null } });
      await record('LIFT_RESTRICTION', []);
      report.note = 'The restriction ended here.';
      return report;
    case 'RECTIFY': {
      const own = request.corrections.filter((correction) => store.rectifiable.includes(correction.field));
      if (own.length === 0) {
        report.note = `None of the corrected fields is kept by ${ministry}.`;
        return report;
      }
      const changes = await store.rectify(workerId, own);
      await record('RECTIFY', changes.map((change) => change.field), { changes });
      report.corrected = changes.map((change) => change.field);
      report.note = `Corrected ${report.corrected.join(', ')}; old and new values are in ${ministry}'s audit trail.`;
      return report;
    }
    case 'ERASE': {
      const holdings = await store.holdings(workerId);
      const kept = new Map<string, KeptField & { ground: RefusalGround | null }>();
      const erase = new Set<string>();
      for (const holding of holdings) {
        const keep = retained(settings, holding.field, holding.since, now);
        if (!keep) erase.add(holding.field);
        else if (!kept.has(holding.field) || kept.get(holding.field)!.until < keep.until) kept.set(holding.field, keep);
      }
      // A field kept for one record and not for another stays kept: it is erased when no duty remains.
      for (const field of kept.keys()) erase.delete(field);
      if (erase.size > 0) await store.erase(workerId, [...erase]);
      report.erased = [...erase].sort();
      report.kept = [...kept.values()].map(({ ground: _ground, ...field }) => field).sort((a, b) => a.field.localeCompare(b.field));
      await states.updateOne(
        { _id: workerId },
        { $set: { erasure: { requestId: request.requestId, at: now, erased: report.erased, kept: report.kept.map((field) => ({ field: field.field, purposeCode: field.purposeCode, until: new Date(field.until) })) } } },
        { upsert: true },
      );
      await record('ERASE', report.erased);
      const grounds = [...kept.values()].map((field) => field.ground).filter((ground): ground is RefusalGround => ground !== null);
      if (report.erased.length === 0 && report.kept.length > 0 && grounds.length > 0) {
        report.status = 'REFUSED';
        report.refusalGround = grounds[0]!;
      }
      report.note =
        holdings.length === 0
          ? `${ministry} holds no personal data of this person.`
          : `Erased ${report.erased.length ? report.erased.join(', ') : 'nothing'}; kept ${report.kept.length ? report.kept.map((field) => `${field.field} until ${field.until} (${field.purposeCode})`).join(', ') : 'nothing'}. Nothing of this person is answered here any more.`;
      return report;
    }
  }
}
