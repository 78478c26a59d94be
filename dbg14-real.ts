import { benchRealSamples } from './electron/bench/licence-real';
import { shutdownOcr } from './electron/services/ocr';
const r = (await benchRealSamples()) as Record<string, unknown>;
console.log(JSON.stringify({ ...r, files: undefined }), JSON.stringify(r.files));
console.log('rss', Math.round(process.resourceUsage().maxRSS / 1024));
await shutdownOcr();
