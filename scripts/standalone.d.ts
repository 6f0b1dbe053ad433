/** Types for standalone.js, for the TypeScript tests (which may not use Node built-ins themselves). */
export interface Offence {
	line: number;
	why: string;
	text: string;
}
export declare const DIRS: string[];
export declare function scanText(text: string): Offence[];
export declare function escapingPaths(file: string, text: string): Offence[];
export declare function scanRepository(): Array<Offence & { file: string }>;
