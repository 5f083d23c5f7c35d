import { SIMD_LABELS, simdScorer } from '../../src/nlu/wasmScores';

describe('the dot product in WebAssembly SIMD', () => {
  /** The classifier's JavaScript sum: each label's products added in the features' order, from 0. */
  const plainSums = (weights: Float32Array, k: number, indices: Int32Array, values: Float32Array, length: number): number[] =>
    Array.from({ length: k }, (_, c) => {
      let sum = 0;
      for (let f = 0; f < length; f++) sum += values[f] * weights[indices[f] * k + c];
      return sum;
    });

  test('gives every label the same double as the plain loop, to the last bit', () => {
    let seed = 5;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (const k of [1, 7, 16, 31, 33, 150]) {
      const features = 40;
      const weights = Float32Array.from({ length: features * k }, () => (next() - 0.5) * 4);
      const scorer = simdScorer(features, k, features + 1);
      expect(scorer).toBeDefined(); // Node 20 has WebAssembly SIMD: the fallback is for other runtimes
      if (!scorer) return;
      expect(scorer.stride % SIMD_LABELS).toBe(0);
      for (let f = 0; f < features; f++) scorer.weights.set(weights.subarray(f * k, f * k + k), f * scorer.stride);
      for (let round = 0; round < 50; round++) {
        const length = Math.floor(next() * (features + 1));
        for (let f = 0; f < length; f++) {
          scorer.indices[f] = Math.floor(next() * features);
          scorer.values[f] = next();
        }
        scorer.score(length);
        const expected = plainSums(weights, k, scorer.indices, scorer.values, length);
        for (let c = 0; c < k; c++) expect(Object.is(scorer.sums[c], expected[c])).toBe(true);
      }
    }
  });
});
