import { Transform, type TransformCallback } from 'node:stream';
import type { ColumnType } from '../export-plan';
import type { Row } from '../rows';

/** Rows per Parquet row group: what the encoder holds in memory before it writes them out. */
const ROW_GROUP_SIZE = 10_000;

const PARQUET_TYPES: Readonly<Record<ColumnType, { type: 'BYTE_ARRAY' | 'INT32' | 'DOUBLE' | 'BOOLEAN'; converted_type?: 'UTF8' }>> = {
  string: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  int: { type: 'INT32' },
  float: { type: 'DOUBLE' },
  boolean: { type: 'BOOLEAN' },
};

type Writer = import('hyparquet-writer').ByteWriter;
type ParquetWriter = import('hyparquet-writer').ParquetWriter;

/**
 * Parquet by hyparquet-writer, one row group per ROW_GROUP_SIZE rows: each group is encoded and
 * sent as soon as it is full, so memory holds one group whatever the export's size. Every column
 * is optional and typed from the schema (a GraphQL Int is INT32, Float DOUBLE, Boolean BOOLEAN,
 * everything else UTF-8 text).
 */
export class ParquetEncoder extends Transform {
  private buffered: unknown[][];
  private writer: Writer | undefined;
  private parquet: ParquetWriter | undefined;

  constructor(private readonly columns: readonly { name: string; type: ColumnType }[]) {
    super({ writableObjectMode: true });
    this.buffered = columns.map(() => []);
  }

  override _transform(row: Row, _encoding: BufferEncoding, done: TransformCallback): void {
    this.columns.forEach((column, index) => this.buffered[index]!.push(row[column.name] ?? null));
    if (this.buffered[0]!.length < ROW_GROUP_SIZE) return done();
    this.writeGroup().then(() => done(), done);
  }

  override _flush(done: TransformCallback): void {
    this.writeGroup()
      .then(() => {
        this.parquet!.finish();
        this.send();
        done();
      })
      .catch(done);
  }

  private async open(): Promise<ParquetWriter> {
    if (this.parquet) return this.parquet;
    // hyparquet-writer is published as an ES module only.
    const { ByteWriter, ParquetWriter } = await import('hyparquet-writer');
    this.writer = new ByteWriter();
    const schema = [
      { name: 'root', num_children: this.columns.length },
      ...this.columns.map((column) => ({ name: column.name, repetition_type: 'OPTIONAL' as const, ...PARQUET_TYPES[column.type] })),
    ];
    this.parquet = new ParquetWriter({ writer: this.writer, schema, createdBy: 'Satu Graf PMI export' });
    return this.parquet;
  }

  private async writeGroup(): Promise<void> {
    const parquet = await this.open();
    const rows = this.buffered[0]?.length ?? 0;
    if (rows > 0) {
      await parquet.write({ columnData: this.columns.map((column, index) => ({ name: column.name, data: this.buffered[index]! })), rowGroupSize: rows });
      this.buffered = this.columns.map(() => []);
    }
    this.send();
  }

  /** What the writer holds so far, out to the stream; the writer keeps counting offsets from there. */
  private send(): void {
    const writer = this.writer!;
    if (writer.index === 0) return;
    this.push(Buffer.from(writer.buffer.slice(0, writer.index)));
    writer.index = 0;
  }
}
