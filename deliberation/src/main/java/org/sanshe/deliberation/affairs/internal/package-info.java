/** Helpers shared by the affairs packages; not exported. */
package org.sanshe.deliberation.affairs.internal;
