/** The Jackson 3 module of sanshe-core. */
package org.sanshe.jackson3.core;
