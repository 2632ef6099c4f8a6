/** The error codes and the base exception of the time bank. */
package org.sanshe.timebank.error;
