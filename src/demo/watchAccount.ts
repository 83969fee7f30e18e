/**
 * Demo mode's account for the status bar: the demo account with limited access, so demo mode shows —
 * deterministically — the warning background and an "account status" alert. The fake API keeps the
 * full-access DEMO_ACCOUNT (tests set what they need with setAccount).
 */
import { DEMO_ACCOUNT, type DemoAccount } from './data';

export const DEMO_MODE_ACCOUNT: DemoAccount = { ...DEMO_ACCOUNT, status: 2 };
