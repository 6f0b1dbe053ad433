/** Types of providers.js (plain JavaScript: it uses Node built-ins). */
export declare function withRepeatPage(
	name: 'kustomer' | 'gladly' | 'nutshell',
): Record<string, unknown>;
export declare function secretForms(user: string | undefined, secret: string): string[];
export declare function serialise(value: unknown): string;
