/** The Jackson 2 module of sanshe-timebank. */
package org.sanshe.jackson.timebank;
