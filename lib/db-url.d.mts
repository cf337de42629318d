export declare const DEFAULT_SQLITE_URL: string;
export declare function resolveDatabaseUrl(env?: Record<string, string | undefined>): string;
export declare function isPostgresUrl(url: string): boolean;
export declare function sqliteFilePath(url: string, cwd?: string): string;
