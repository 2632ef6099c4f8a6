/** In-memory implementations of the time bank's ports. */
package org.sanshe.timebank.memory;
