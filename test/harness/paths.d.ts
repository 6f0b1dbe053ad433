export declare const ROOT: string;
/** Vendored provider API documents (test/fixtures/openapi). */
export declare const OPENAPI: string;
