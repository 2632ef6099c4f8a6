/** Pooling between district ledgers through clearing accounts (通存通兑). */
package org.sanshe.timebank.pooling;
