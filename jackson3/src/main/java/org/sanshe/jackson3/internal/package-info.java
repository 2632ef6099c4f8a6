/** Helpers shared by the Jackson 3 modules of Sanshe; not exported. */
package org.sanshe.jackson3.internal;
