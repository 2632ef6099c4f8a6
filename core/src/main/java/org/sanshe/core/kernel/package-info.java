/**
 * Kernel services injected into the domain: identifier sources. Time comes from {@link
 * java.time.Clock}.
 */
package org.sanshe.core.kernel;
