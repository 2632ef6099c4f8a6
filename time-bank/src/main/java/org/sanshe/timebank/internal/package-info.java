/** Primitive collections for the ledger's hot path. Not exported; not an API. */
package org.sanshe.timebank.internal;
