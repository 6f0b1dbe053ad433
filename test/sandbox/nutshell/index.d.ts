/** The sandbox login for Nutshell's Basic auth (email : API key); see index.js. */
export declare const EMAIL: string;
export declare const API_KEY: string;
