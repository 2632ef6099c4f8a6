/** The journal store port: append-only rows with their hash chain, and how to hash them. */
package org.sanshe.timebank.store;
