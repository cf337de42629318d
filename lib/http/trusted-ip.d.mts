export declare const CLIENT_IP_HEADER: "x-lac-client-ip";
export declare function normalizeIp(ip: string | undefined | null): string;
export declare function trustedClientIp(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedHops: number): string;
export declare function trustedHopsFromEnv(env?: Record<string, string | undefined>): number;
