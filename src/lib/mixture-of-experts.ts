/**
 * The arithmetic of a mixture-of-experts model, for the expert-router interactive: how many
 * parameters it stores, how many one token uses, and a stand-in router. A real router is a learned
 * layer whose choice depends on the token in context; here a hash of the token's text picks the
 * experts, so the same token always goes to the same experts and the page (and its tests) are
 * reproducible. All model sizes are illustrative and describe no real model; the defaults live in
 * content/calculators/expert-router.yaml.
 */
import { product, ratio, share, sum } from './finance';
import { formatLargeCount, formatNumber, formatValue } from './format';
import type { CrossFieldProblem, InteractiveResult } from './interactives';

export interface MoeModel {
  experts: number;
  topK: number;
  /** Billions of parameters in one expert. */
  expertParams: number;
  /** Billions of parameters every token uses: attention, the router, the word tables. */
  sharedParams: number;
}

/** A short sentence split roughly as a tokenizer would: "specialists" becomes two tokens. */
export const sampleTokens = ['The', ' router', ' sends', ' each', ' token', ' to', ' a', ' few', ' special', 'ists', '.'] as const;

/** 32-bit FNV-1a: a tiny, well-known hash that spreads similar strings far apart. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * MurmurHash3's finaliser. FNV-1a alone gives strings that differ only in their last character
 * ("the#7", "the#8") similar hashes, which would send tokens to runs of neighbouring experts.
 */
export function mix32(value: number): number {
  let hash = value >>> 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** The stand-in router's score of one expert (numbered from 1) for one token. */
export function routerScore(token: string, expert: number): number {
  return mix32(fnv1a(`${token}#${expert}`));
}

function requireWhole(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) throw new RangeError(`${name} must be a whole number of at least ${min}`);
}

/**
 * The experts (numbered from 1) that one token goes to, best score first. Each expert's score is
 * a hash of the token and the expert's number; the k highest win, ties to the lower number.
 * Adding experts never changes the scores of the existing ones.
 */
export function routeToken(token: string, experts: number, topK: number): number[] {
  requireWhole('experts', experts, 1);
  requireWhole('top-k', topK, 1);
  if (topK > experts) throw new RangeError('top-k cannot exceed the number of experts');
  const scored = Array.from({ length: experts }, (_, index) => ({ expert: index + 1, score: routerScore(token, index + 1) }));
  scored.sort((a, b) => b.score - a.score || a.expert - b.expert);
  return scored.slice(0, topK).map((entry) => entry.expert);
}

export interface TokenRoute {
  token: string;
  experts: number[];
}

export function routeSentence(tokens: readonly string[], experts: number, topK: number): TokenRoute[] {
  return tokens.map((token) => ({ token, experts: routeToken(token, experts, topK) }));
}

/** How many tokens each expert received: index 0 is expert 1. */
export function expertLoads(routes: readonly TokenRoute[], experts: number): number[] {
  const loads = new Array<number>(experts).fill(0);
  for (const route of routes) for (const expert of route.experts) loads[expert - 1]! += 1;
  return loads;
}

export interface MoeParameters {
  /** Billions of parameters stored. */
  total: number;
  /** Billions of parameters one token uses. */
  active: number;
  /** Active as a percentage of total. */
  activeShare: number;
  /**
   * Compute per token against a dense model with the same total parameters. Arithmetic per token
   * tracks the parameters a token passes through (about two operations each), so this is
   * active ÷ total.
   */
  computeRelative: number;
  /** The same comparison the other way round: how many times less arithmetic per token. */
  computeSaving: number;
}

export function moeParameters(model: MoeModel): MoeParameters {
  requireWhole('experts', model.experts, 1);
  requireWhole('top-k', model.topK, 1);
  if (model.topK > model.experts) throw new RangeError('top-k cannot exceed the number of experts');
  const total = sum([model.sharedParams, product([model.experts, model.expertParams])]);
  const active = sum([model.sharedParams, product([model.topK, model.expertParams])]);
  return {
    total,
    active,
    activeShare: share(active, total),
    computeRelative: ratio(active, total),
    computeSaving: ratio(total, active),
  };
}

/** Checks that involve two inputs; single inputs are checked by their own rules. */
export function expertRouterProblems(values: Record<string, number>): CrossFieldProblem[] {
  const experts = values.experts!;
  const topK = values.topK!;
  return topK > experts ? [{ key: 'topK', message: `Experts active per token cannot exceed the number of experts (${formatNumber(experts)}).` }] : [];
}

export interface ExpertRouterView {
  results: InteractiveResult[];
  reading: string;
  routes: TokenRoute[];
  loads: number[];
  /** One line about how evenly this sentence spread over the experts. */
  loadNote: string;
}

const billions = (value: number) => `${formatLargeCount(value * 1e9)}`;

export function expertRouterView(values: Record<string, number>): ExpertRouterView {
  const model: MoeModel = { experts: values.experts!, topK: values.topK!, expertParams: values.expertParams!, sharedParams: values.sharedParams! };
  const parameters = moeParameters(model);
  const routes = routeSentence(sampleTokens, model.experts, model.topK);
  const loads = expertLoads(routes, model.experts);
  const busiest = Math.max(...loads);
  const idle = loads.filter((load) => load === 0).length;
  const saving = formatValue(parameters.computeSaving, 'multiple');
  const reading =
    parameters.computeSaving === 1
      ? `Every token uses all ${billions(parameters.total)} parameters: with every expert active this is a dense model in all but name.`
      : `Each token uses ${billions(parameters.active)} of ${billions(parameters.total)} parameters (${formatValue(parameters.activeShare, 'percent')}), so it needs about ${saving} less arithmetic than a dense model of the same size, yet all ${billions(parameters.total)} must still be held in memory.`;
  return {
    results: [
      { key: 'total', label: 'Total parameters', text: billions(parameters.total) },
      { key: 'active', label: 'Active parameters per token', text: billions(parameters.active) },
      { key: 'share', label: 'Share active', text: formatValue(parameters.activeShare, 'percent') },
      { key: 'compute', label: 'Compute per token vs a dense model of the same total size', text: `${formatValue(parameters.computeRelative, 'multiple')} (${parameters.computeSaving === 1 ? 'the same' : `${saving} less`})` },
    ],
    reading,
    routes,
    loads,
    loadNote: `${routes.length} tokens × ${model.topK} = ${routes.length * model.topK} expert visits. Busiest expert: ${busiest} ${busiest === 1 ? 'visit' : 'visits'}; idle on this sentence: ${idle} of ${model.experts}.`,
  };
}
