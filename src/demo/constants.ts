/** Demo mode's stand-ins for a token and a base URL: in their own file, so the host can name them without loading the demo code. */

/** The token demo mode stores in place of a real one (account id : secret shape). */
export const DEMO_TOKEN = 'demo0000000000000000000:demo-secret';

/** The base URL demo mode passes to the client; never contacted. */
export const DEMO_BASE_URL = 'https://demo.nlpearl.invalid';
