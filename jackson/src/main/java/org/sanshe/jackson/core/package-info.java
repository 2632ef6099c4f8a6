/** The Jackson 2 module of sanshe-core. */
package org.sanshe.jackson.core;
