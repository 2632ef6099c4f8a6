/** The Jackson 2 module of sanshe-deliberation. */
package org.sanshe.jackson.deliberation;
