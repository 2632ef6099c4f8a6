/** The Jackson 3 module of sanshe-deliberation. */
package org.sanshe.jackson3.deliberation;
