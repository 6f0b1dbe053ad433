/** Types for fs.js, for the TypeScript tests (which may not use Node built-ins themselves). */
import type { AppInfo, Codex, PackageJson } from './lib';

export declare const ROOT: string;
/** Where the split packages and tarballs are written (under node_modules/.cache). */
export declare const SPLIT_DIR: string;
/** A text file of the repository, by its path relative to the root. */
export declare function readText(rel: string): string;
export declare function listFiles(dir: string, skip?: (rel: string) => boolean): string[];
export declare function readJson(file: string): unknown;
export declare function mainPackage(root?: string): { pkg: PackageJson; apps: AppInfo[] };
export declare function sourceFiles(root?: string): Record<string, string>;
export declare function sourceTree(root?: string): string[];
export declare function codexFiles(root?: string): Array<{ node: string; codex: Codex | null }>;
