// Filled by the desktop-workflow feature: serves the renderer over a loopback bridge.
export {};
