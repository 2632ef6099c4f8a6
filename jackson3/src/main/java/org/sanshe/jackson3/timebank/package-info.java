/** The Jackson 3 module of sanshe-timebank. */
package org.sanshe.jackson3.timebank;
