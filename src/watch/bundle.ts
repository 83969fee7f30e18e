/**
 * The entry of dist/watch.js, loaded by loader.ts once the watch is wanted (enabled and signed in or in demo
 * mode). The client, the error classes, the secrets to mask and the log stay in the host bundle: they arrive
 * through WatchDeps.
 */
export { WatchController } from './controller';
