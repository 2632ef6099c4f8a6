/**
 * Fast exact arithmetic for the counting engines: a rational with a long fast path and a BigInteger
 * fallback, and the Method of Equal Shares engine. Not exported.
 */
package org.sanshe.deliberation.internal;
