/** The lazily loaded part of the calls feature (dist/calls.js). */
export { callDocumentContent, clearCalls, openCall } from './documents';
