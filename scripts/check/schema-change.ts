/** One difference between the baseline API schema and the proposed one, as the check reports it. */
export interface SchemaChange {
  level: 'BREAKING' | 'DANGEROUS' | 'NON_BREAKING';
  /** graphql-inspector's change type (`FIELD_REMOVED` …), or the check's own `ACCESS_TIGHTENED`. */
  type: string;
  /** Its coordinate: `Type`, `Type.field`, `Type.field.argument`, `Enum.VALUE`, `Input.field`. */
  path: string;
  message: string;
}
