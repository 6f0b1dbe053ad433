/** Types for lib.js (the split builder's pure parts), for the TypeScript tests. */
export interface AppInfo {
	app: string;
	id: string;
	packageName: string;
	/** The app's main credential, `<App>Api`. */
	credential: string;
	/** Every credential of the app (the main one first), e.g. GladlyApi and GladlyLookupApi. */
	credentials: string[];
	nodes: string[];
}

export type Owner =
	{ kind: 'app'; app: string } | { kind: 'shared' } | { kind: 'orphan' } | { kind: 'other' };

export interface PackageJson {
	name: string;
	version: string;
	description?: string;
	license?: string;
	homepage?: string;
	keywords?: string[];
	author?: { name?: string; email?: string };
	repository?: { type?: string; url?: string; directory?: string };
	files?: string[];
	scripts?: Record<string, string>;
	dependencies?: Record<string, string>;
	devDependencies?: Record<string, string>;
	peerDependencies?: Record<string, string>;
	overrides?: unknown;
	n8n?: { n8nNodesApiVersion?: number; strict?: boolean; credentials?: string[]; nodes?: string[] };
	[key: string]: unknown;
}

export interface Codex {
	node?: string;
	nodeVersion?: string;
	codexVersion?: string;
	categories?: string[];
	subcategories?: unknown;
	alias?: string[];
	resources?: {
		primaryDocumentation?: Array<{ url: string }>;
		credentialDocumentation?: Array<{ url: string }>;
	};
}

export declare const ALLOWED_RUNTIME_MODULES: string[];
export declare function appsFromPackage(pkg: PackageJson): AppInfo[];
export declare function appOfFolder(folder: string, appNames: string[]): string | null;
export declare function ownerOf(relPath: string, appNames: string[]): Owner;
export declare function selectFiles(files: string[], app: string, appNames: string[]): string[];
export declare function splitPackageJson(mainPkg: PackageJson, appInfo: AppInfo): PackageJson;
export declare function checkSplitPackageJson(pkg: PackageJson, appInfo: AppInfo): string[];
export declare function splitCodex(codex: Codex, packageName: string): Codex;
export declare function readmeSection(readme: string | null, id: string): string | null;
export declare function splitReadme(input: {
	pkg: PackageJson;
	appInfo: AppInfo;
	section: string | null;
	mainPkg: PackageJson;
}): string;
export declare function importsOf(source: string): string[];
export declare function resolveRelative(fromFile: string, specifier: string): string | null;
export declare function boundaryViolations(
	filesByPath: Record<string, string>,
	appNames: string[],
): string[];
export declare function closureProblems(
	jsFilesByPath: Record<string, string>,
	allFiles: string[],
): string[];
export declare function codexProblems(codex: Codex | null): string[];
export declare const CODEX_CATEGORIES: string[];
