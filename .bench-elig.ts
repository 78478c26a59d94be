import { benchEligibility } from './electron/bench/eligibility';
console.log(JSON.stringify(await benchEligibility(), null, 2));
