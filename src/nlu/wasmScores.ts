/**
 * The classifier's dot product (features × labels) in WebAssembly SIMD: two labels a lane pair,
 * sixteen labels a pass over the message's features. Exact: every label's sum adds the same
 * products in the same order as the JavaScript loop (`predictionScores` in classifier.ts), each
 * float32 weight and value widened to float64 (exactly) and multiplied and added in float64
 * with IEEE rounding, lane by lane. WebAssembly has no fused multiply-add unless asked for, so
 * the scores are the same doubles to the last bit; only the work per product is smaller (one
 * load, widening, multiply and add for two labels, with no bounds check).
 *
 * The module is written out here as bytes (a few dozen instructions) rather than built from a
 * text file, so the project needs no WebAssembly toolchain. Where WebAssembly or its SIMD is
 * missing, `simdScorer` returns undefined and the classifier keeps its JavaScript loop.
 */

/** Labels one pass over the features sums: eight float64x2 accumulators. */
export const SIMD_LABELS = 16;

/** Unsigned LEB128, as the binary format writes sizes, indices and memory offsets. */
function uleb(value: number): number[] {
  const out: number[] = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value !== 0) byte |= 0x80;
    out.push(byte);
  } while (value !== 0);
  return out;
}

/** A section: its id, then its contents' length. */
const section = (id: number, contents: number[]): number[] => [id, ...uleb(contents.length), ...contents];
/** A vector: its length, then its items. */
const vector = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];

// Opcodes (WebAssembly core and its fixed-width SIMD proposal, both standard).
const I32 = 0x7f;
const V128 = 0x7b;
const BLOCK = 0x02;
const LOOP = 0x03;
const BR = 0x0c;
const BR_IF = 0x0d;
const END = 0x0b;
const VOID = 0x40;
const LOCAL_GET = 0x20;
const LOCAL_SET = 0x21;
const I32_LOAD = 0x28;
const F32_LOAD = 0x2a;
const I32_CONST = 0x41;
const I32_GE_U = 0x4f;
const I32_ADD = 0x6a;
const I32_MUL = 0x6c;
const I32_SHL = 0x74;
const F64_PROMOTE_F32 = 0xbb;
const simd = (op: number): number[] => [0xfd, ...uleb(op)];
const V128_STORE = simd(0x0b);
const F64X2_SPLAT = simd(0x14);
const V128_LOAD64_ZERO = simd(0x5d);
const F64X2_PROMOTE_LOW_F32X4 = simd(0x5f);
const F64X2_ADD = simd(0xf0);
const F64X2_MUL = simd(0xf2);
/** Alignment (as a power of two) and offset of a load or store. */
const memarg = (align: number, offset: number): number[] => [align, ...uleb(offset)];

/**
 * `scores(rows, indices, values, length, out, stride, passes)`: for each pass p (labels 16p to
 * 16p + 15) and each label c of it, `out[c] = Σ_f values[f] × rows[indices[f] × stride + c]`,
 * f from 0 to length − 1 in order, as float64. Addresses in bytes; `stride` is a feature's row
 * in bytes (a multiple of 64: whole passes of 16 float32 labels).
 */
function scoresFunction(): number[] {
  // Parameters 0–6, then the locals.
  const [rows, indices, values, length, out, stride, passes] = [0, 1, 2, 3, 4, 5, 6];
  const pass = 7;
  const f = 8;
  const row = 9;
  const value = 10;
  const acc = (j: number) => 11 + j;
  const locals = vector([[3, I32], [1 + 8, V128]]); // pass, f, row; value and 8 accumulators
  const get = (local: number) => [LOCAL_GET, ...uleb(local)];
  const set = (local: number) => [LOCAL_SET, ...uleb(local)];
  const i32 = (n: number) => [I32_CONST, ...uleb(n)]; // small non-negative constants only (signed LEB agrees below 64)
  const code: number[] = [
    ...i32(0), ...set(pass),
    BLOCK, VOID, LOOP, VOID,
    ...get(pass), ...get(passes), I32_GE_U, BR_IF, 1,
    // Accumulators at +0 (a float64 zero of each lane).
    ...Array.from({ length: 8 }, (_, j) => [...i32(0), 0xb7 /* f64.convert_i32_s */, ...F64X2_SPLAT, ...set(acc(j))]).flat(),
    ...i32(0), ...set(f),
    BLOCK, VOID, LOOP, VOID,
    ...get(f), ...get(length), I32_GE_U, BR_IF, 1,
    // row = rows + indices[f] × stride + pass × 64
    ...get(rows), ...get(indices), ...get(f), ...i32(2), I32_SHL, I32_ADD, I32_LOAD, ...memarg(2, 0), ...get(stride), I32_MUL, I32_ADD,
    ...get(pass), ...i32(6), I32_SHL, I32_ADD, ...set(row),
    // value = splat(float64(values[f]))
    ...get(values), ...get(f), ...i32(2), I32_SHL, I32_ADD, F32_LOAD, ...memarg(2, 0), F64_PROMOTE_F32, ...F64X2_SPLAT, ...set(value),
    // acc[j] += value × float64x2(row's float32s 2j, 2j + 1)
    ...Array.from({ length: 8 }, (_, j) => [
      ...get(acc(j)), ...get(value), ...get(row), ...V128_LOAD64_ZERO, ...memarg(3, 8 * j), ...F64X2_PROMOTE_LOW_F32X4, ...F64X2_MUL, ...F64X2_ADD, ...set(acc(j)),
    ]).flat(),
    ...get(f), ...i32(1), I32_ADD, ...set(f),
    BR, 0,
    END, END,
    // out[pass × 16 + 2j, +1] = acc[j]
    ...Array.from({ length: 8 }, (_, j) => [...get(out), ...get(pass), ...i32(7), I32_SHL, I32_ADD, ...get(acc(j)), ...V128_STORE, ...memarg(4, 16 * j)]).flat(),
    ...get(pass), ...i32(1), I32_ADD, ...set(pass),
    BR, 0,
    END, END,
    END,
  ];
  return [...locals, ...code];
}

function moduleBytes(): Uint8Array {
  const type = section(1, vector([[0x60, ...vector([[I32], [I32], [I32], [I32], [I32], [I32], [I32]]), 0x00]]));
  const imports = section(2, vector([[...name('env'), ...name('memory'), 0x02, 0x00, 0x01]])); // memory, at least 1 page
  const functions = section(3, vector([[0x00]]));
  const exports = section(7, vector([[...name('scores'), 0x00, 0x00]]));
  const body = scoresFunction();
  const code = section(10, vector([[...uleb(body.length), ...body]]));
  return Uint8Array.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, ...type, ...imports, ...functions, ...exports, ...code]);
}

function name(text: string): number[] {
  const bytes = [...Buffer.from(text, 'utf8')];
  return [...uleb(bytes.length), ...bytes];
}

const PAGE = 65536;

/**
 * The little of the WebAssembly API used here (the project's type libraries do not declare it:
 * no DOM library, and @types/node of this version leaves it out).
 */
interface WasmModule {
  readonly kind: 'module';
}
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => WasmModule;
  Memory: new (descriptor: { initial: number }) => { readonly buffer: ArrayBuffer };
  Instance: new (module: WasmModule, imports: object) => { readonly exports: Record<string, unknown> };
}
const wasmApi = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;

/**
 * Weights and a message's vector in WebAssembly memory, and the dot product over them. The
 * vectoriser writes a message's features straight into `indices` and `values`.
 */
export interface SimdScorer {
  /** Feature-major weights, each feature's row padded with zeros to `stride` labels. */
  readonly weights: Float32Array;
  readonly stride: number;
  readonly indices: Int32Array;
  readonly values: Float32Array;
  /** The first `length` features' sums for every label (and the padding's), into `sums`. */
  score(length: number): void;
  readonly sums: Float64Array;
}

let compiled: WasmModule | null | undefined;

function compiledModule(): WasmModule | null {
  if (compiled !== undefined) return compiled;
  try {
    const bytes = moduleBytes();
    compiled = wasmApi?.validate(bytes) ? new wasmApi.Module(bytes) : null;
  } catch {
    compiled = null;
  }
  return compiled;
}

/**
 * A scorer for `features` rows of `labels` labels and vectors of up to `maxLength` features, or
 * undefined where this runtime has no WebAssembly SIMD (or cannot give it the memory).
 */
export function simdScorer(features: number, labels: number, maxLength: number): SimdScorer | undefined {
  const wasm = compiledModule();
  if (!wasm || !wasmApi) return undefined;
  const stride = Math.ceil(labels / SIMD_LABELS) * SIMD_LABELS;
  const passes = stride / SIMD_LABELS;
  // Layout: weights, then the sums (float64), then indices and values.
  const weightsBytes = features * stride * 4;
  const sumsAt = weightsBytes;
  const indicesAt = sumsAt + stride * 8;
  const valuesAt = indicesAt + maxLength * 4;
  const end = valuesAt + maxLength * 4;
  let memory: { readonly buffer: ArrayBuffer };
  let instance: { readonly exports: Record<string, unknown> };
  try {
    memory = new wasmApi.Memory({ initial: Math.ceil(end / PAGE) || 1 });
    instance = new wasmApi.Instance(wasm, { env: { memory } });
  } catch {
    return undefined; // more memory than WebAssembly may have: the JavaScript loop needs no second copy
  }
  const scores = instance.exports.scores as (rows: number, indices: number, values: number, length: number, out: number, stride: number, passes: number) => void;
  const buffer = memory.buffer;
  const strideBytes = stride * 4;
  return {
    weights: new Float32Array(buffer, 0, features * stride),
    stride,
    indices: new Int32Array(buffer, indicesAt, maxLength),
    values: new Float32Array(buffer, valuesAt, maxLength),
    sums: new Float64Array(buffer, sumsAt, stride),
    score: (length: number) => scores(0, indicesAt, valuesAt, length, sumsAt, strideBytes, passes),
  };
}
