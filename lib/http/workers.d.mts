export declare const MAX_WORKERS: 64;
export declare function workersFromEnv(env?: Record<string, string | undefined>, cores?: number): number;
