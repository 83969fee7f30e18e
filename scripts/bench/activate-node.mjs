// activate() in plain Node with a stand-in `vscode` module: loading dist/extension.js (a fresh require,
// its top level run again) + activate(), after the subscriptions of the previous activation are disposed.
// Not the extension host (scripts/bench/vscode.mjs measures there): the stand-in answers every API call at
// once, so this is our own cost — what the bundle builds at load and what activate() does — and it runs
// with --no-vscode.
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { REPO } from '../lib/paths.mjs';
import { median } from './stats.mjs';

const require = createRequire(import.meta.url);
const Module = require('node:module');

/** Anything: callable, constructible, every property another such thing; not a thenable. */
function anything() {
  const target = function () {};
  return new Proxy(target, {
    get(t, key) {
      if (key === 'then') return undefined;
      if (key === Symbol.toPrimitive) return () => '';
      if (key === Symbol.iterator) return [][Symbol.iterator].bind([]);
      if (!(key in t) || key === 'prototype' || key === 'name' || key === 'length') t[key] = anything();
      return t[key];
    },
    set(t, key, value) {
      t[key] = value;
      return true;
    },
    apply: () => anything(),
    construct: () => anything(),
  });
}

class EventEmitter {
  listeners = new Set();
  event = (listener) => {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  };
  fire(value) {
    for (const l of this.listeners) l(value);
  }
  dispose() {
    this.listeners.clear();
  }
}

class Disposable {
  constructor(fn) {
    this.fn = fn;
  }
  static from(...items) {
    return new Disposable(() => items.forEach((d) => d?.dispose?.()));
  }
  dispose() {
    this.fn?.();
  }
}

const format = (message, ...args) => String(message).replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
const disposable = () => ({ dispose() {} });

function stubVscode() {
  const vscode = anything();
  vscode.EventEmitter = EventEmitter;
  vscode.Disposable = Disposable;
  vscode.l10n = { t: (message, ...args) => format(typeof message === 'string' ? message : message.message, ...args), bundle: undefined, uri: undefined };
  const config = { get: (_key, fallback) => fallback, inspect: () => undefined, has: () => false, update: async () => undefined };
  vscode.workspace.getConfiguration = () => config;
  vscode.workspace.onDidChangeConfiguration = () => disposable();
  vscode.workspace.isTrusted = true;
  vscode.commands.registerCommand = () => disposable();
  vscode.commands.executeCommand = async () => undefined;
  vscode.window.state = { focused: true, active: true };
  // esbuild's ESM wrapper copies only the properties the proxy already has: every namespace the bundle reads must exist.
  vscode.env.language = 'en';
  return vscode;
}

function fakeContext(subscriptions) {
  const memento = { get: (_key, fallback) => fallback, update: async () => undefined, keys: () => [], setKeysForSync() {} };
  const secrets = { get: async () => undefined, store: async () => undefined, delete: async () => undefined, onDidChange: () => disposable() };
  const uri = anything();
  return { subscriptions, globalState: memento, workspaceState: memento, secrets, extensionUri: uri, extensionPath: REPO, extensionMode: 1, asAbsolutePath: (p) => path.join(REPO, p) };
}

/** `runs` activations after `warmup`; returns the medians of load, activate() and their sum, in ms. */
export async function measureActivationInNode({ runs = 30, warmup = 5, bundle = path.join(REPO, 'dist', 'extension.js') } = {}) {
  const vscode = stubVscode();
  const originalLoad = Module._load;
  Module._load = function (request, ...rest) {
    return request === 'vscode' ? vscode : originalLoad.call(this, request, ...rest);
  };
  const main = require.resolve(bundle);
  const loads = [];
  const calls = [];
  try {
    for (let i = 0; i < warmup + runs; i++) {
      delete require.cache[main];
      const subscriptions = [];
      const started = performance.now();
      const extension = require(main);
      const loaded = performance.now();
      extension.activate(fakeContext(subscriptions));
      const done = performance.now();
      for (const d of subscriptions.splice(0)) d?.dispose?.();
      // Let the promises activate() started settle before the next round (they are not timed).
      await nextTurn();
      if (i >= warmup) {
        loads.push(loaded - started);
        calls.push(done - loaded);
      }
    }
  } finally {
    Module._load = originalLoad;
  }
  const totals = loads.map((load, i) => load + calls[i]);
  return { total: median(totals), load: median(loads), call: median(calls), samples: runs };
}

/** The bench row: bundle load + activate() ≤ 5 ms (issue 17), median of `runs` fresh loads. */
export async function activationRows({ quick, row, ms }) {
  const r = await measureActivationInNode({ runs: quick ? 15 : 40 });
  return [
    row(
      'activate() in plain Node with a stand-in `vscode` (fresh load of `dist/extension.js` + activate())',
      ms(r.total),
      '≤ 5 ms',
      r.total <= 5,
      `load ${ms(r.load)} + activate() ${ms(r.call)}, median of ${r.samples} fresh requires; every VS Code API answers at once, so this is our own cost (the code-server row includes VS Code's)`,
    ),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await measureActivationInNode();
  console.log(JSON.stringify(result));
}
