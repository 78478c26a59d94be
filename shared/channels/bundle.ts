import { z } from 'zod';
import { channel } from './define';

/** IPC channels of the bundle feature (owned by that feature). */
export const bundleChannels = {} as const;
// Example: 'domain:method': channel(z.object({ caseId: z.string() }), {} as ResultType),
void z;
void channel;
