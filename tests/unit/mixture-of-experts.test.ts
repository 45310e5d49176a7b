import { describe, expect, it } from 'vitest';
import { interactiveDefaults } from '../../src/lib/interactives';
import { isChoice } from '../../src/lib/widget-content';
import { widget } from '../support/widget-content';

const expertRouterInputs = widget('expert-router').inputs.flatMap((input) => (isChoice(input) ? [] : [input]));
import {
  expertLoads,
  expertRouterProblems,
  expertRouterView,
  fnv1a,
  mix32,
  moeParameters,
  routeSentence,
  routeToken,
  sampleTokens,
} from '../../src/lib/mixture-of-experts';

describe('moeParameters', () => {
  it('counts total and active parameters (the explainer’s toy model: 8 experts, top-2, 5 each, 10 shared)', () => {
    // total = 10 + 8 × 5 = 50; active = 10 + 2 × 5 = 20; 20 / 50 = 40%; 50 / 20 = 2.5× less compute.
    expect(moeParameters({ experts: 8, topK: 2, expertParams: 5, sharedParams: 10 })).toEqual({
      total: 50, active: 20, activeShare: 40, computeRelative: 0.4, computeSaving: 2.5,
    });
  });
  it('handles many small experts and no shared parameters', () => {
    // total = 64 × 2 = 128; active = 8 × 2 = 16; 16 / 128 = 12.5%; 128 / 16 = 8.
    expect(moeParameters({ experts: 64, topK: 8, expertParams: 2, sharedParams: 0 })).toEqual({
      total: 128, active: 16, activeShare: 12.5, computeRelative: 0.125, computeSaving: 8,
    });
  });
  it('a model that uses every expert is dense: no saving', () => {
    expect(moeParameters({ experts: 4, topK: 4, expertParams: 3, sharedParams: 1 })).toMatchObject({ total: 13, active: 13, computeSaving: 1 });
  });
  it('refuses impossible models instead of returning NaN', () => {
    expect(() => moeParameters({ experts: 4, topK: 5, expertParams: 1, sharedParams: 1 })).toThrow(RangeError);
    expect(() => moeParameters({ experts: 4.5, topK: 1, expertParams: 1, sharedParams: 1 })).toThrow(RangeError);
    expect(() => moeParameters({ experts: 4, topK: 1, expertParams: Number.NaN, sharedParams: 1 })).toThrow(RangeError);
    expect(() => moeParameters({ experts: 4, topK: 1, expertParams: 0, sharedParams: 0 })).toThrow(RangeError);
  });
});

describe('pseudo-routing', () => {
  it('uses standard FNV-1a and MurmurHash3 finaliser values', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
    expect(mix32(0)).toBe(0);
    expect(mix32(1)).toBe(0x514e28b7);
  });
  it('routes tokens to the experts computed independently (Python reimplementation of the same hash)', () => {
    expect(routeToken('The', 8, 2)).toEqual([6, 7]);
    expect(routeToken(' router', 8, 2)).toEqual([8, 3]);
    expect(routeToken('ists', 8, 2)).toEqual([7, 5]);
    expect(routeToken('The', 64, 3)).toEqual([6, 49, 43]);
  });
  it('is stable, gives k distinct experts in range, and adding experts keeps the old ranking', () => {
    expect(routeToken(' token', 16, 4)).toEqual(routeToken(' token', 16, 4));
    const route = routeToken(' token', 16, 4);
    expect(new Set(route).size).toBe(4);
    expect(route.every((expert) => expert >= 1 && expert <= 16)).toBe(true);
    const eight = routeToken(' few', 8, 8);
    expect(routeToken(' few', 16, 16).filter((expert) => expert <= 8)).toEqual(eight);
    expect([...routeToken('.', 4, 4)].sort()).toEqual([1, 2, 3, 4]);
  });
  it('counts each expert’s load over the sample sentence', () => {
    const routes = routeSentence(sampleTokens, 8, 2);
    // Tallied from the Python routes: expert 2 gets no token, expert 6 gets five.
    expect(expertLoads(routes, 8)).toEqual([3, 0, 3, 2, 4, 5, 2, 3]);
    expect(expertLoads(routes, 8).reduce((a, b) => a + b, 0)).toBe(sampleTokens.length * 2);
  });
  it('refuses top-k above the number of experts', () => {
    expect(() => routeToken('x', 4, 5)).toThrow(RangeError);
  });
});

describe('expert-router view', () => {
  it('shows the default model in words', () => {
    const view = expertRouterView(interactiveDefaults(expertRouterInputs));
    expect(view.results.map((result) => result.text)).toEqual(['50 billion', '20 billion', '40%', '0.4× (2.5× less)']);
    expect(view.reading).toBe('Each token uses 20 billion of 50 billion parameters (40%), so it needs about 2.5× less arithmetic than a dense model of the same size, yet all 50 billion must still be held in memory.');
    expect(view.loadNote).toBe('11 tokens × 2 = 22 expert visits. Busiest expert: 5 visits; idle on this sentence: 1 of 8.');
  });
  it('says when every expert is used', () => {
    const view = expertRouterView({ experts: 4, topK: 4, expertParams: 5, sharedParams: 10 });
    expect(view.reading).toMatch(/dense model in all but name/);
    expect(view.results[3]!.text).toBe('1× (the same)');
  });
  it('flags top-k above the number of experts on the top-k field', () => {
    expect(expertRouterProblems({ experts: 4, topK: 6 })).toEqual([{ key: 'topK', message: 'Experts active per token cannot exceed the number of experts (4).' }]);
    expect(expertRouterProblems({ experts: 8, topK: 2 })).toEqual([]);
  });
  it('never shows NaN or Infinity over the whole input range', () => {
    for (const experts of [4, 5, 64]) {
      for (const topK of [1, 4]) {
        for (const [expertParams, sharedParams] of [[0.001, 0], [10000, 10000], [5, 10]] as const) {
          const view = expertRouterView({ experts, topK, expertParams, sharedParams });
          for (const text of [...view.results.map((result) => result.text), view.reading, view.loadNote]) expect(text).not.toMatch(/NaN|Infinity|undefined/);
        }
      }
    }
  });
  it('labels every default as illustrative (none cites an article)', () => {
    expect(expertRouterInputs.every((input) => input.source === undefined && input.basis === 'illustrative')).toBe(true);
  });
});
