// Filled by the OCR feature: the worker-thread entry.
export {};
