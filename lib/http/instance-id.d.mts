export declare const INSTANCE_HEADER: "x-instance";
export declare function instanceIdFromEnv(env?: Record<string, string | undefined>): string | null;
