import { z } from 'zod';

const bytesSchema = z.custom<Uint8Array | ArrayBuffer>(
  (value) => value instanceof Uint8Array || value instanceof ArrayBuffer,
  'expected bytes as a Uint8Array or an ArrayBuffer',
);

/** A user's file: its name (used for the format and in problems) and its content as text or bytes. */
export const loadSourceSchema = z
  .object({ name: z.string().min(1), text: z.string().optional(), bytes: bytesSchema.optional() })
  .refine((source) => (source.text === undefined) !== (source.bytes === undefined), {
    message: 'give exactly one of text or bytes',
  });

export type LoadSource = z.infer<typeof loadSourceSchema>;

/** The content as bytes (UTF-8 encoding text). */
export function sourceBytes(source: LoadSource): Uint8Array {
  if (source.bytes instanceof Uint8Array) return source.bytes;
  if (source.bytes !== undefined) return new Uint8Array(source.bytes);
  return new TextEncoder().encode(source.text ?? '');
}

/** The content as text, UTF-8 decoded, without a leading byte order mark. */
export function sourceText(source: LoadSource): string {
  const text = source.text ?? new TextDecoder('utf-8').decode(sourceBytes(source));
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
