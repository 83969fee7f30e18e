/** The lazily loaded part of the calls feature (dist/calls.js): call documents and the Calls panel. */
export { callDocumentContent, clearCalls, openCall } from './documents';
export { CallsPanel } from './panel';
export { showCalls } from './showCalls';
