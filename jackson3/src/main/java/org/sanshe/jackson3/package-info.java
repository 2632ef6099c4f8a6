/** Sanshe for Jackson 3 (tools.jackson). */
package org.sanshe.jackson3;
