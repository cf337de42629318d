export declare function secureCookiesFor(nodeEnv: string | undefined, cookieSecure: string | undefined): boolean;
export declare function insecureCookiesNotice(nodeEnv: string | undefined, cookieSecure: string | undefined): string | null;
