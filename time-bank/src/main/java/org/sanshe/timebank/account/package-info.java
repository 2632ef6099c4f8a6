/** Accounts of the time bank: ids, kinds, status, limits and snapshots. */
package org.sanshe.timebank.account;
