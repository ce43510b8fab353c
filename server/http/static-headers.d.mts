// Types of static-headers.mjs (the project compiles no JavaScript).
export declare const SHARED_DIRECTIVES: string[];
export declare const DEV_EVAL: string;
export declare const STATIC_POLICY: string;
export declare const STATIC_HEADERS: { key: string; value: string }[];
