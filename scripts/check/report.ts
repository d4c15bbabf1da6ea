import type { AffectedOperation, JudgedChange } from './judge';
import type { CheckResult } from './run-check';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

const isDescriptionChange = (change: JudgedChange) => change.verdict === 'safe' && change.type.includes('DESCRIPTION');

function operationLine(operation: AffectedOperation): string {
  const accepted = operation.accepted ? ` — accepted: ${operation.accepted}` : '';
  return `      ${operation.name} (${operation.client}, owner: ${operation.owner}; ${operation.file}): ${operation.reason}${accepted}`;
}

function changeLines(change: JudgedChange, clients: string[]): string[] {
  const head = `${change.level.padEnd(12)} ${change.path || '(schema)'}: ${change.message}`;
  switch (change.verdict) {
    case 'safe':
      return [`${head} — safe`];
    case 'safe by usage':
      return [`${head} — safe by usage: no registered operation of ${clients.join(', ')} touches it`];
    case 'dangerous for':
      return [`${head} — passes, but watch ${plural(change.operations.length, 'registered operation')}:`, ...change.operations.map(operationLine)];
    case 'accepted':
      return [`${head} — passes: accepted by the owners of ${plural(change.operations.length, 'registered operation')}:`, ...change.operations.map(operationLine)];
    case 'fails':
      return [`${head} — FAILS: breaks ${plural(change.operations.length, 'registered operation')}:`, ...change.operations.map(operationLine)];
  }
}

/** The check's result for people: one line per change (and the operations it reaches), then a verdict. */
export function formatReport(result: CheckResult): string[] {
  const lines = [`check: against ${result.baseline}, judged by ${plural(result.operations, 'registered operation')} of ${plural(result.clients.length, 'client')}`];
  if (result.stage === 'composition') {
    lines.push('The subgraphs do not compose:');
    for (const error of result.errors) lines.push(`  [${error.code}] ${error.message.replace(/\n/g, '\n    ')}`);
    lines.push('check: FAILED (composition)');
    return lines;
  }
  if (result.changes.length === 0) lines.push('No change to the API schema.');
  // Descriptions are the explorer's manual and change often; one line says how many changed.
  const descriptions = result.changes.filter(isDescriptionChange);
  for (const change of result.changes) if (!isDescriptionChange(change)) lines.push(...changeLines(change, result.clients));
  if (descriptions.length > 0) {
    const shown = descriptions.slice(0, 3).map((change) => change.path || '(schema)').join(', ');
    lines.push(`${'NON_BREAKING'.padEnd(12)} ${plural(descriptions.length, 'description')} added, changed or removed (${shown}${descriptions.length > 3 ? ', …' : ''}) — safe`);
  }
  for (const operation of result.invalid) {
    lines.push(`INVALID      ${operation.name} (${operation.client}, owner: ${operation.owner}; ${operation.file}) no longer validates:`);
    for (const error of operation.errors) lines.push(`      ${error}`);
  }
  const failing = result.changes.filter((change) => change.verdict === 'fails');
  const broken = new Set([...failing.flatMap((change) => change.operations.map((operation) => operation.name)), ...result.invalid.map((operation) => operation.name)]);
  lines.push(
    result.ok
      ? `check: passed — ${plural(result.changes.length, 'change')}, none breaks a registered operation`
      : `check: FAILED — ${plural(failing.length, 'change')} ${failing.length === 1 ? 'breaks' : 'break'} ${plural(broken.size, 'registered operation')}`,
  );
  return lines;
}
