/**
 * Implementation details of the SDK. Not API: anything here may change in any release.
 */
package dev.architect.internal;
