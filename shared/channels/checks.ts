import { z } from 'zod';
import { channel } from './define';

/** IPC channels of the checks feature (owned by that feature). */
export const checksChannels = {} as const;
// Example: 'domain:method': channel(z.object({ caseId: z.string() }), {} as ResultType),
void z;
void channel;
