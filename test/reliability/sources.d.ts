/** Types of sources.js: the text of a file of the package, by its path from the repository root. */
export declare function readSource(relative: string): string;
