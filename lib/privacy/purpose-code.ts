/**
 * A purpose code as sent in `X-Purpose-Code`: upper-case letters, digits and dashes, at most 64.
 * Its own module: the gateway checks the header's form without loading the registry.
 */
export const PURPOSE_CODE = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/;
export const MAX_PURPOSE_CODE = 64;
