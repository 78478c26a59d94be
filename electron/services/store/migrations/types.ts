/** A numbered schema step; `up` runs inside one transaction with the version bump. */
export type Migration = { version: number; name: string; up: string };
