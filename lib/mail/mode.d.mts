export declare function describeEmailMode(smtpUrl?: string): string;
export declare function smtpHostPort(smtpUrl: string): string;
