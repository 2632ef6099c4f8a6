/** Helpers shared by the Jackson 2 modules of Sanshe; not exported. */
package org.sanshe.jackson.internal;
