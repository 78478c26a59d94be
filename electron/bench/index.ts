// Filled by the benchmark feature.
process.stdout.write(JSON.stringify({ pending: true }) + '\n');
export {};
