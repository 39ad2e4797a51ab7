declare const __ZCLOUD_SDK_VERSION__: string;

/** This package's version, set at build time from package.json. */
export const VERSION: string = __ZCLOUD_SDK_VERSION__;
