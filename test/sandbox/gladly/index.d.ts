export declare const name: string;
export declare const EMAIL: string;
export declare const TOKEN: string;
