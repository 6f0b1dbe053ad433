export declare const ROOT: string;
export declare const REFERENCE: string;
