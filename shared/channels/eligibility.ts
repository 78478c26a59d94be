import { z } from 'zod';
import { channel } from './define';

/** IPC channels of the eligibility feature (owned by that feature). */
export const eligibilityChannels = {} as const;
// Example: 'domain:method': channel(z.object({ caseId: z.string() }), {} as ResultType),
void z;
void channel;
