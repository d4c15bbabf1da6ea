import { GraphQLError } from 'graphql';
import { usablePurpose } from '../../../lib/privacy/purpose-check';
import { textInput } from '../../runtime/input';
import type { WorkerDoc } from '../models/worker';
import { sameName } from '../name-match';
import { nikInput } from '../nik-input';
import { passportNumberInput } from '../worker-inputs';
import type { Kp2miContext } from './context';

interface VerifyWorkerInput {
  nik: string;
  fullName: string;
  birthDate: Date;
  passportNumber?: string | null;
}

type Result = 'MATCH' | 'NO_MATCH' | 'PARTIAL';

/**
 * Verify, don't share (as Dukcapil answers its partners): the answer names the fields that
 * differ, never a value, and the call is on the person's audit trail whatever it answers.
 */
export async function verifyWorkerQuery(_: unknown, args: { input: VerifyWorkerInput }, context: Kp2miContext) {
  const { input } = args;
  const purpose = usablePurpose(context.privacy.registry, context.identity, context.privacy.today);
  if (purpose instanceof GraphQLError) throw purpose;
  if (!purpose.verification) {
    throw new GraphQLError(`Purpose ${purpose.code} does not allow verification`, { extensions: { code: 'PURPOSE_NOT_ALLOWED', purposeCode: purpose.code, reason: 'VERIFICATION' } });
  }
  nikInput(input.nik, 'input.nik');
  const fullName = textInput(input.fullName, 'input.fullName', 100);
  const passportNumber = input.passportNumber?.trim() ? passportNumberInput(input.passportNumber.toUpperCase(), 'input.passportNumber') : null;
  const checkedFields = ['nik', 'fullName', 'birthDate', ...(passportNumber !== null ? ['passportNumber'] : [])];

  const worker = await context.dataSources.workers.findByNik(input.nik);
  if (worker) {
    const refusal = await context.privacy.personRefusal(String(worker._id), 'Worker.nik');
    if (refusal) throw refusal;
  }
  const mismatchedFields = worker ? differences(worker, fullName, input.birthDate, passportNumber) : ['nik'];
  const result: Result = !worker ? 'NO_MATCH' : mismatchedFields.length === 0 ? 'MATCH' : mismatchedFields.length === checkedFields.length - 1 ? 'NO_MATCH' : 'PARTIAL';
  await context.audit.processed('VERIFY_WORKER', 'verifyWorker', { recordType: 'Worker', recordId: worker ? String(worker._id) : null, workerId: worker?._id ?? null, fields: checkedFields.map((field) => `input.${field}`), outcome: result });
  return { result, mismatchedFields, checkedFields, verifiedAt: new Date() };
}

function differences(worker: WorkerDoc, fullName: string, birthDate: Date, passportNumber: string | null): string[] {
  const differ: string[] = [];
  if (!worker.fullName || !sameName(worker.fullName, fullName)) differ.push('fullName');
  if (!worker.birthDate || worker.birthDate.toISOString().slice(0, 10) !== birthDate.toISOString().slice(0, 10)) differ.push('birthDate');
  if (passportNumber !== null && worker.passportNumber !== passportNumber) differ.push('passportNumber');
  return differ;
}
